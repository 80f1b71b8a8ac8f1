package vn.cantho.gep.config;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import vn.cantho.gep.common.error.ErrorCode;
import vn.cantho.gep.common.error.FieldCode;

/**
 * Documents the problem responses of every API operation once, in one place: what each status means
 * here, its stable codes listed from {@link ErrorCode} and {@link FieldCode} (so a new code cannot
 * be left out), with an example body, so that generated clients know them; has {@link OpenApiIds}
 * declare every id one way and {@link OpenApiRequired} mark the fields always sent.
 */
public class OpenApiProblemFilter implements OASFilter {
  private static final String PROBLEM = "application/problem+json";

  /** A problem response: what it means on this operation, its codes and the one shown. */
  private record Documented(String description, List<ErrorCode> codes, ErrorCode example) {
    Documented(String description, ErrorCode example) {
      this(description, withStatus(example.status()), example);
    }
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    OpenApiIds.declare(openAPI);
    describeCodes(openAPI);
    OpenApiRequired.declare(openAPI);
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              if (!path.startsWith("/api/v1")) {
                return;
              }
              item.getOperations()
                  .forEach((method, operation) -> document(path, method, operation));
            });
  }

  /** The code properties of Problem and FieldError list every code their enum has. */
  private static void describeCodes(OpenAPI openAPI) {
    if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
      return;
    }
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    describe(
        schemas.get("Problem"),
        "Stable code of the problem, one of: "
            + Arrays.stream(ErrorCode.values())
                .map(c -> c.name() + " (" + c.status() + ", " + c.title() + ")")
                .collect(Collectors.joining("; ")));
    describe(
        schemas.get("FieldError"),
        "Stable code of the broken rule, one of: "
            + Arrays.stream(FieldCode.values())
                .map(c -> c.name() + " (" + c.description() + ")")
                .collect(Collectors.joining("; ")));
  }

  private static void describe(Schema schema, String description) {
    if (schema != null && schema.getProperties() != null) {
      Schema code = schema.getProperties().get("code");
      if (code != null) {
        code.setDescription(description);
      }
    }
  }

  private static List<ErrorCode> withStatus(int status) {
    return Arrays.stream(ErrorCode.values()).filter(c -> c.status() == status).toList();
  }

  private static void document(String path, PathItem.HttpMethod method, Operation op) {
    APIResponses responses = op.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      op.setResponses(responses);
    }
    boolean write = method != PathItem.HttpMethod.GET;
    boolean hasBody = op.getRequestBody() != null;
    boolean imports = path.startsWith("/api/v1/imports");
    boolean move = path.matches("/api/v1/submissions/\\{id}/(submit|approve|return|reopen)");
    Map<Integer, Documented> problems = new LinkedHashMap<>();
    problems.put(
        400,
        imports
            ? new Documented(
                "A body that cannot be read: not JSON of the expected shape, a wrong type, a CSV"
                    + " header missing or adding a column, a row with the wrong number of fields, a"
                    + " number or flag that cannot be read (with `row` and `column` for CSV); a"
                    + " number beyond numeric(24, 6), i.e. more than 18 digits before the decimal"
                    + " point or 6 after it, or more than 40 characters (naming the field, or the"
                    + " `row` and `column`); or a bad parameter or header. Nothing is written."
                    + " Values that break the plan's rules are not problems: they are rejections in"
                    + " the 200 answer",
                ErrorCode.MALFORMED_REQUEST)
            : new Documented(
                "Bad input: malformed JSON, a wrong type, a missing or invalid field or parameter,"
                    + " a number beyond its column or longer than 40 characters; `errors` names"
                    + " each field",
                ErrorCode.VALIDATION_FAILED));
    problems.put(
        401, new Documented("No token, or an invalid or expired one", ErrorCode.UNAUTHENTICATED));
    problems.put(
        403,
        path.endsWith("/approve")
            ? new Documented(
                "The role may not do this, or the caller created, changed or submitted the"
                    + " submission and so may not approve it (with `ownPart`)",
                List.of(ErrorCode.FORBIDDEN, ErrorCode.SELF_APPROVAL_FORBIDDEN),
                ErrorCode.SELF_APPROVAL_FORBIDDEN)
            : path.startsWith("/api/v1/attainment")
                ? new Documented(
                    "A reporter asked for basis=submitted of another org unit, or of a scope"
                        + " holding other units (the city): figures not yet reviewed are open only"
                        + " to their own unit's reporter and to admins, coordinators and viewers"
                        + " (basis=approved is open to every role); or the token has no GEP role",
                    List.of(ErrorCode.BASIS_NOT_ALLOWED, ErrorCode.FORBIDDEN),
                    ErrorCode.BASIS_NOT_ALLOWED)
                : new Documented(
                    "The role may not do this, or a reporter named another org unit",
                    List.of(ErrorCode.FORBIDDEN, ErrorCode.ORG_UNIT_FORBIDDEN),
                    ErrorCode.FORBIDDEN));
    if (path.contains("{")
        || path.contains("submissions")
        || path.contains("attainment")
        || (write && !imports)) {
      problems.put(
          404,
          new Documented(
              "An unknown code or id. A reporter asking for another org unit's submission by id"
                  + " also gets SUBMISSION_NOT_FOUND, so that its existence is not revealed",
              ErrorCode.SUBMISSION_NOT_FOUND));
    }
    if (write && (path.contains("submissions") || path.contains("contacts"))) {
      problems.put(
          409,
          new Documented(
              "A state or version conflict: the submission exists already (with `existingId`),"
                  + " was changed by someone else (with `currentVersion`), cannot make this move or"
                  + " take values in its status, or its period is outside the entry window without"
                  + " an exception (with `entryState`); or the contact exists already",
              ErrorCode.INVALID_TRANSITION));
    }
    if (imports) {
      problems.put(
          422,
          new Documented(
              "The Idempotency-Key was used for a different request",
              List.of(ErrorCode.IDEMPOTENCY_KEY_REUSED),
              ErrorCode.IDEMPOTENCY_KEY_REUSED));
    } else if (write) {
      problems.put(
          422,
          new Documented(
              "Well-formed but breaks a rule: each value named in `errors`, the expected values"
                  + " listed in `missing`",
              ErrorCode.VALUES_INVALID));
    }
    if (method == PathItem.HttpMethod.PUT && path.contains("submissions")) {
      problems.put(
          428,
          new Documented(
              "No version given in If-Match or the body", ErrorCode.PRECONDITION_REQUIRED));
    } else if (move) {
      problems.put(
          428,
          new Documented(
              "No version given in If-Match, or If-Match: *", ErrorCode.PRECONDITION_REQUIRED));
    }
    if (imports) {
      problems.put(
          413,
          new Documented(
              "The body is larger than 8 MB, or holds more than 50,000 values (with `maxRows`)",
              ErrorCode.IMPORT_TOO_LARGE));
      problems.put(
          415,
          new Documented(
              "The body is neither application/json nor text/csv",
              ErrorCode.UNSUPPORTED_MEDIA_TYPE));
    } else if (hasBody) {
      problems.put(
          413,
          new Documented(
              "The body is larger than 8 MB",
              List.of(ErrorCode.PAYLOAD_TOO_LARGE),
              ErrorCode.PAYLOAD_TOO_LARGE));
      problems.put(
          415,
          new Documented("The body is not application/json", ErrorCode.UNSUPPORTED_MEDIA_TYPE));
    }
    for (Map.Entry<Integer, Documented> p : problems.entrySet()) {
      responses.addAPIResponse(String.valueOf(p.getKey()), problem(p.getValue(), path));
    }
  }

  private static APIResponse problem(Documented documented, String path) {
    ErrorCode code = documented.example();
    Map<String, Object> example = new LinkedHashMap<>();
    example.put("type", code.type());
    example.put("title", code.title());
    example.put("status", code.status());
    example.put("detail", detail(code));
    example.put("instance", path.replaceAll("\\{[^}]+}", "0b6f2c1e-5a3d-4d3a-9f00-6d2e8c1a7b42"));
    example.put("code", code.name());
    if (code == ErrorCode.MALFORMED_REQUEST) {
      example.put("row", 3);
      example.put("column", "numerator");
    }
    if (code == ErrorCode.VALIDATION_FAILED || code == ErrorCode.VALUES_INVALID) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("field", "values[0].numerator");
      boolean rule = code == ErrorCode.VALUES_INVALID;
      error.put(
          "code", (rule ? FieldCode.NUMERATOR_EXCEEDS_DENOMINATOR : FieldCode.NEGATIVE).name());
      error.put(
          "message",
          rule
              ? "numerator 21 exceeds denominator 20 for a percentage"
              : "must be greater than or equal to 0");
      example.put("errors", List.of(error));
    }
    String codes =
        documented.codes().stream().map(ErrorCode::name).collect(Collectors.joining(", "));
    return OASFactory.createAPIResponse()
        .description(documented.description() + ". Codes: " + codes)
        .content(
            OASFactory.createContent()
                .addMediaType(
                    PROBLEM,
                    OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))
                        .addExample(code.name(), OASFactory.createExample().value(example))));
  }

  private static String detail(ErrorCode code) {
    return switch (code) {
      case VALIDATION_FAILED -> "1 field is not valid";
      case UNAUTHENTICATED -> "A valid bearer token is required";
      case FORBIDDEN -> "Your role does not allow this operation";
      case SELF_APPROVAL_FORBIDDEN ->
          "You created and submitted this submission, so another coordinator must approve it";
      case BASIS_NOT_ALLOWED ->
          "Only approved figures of co-do are open to you: figures not yet reviewed are shown"
              + " to their own org unit's reporter and to coordinators, viewers and admins; ask"
              + " for basis=approved";
      case SUBMISSION_NOT_FOUND -> "Submission 0b6f2c1e-5a3d-4d3a-9f00-6d2e8c1a7b42 does not exist";
      case INVALID_TRANSITION -> "Cannot approve a DRAFT submission";
      case VALUES_INVALID -> "1 value breaks the plan's rules";
      case PRECONDITION_REQUIRED ->
          "Send the version you saw (the ETag of the submission as you read it) in If-Match";
      case PAYLOAD_TOO_LARGE -> "The request body is too large";
      case MALFORMED_REQUEST -> "Row 3, column numerator: 'many' is not a number";
      case IDEMPOTENCY_KEY_REUSED ->
          "Idempotency-Key ninh-kieu-2024-run-17 was already used for a different request";
      case IMPORT_TOO_LARGE -> "An import takes at most 50000 values; split this one into several";
      default -> code.title();
    };
  }
}
