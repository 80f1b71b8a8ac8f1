package vn.cantho.gep.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem responses of every API operation once, in one place: what each status means
 * here and its stable codes, with an example body, so that generated clients know them; has {@link
 * OpenApiIds} declare every id one way and {@link OpenApiRequired} mark the fields always sent.
 */
public class OpenApiProblemFilter implements OASFilter {
  private static final String PROBLEM = "application/problem+json";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    OpenApiIds.declare(openAPI);
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
    Map<String, String[]> problems = new LinkedHashMap<>();
    problems.put(
        "400",
        imports
            ? new String[] {
              "A body that cannot be read: not JSON of the expected shape, a wrong type, a CSV"
                  + " header missing or adding a column, a row with the wrong number of fields, a"
                  + " number or flag that cannot be read (MALFORMED_REQUEST, with `row` and"
                  + " `column` for CSV); a number beyond numeric(24, 6), i.e. more than 18 digits"
                  + " before the decimal point or 6 after it, or more than 40 characters"
                  + " (NUMBER_OUT_OF_RANGE, naming the field, or the `row` and `column`); or a bad"
                  + " parameter or header (INVALID_PARAMETER). Nothing is written. Values that"
                  + " break the plan's rules are not problems: they are rejections in the 200"
                  + " answer",
              "MALFORMED_REQUEST"
            }
            : new String[] {
              "Bad input: malformed JSON, a wrong type, a missing or invalid field or parameter"
                  + " (VALIDATION_FAILED, MALFORMED_REQUEST, INVALID_PARAMETER), a number beyond"
                  + " its column or longer than 40 characters (NUMBER_OUT_OF_RANGE); `errors`"
                  + " names each field",
              "VALIDATION_FAILED"
            });
    problems.put(
        "401",
        new String[] {
          "No token, or an invalid or expired one (UNAUTHENTICATED)", "UNAUTHENTICATED"
        });
    problems.put(
        "403",
        path.endsWith("/approve")
            ? new String[] {
              "The role may not do this (FORBIDDEN), or the caller created, changed or submitted"
                  + " the submission and so may not approve it (SELF_APPROVAL_FORBIDDEN, with"
                  + " `ownPart`)",
              "SELF_APPROVAL_FORBIDDEN"
            }
            : path.startsWith("/api/v1/attainment")
                ? new String[] {
                  "A reporter asked for basis=submitted of another org unit, or of a scope holding"
                      + " other units (the city): figures not yet reviewed are open only to their own"
                      + " unit's reporter and to admins, coordinators and viewers"
                      + " (BASIS_NOT_ALLOWED; basis=approved is open to every role); or the token"
                      + " has no GEP role (FORBIDDEN)",
                  "BASIS_NOT_ALLOWED"
                }
                : new String[] {
                  "The role may not do this (FORBIDDEN), or a reporter named another org unit"
                      + " (ORG_UNIT_FORBIDDEN)",
                  "FORBIDDEN"
                });
    if (path.contains("{")
        || path.contains("submissions")
        || path.contains("attainment")
        || (write && !imports)) {
      problems.put(
          "404",
          new String[] {
            "An unknown code or id (ORG_UNIT_NOT_FOUND, PERIOD_NOT_FOUND, INDICATOR_NOT_FOUND,"
                + " PLAN_NOT_FOUND, SUBMISSION_NOT_FOUND, EXCEPTION_NOT_FOUND, CONTACT_NOT_FOUND). A reporter asking for another org unit's"
                + " submission by id also gets SUBMISSION_NOT_FOUND, so that its existence is not revealed.",
            "SUBMISSION_NOT_FOUND"
          });
    }
    if (write && (path.contains("submissions") || path.contains("contacts"))) {
      problems.put(
          "409",
          new String[] {
            "A state or version conflict: SUBMISSION_EXISTS (with `existingId`), VERSION_CONFLICT (with"
                + " `currentVersion`), INVALID_TRANSITION, SUBMISSION_NOT_EDITABLE, PERIOD_CLOSED and"
                + " PERIOD_NOT_YET_OPEN (outside the entry window, without an exception; with"
                + " `entryState`), CONTACT_EXISTS",
            "INVALID_TRANSITION"
          });
    }
    if (imports) {
      problems.put(
          "422",
          new String[] {
            "The Idempotency-Key was used for a different request (IDEMPOTENCY_KEY_REUSED)",
            "IDEMPOTENCY_KEY_REUSED"
          });
    } else if (write) {
      problems.put(
          "422",
          new String[] {
            "Well-formed but breaks a rule: VALUES_INVALID (each value named in `errors`),"
                + " SUBMISSION_INCOMPLETE (with `missing`), ORG_UNIT_NOT_REPORTER, ORG_UNIT_NOT_ACTIVE,"
                + " TARGET_INVALID, IDEMPOTENCY_KEY_REUSED, ENTRY_WINDOW_INVALID, EXCEPTION_INVALID",
            "VALUES_INVALID"
          });
    }
    if (method == PathItem.HttpMethod.PUT && path.contains("submissions")) {
      problems.put(
          "428",
          new String[] {
            "No version given in If-Match or the body (PRECONDITION_REQUIRED)",
            "PRECONDITION_REQUIRED"
          });
    } else if (move) {
      problems.put(
          "428",
          new String[] {
            "No version given in If-Match, or If-Match: * (PRECONDITION_REQUIRED)",
            "PRECONDITION_REQUIRED"
          });
    }
    if (imports) {
      problems.put(
          "413",
          new String[] {
            "The body is larger than 8 MB (PAYLOAD_TOO_LARGE), or holds more than 50,000 values"
                + " (IMPORT_TOO_LARGE, with `maxRows`)",
            "IMPORT_TOO_LARGE"
          });
      problems.put(
          "415",
          new String[] {
            "The body is neither application/json nor text/csv (UNSUPPORTED_MEDIA_TYPE)",
            "UNSUPPORTED_MEDIA_TYPE"
          });
    } else if (hasBody) {
      problems.put("413", new String[] {"The body is larger than 8 MB", "PAYLOAD_TOO_LARGE"});
      problems.put(
          "415",
          new String[] {
            "The body is not application/json (UNSUPPORTED_MEDIA_TYPE)", "UNSUPPORTED_MEDIA_TYPE"
          });
    }
    for (Map.Entry<String, String[]> p : problems.entrySet()) {
      responses.addAPIResponse(
          p.getKey(),
          problem(Integer.parseInt(p.getKey()), p.getValue()[0], p.getValue()[1], path));
    }
  }

  private static org.eclipse.microprofile.openapi.models.responses.APIResponse problem(
      int status, String description, String code, String path) {
    Map<String, Object> example = new LinkedHashMap<>();
    example.put("type", "urn:gep:problem:" + code.toLowerCase().replace('_', '-'));
    example.put("title", title(code));
    example.put("status", status);
    example.put("detail", detail(code));
    example.put("instance", path.replaceAll("\\{[^}]+}", "0b6f2c1e-5a3d-4d3a-9f00-6d2e8c1a7b42"));
    example.put("code", code);
    if (code.equals("MALFORMED_REQUEST")) {
      example.put("row", 3);
      example.put("column", "numerator");
    }
    if (code.equals("VALIDATION_FAILED") || code.equals("VALUES_INVALID")) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("field", "values[0].numerator");
      boolean rule = code.equals("VALUES_INVALID");
      error.put("code", rule ? "NUMERATOR_EXCEEDS_DENOMINATOR" : "NEGATIVE");
      error.put(
          "message",
          rule
              ? "numerator 21 exceeds denominator 20 for a percentage"
              : "must be greater than or equal to 0");
      example.put("errors", java.util.List.of(error));
    }
    return OASFactory.createAPIResponse()
        .description(description)
        .content(
            OASFactory.createContent()
                .addMediaType(
                    PROBLEM,
                    OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))
                        .addExample(code, OASFactory.createExample().value(example))));
  }

  private static String title(String code) {
    return vn.cantho.gep.common.error.ErrorCode.valueOf(code).title();
  }

  private static String detail(String code) {
    return switch (code) {
      case "VALIDATION_FAILED" -> "1 field is not valid";
      case "UNAUTHENTICATED" -> "A valid bearer token is required";
      case "FORBIDDEN" -> "Your role does not allow this operation";
      case "SELF_APPROVAL_FORBIDDEN" ->
          "You created and submitted this submission, so another coordinator must approve it";
      case "BASIS_NOT_ALLOWED" ->
          "Only approved figures of co-do are open to you: figures not yet reviewed are shown"
              + " to their own org unit's reporter and to coordinators, viewers and admins; ask"
              + " for basis=approved";
      case "SUBMISSION_NOT_FOUND" ->
          "Submission 0b6f2c1e-5a3d-4d3a-9f00-6d2e8c1a7b42 does not exist";
      case "INVALID_TRANSITION" -> "Cannot approve a DRAFT submission";
      case "VALUES_INVALID" -> "1 value breaks the plan's rules";
      case "PRECONDITION_REQUIRED" ->
          "Send the version you saw (the ETag of the submission as you read it) in If-Match";
      case "PAYLOAD_TOO_LARGE" -> "The request body is too large";
      case "MALFORMED_REQUEST" -> "Row 3, column numerator: 'many' is not a number";
      case "IDEMPOTENCY_KEY_REUSED" ->
          "Idempotency-Key ninh-kieu-2024-run-17 was already used for a different request";
      case "IMPORT_TOO_LARGE" ->
          "An import takes at most 50000 values; split this one into several";
      default -> "Unsupported media type";
    };
  }
}
