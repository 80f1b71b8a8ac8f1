package vn.cantho.gep.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.common.error.ErrorCode;
import vn.cantho.gep.common.error.FieldCode;
import vn.cantho.gep.testing.ApiTest;
import vn.cantho.gep.testing.Tokens;

/** The document clients are generated from: committed, equal to what the API serves, complete. */
@QuarkusTest
class OpenApiDocumentTest extends ApiTest {

  /** Compared as JSON trees: the build and the running API may order keys differently. */
  @Test
  void theCommittedDocumentIsWhatTheApiServes() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode live =
        json.readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
    JsonNode committed = json.readTree(Files.readString(Path.of("../openapi/openapi.json")));
    assertThat(live).isEqualTo(committed);
    assertThat(Files.readString(Path.of("../openapi/openapi.yaml")))
        .contains("operationId: createSubmission");
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyOperationHasAnIdASummaryAndProblemResponses() {
    Map<String, Map<String, Map<String, Object>>> paths =
        given().accept("application/json").get("/q/openapi?format=json").path("paths");
    assertThat(paths).isNotEmpty();
    paths.forEach(
        (path, operations) ->
            operations.forEach(
                (method, op) -> {
                  String where = method.toUpperCase() + " " + path;
                  assertThat(op.get("operationId")).as(where).isNotNull();
                  assertThat(op.get("summary")).as(where).isNotNull();
                  Map<String, Object> responses = (Map<String, Object>) op.get("responses");
                  assertThat(responses).as(where).containsKeys("400", "401", "403");
                  Map<String, Object> unauthorized = (Map<String, Object>) responses.get("401");
                  assertThat((Map<String, Object>) unauthorized.get("content"))
                      .as(where)
                      .containsKey("application/problem+json");
                  if (!method.equals("get")) {
                    assertThat(responses).as(where).containsKey("422");
                  }
                }));
    List<String> ids =
        paths.values().stream()
            .flatMap(ops -> ops.values().stream())
            .map(op -> (String) op.get("operationId"))
            .toList();
    assertThat(ids)
        .doesNotHaveDuplicates()
        .contains("createSubmission", "getAttainment", "approveSubmission");
  }

  /**
   * A client passes back the ids it is given: every parameter and field named {@code id} or {@code
   * *Id} is the UUID schema (a contact's id: an int64), the same in paths and bodies, so a client
   * generated from the document (Python's pydantic models, for one) takes them unconverted.
   */
  @Test
  void everyIdIsDeclaredTheSameWayInParametersAndFields() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode doc = json.readTree(liveDocument());
    assertThat(doc.at("/components/schemas/UUID/type").asText()).isEqualTo("string");
    assertThat(doc.at("/components/schemas/UUID/format").asText()).isEqualTo("uuid");
    JsonNode uuid = json.readTree("{\"$ref\":\"#/components/schemas/UUID\"}");
    JsonNode int64 = json.readTree("{\"type\":\"integer\",\"format\":\"int64\"}");
    List<String> checked = new ArrayList<>();
    BiConsumer<String, JsonNode> check =
        (where, schema) -> {
          boolean contact = where.startsWith("Contact.") || where.contains(" /api/v1/contacts/");
          assertThat(bare(schema)).as(where).isEqualTo(contact ? int64 : uuid);
          checked.add(where);
        };
    for (var path : doc.get("paths").properties()) {
      for (var op : path.getValue().properties()) {
        for (JsonNode parameter : op.getValue().path("parameters")) {
          String name = parameter.get("name").asText();
          if (isId(name)) {
            check.accept(
                op.getKey() + " " + path.getKey() + " parameter " + name, parameter.get("schema"));
          }
        }
      }
    }
    for (var schema : doc.at("/components/schemas").properties()) {
      idFields(schema.getKey(), schema.getValue(), check);
    }
    assertThat(checked)
        .contains(
            "post /api/v1/submissions/{id}/submit parameter id",
            "post /api/v1/submissions/{id}/approve parameter id",
            "delete /api/v1/contacts/{id} parameter id",
            "Submission.id",
            "ImportedSubmission.id",
            "StatusCell.submissionId",
            "Contact.id");
  }

  /**
   * The document declares ids as UUIDs (contacts: integers), but the API does not trust that: a
   * malformed id on every operation that takes one is a 404 problem with the resource's code, never
   * an HTML page or a 500, whichever role asks.
   */
  @Test
  void aMalformedIdIsANotFoundProblemOnEveryOperationThatTakesOne() throws Exception {
    JsonNode paths = new ObjectMapper().readTree(liveDocument()).get("paths");
    List<String> tokens =
        List.of(Tokens.admin(), Tokens.coordinator(), Tokens.reporter("ninh-kieu"));
    List<String> checked = new ArrayList<>();
    for (var path : paths.properties()) {
      if (!path.getKey().contains("{id}")) {
        continue;
      }
      String url = path.getKey().replace("{id}", "not-an-id");
      Map<String, Object> body =
          url.endsWith("/return") || url.endsWith("/reopen")
              ? Map.of("reason", "Figures to check")
              : url.endsWith("/submit")
                  ? Map.of("allowMissing", false)
                  : url.endsWith("/not-an-id") ? Map.of("values", List.of()) : Map.of();
      for (var operation : path.getValue().properties()) {
        String method = operation.getKey();
        String where = method + " " + url;
        boolean notFound = false;
        for (String token : tokens) {
          var request = as(token).header("If-Match", "\"1\"");
          if (!method.equals("get") && !method.equals("delete")) {
            request.body(body);
          }
          var response = request.request(method.toUpperCase(), url);
          assertThat(response.statusCode()).as(where).isIn(403, 404);
          assertThat(response.contentType()).as(where).startsWith("application/problem+json");
          if (response.statusCode() == 404) {
            assertThat(response.<String>path("code"))
                .as(where)
                .isIn("SUBMISSION_NOT_FOUND", "CONTACT_NOT_FOUND");
            notFound = true;
          }
        }
        assertThat(notFound).as(where + ": 404 for the role that may").isTrue();
        checked.add(method + " " + path.getKey());
      }
    }
    assertThat(checked)
        .contains(
            "post /api/v1/submissions/{id}/approve",
            "put /api/v1/submissions/{id}",
            "delete /api/v1/contacts/{id}");
  }

  /**
   * Every code of {@link ErrorCode} and {@link FieldCode} is in the document: the problem's and the
   * field error's {@code code} list them all, and every problem code is listed on some operation's
   * response of its status, wherever the API documents that status.
   */
  @Test
  void everyCodeIsInTheDocument() throws Exception {
    JsonNode doc = new ObjectMapper().readTree(liveDocument());
    String problemCodes =
        doc.at("/components/schemas/Problem/properties/code/description").asText();
    for (ErrorCode code : ErrorCode.values()) {
      assertThat(problemCodes).contains(code.name() + " (" + code.status() + ", " + code.title());
    }
    String fieldCodes =
        doc.at("/components/schemas/FieldError/properties/code/description").asText();
    for (FieldCode code : FieldCode.values()) {
      assertThat(fieldCodes).contains(code.name() + " (" + code.description() + ")");
    }
    Map<String, StringBuilder> byStatus = new java.util.HashMap<>();
    for (JsonNode path : doc.get("paths")) {
      for (JsonNode op : path) {
        op.path("responses")
            .properties()
            .forEach(
                r ->
                    byStatus
                        .computeIfAbsent(r.getKey(), k -> new StringBuilder())
                        .append(r.getValue().path("description").asText())
                        .append('\n'));
      }
    }
    for (ErrorCode code : ErrorCode.values()) {
      StringBuilder documented = byStatus.get(String.valueOf(code.status()));
      if (documented != null) {
        assertThat(documented.toString())
            .as(code + " on a " + code.status() + " response")
            .containsPattern("\\b" + code.name() + "\\b");
      }
    }
    assertThat(byStatus).containsKeys("400", "401", "403", "404", "409", "413", "415", "422");
  }

  /**
   * What the document promises holds for real answers: every field it marks required is there
   * (Jackson sends nulls too), and a field is null only where the document allows null, so a client
   * generated from it needs no assertion that a field is present.
   */
  @Test
  void realAnswersCarryEveryRequiredFieldAndNullOnlyWhereDeclared() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode doc = json.readTree(liveDocument());
    JsonNode schemas = doc.at("/components/schemas");
    List<String> checked = new ArrayList<>();
    for (String url :
        List.of(
            "/api/v1/periods",
            "/api/v1/org-units",
            "/api/v1/indicators",
            "/api/v1/objectives",
            "/api/v1/plans",
            "/api/v1/plans/2024/targets",
            "/api/v1/milestones",
            "/api/v1/contacts",
            "/api/v1/reminders",
            "/api/v1/reporting-status",
            "/api/v1/reporting-status/due?withinDays=366",
            "/api/v1/reporting-rates",
            "/api/v1/attainment?period=2024",
            "/api/v1/attainment/summary?period=2024",
            "/api/v1/attainment/series?indicator=1.1",
            "/api/v1/submissions",
            "/api/v1/audit-events")) {
      String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
      JsonNode schema =
          doc.path("paths")
              .path(path.replace("/2024/", "/{year}/"))
              .path("get")
              .path("responses")
              .path("200")
              .path("content")
              .path("application/json")
              .path("schema");
      assertThat(schema.isMissingNode()).as(url).isFalse();
      var response = as(Tokens.admin()).get(url);
      if (response.statusCode() == 403) {
        response = as(Tokens.coordinator()).get(url);
      }
      assertThat(response.statusCode()).as(url).isEqualTo(200);
      conforms(url, json.readTree(response.asString()), schema, schemas, checked);
    }
    assertThat(checked)
        .contains(
            "Period.closesOn",
            "OrgUnit.parent",
            "Indicator.owner",
            "StatusCell.onTime",
            "StatusRow.nameEn",
            "RateSummary.reportingRate",
            "AttainmentRow.progress",
            "SeriesPoint.value",
            "Milestone.source");
  }

  private static String liveDocument() {
    return given().accept("application/json").get("/q/openapi?format=json").asString();
  }

  /** An API resource's id (a person's {@code actorSubject} is the identity provider's, not one). */
  private static boolean isId(String name) {
    return name.equals("id") || name.endsWith("Id");
  }

  private static void idFields(String where, JsonNode schema, BiConsumer<String, JsonNode> check) {
    if (schema.isMissingNode()) {
      return;
    }
    schema
        .path("properties")
        .properties()
        .forEach(
            field -> {
              String at = where + "." + field.getKey();
              if (isId(field.getKey())) {
                check.accept(at, field.getValue());
              }
              idFields(at, field.getValue(), check);
            });
    idFields(where + "[]", schema.path("items"), check);
  }

  /** A declaration without its description and examples, and "X or null" as X. */
  private static JsonNode bare(JsonNode schema) {
    ObjectNode copy = schema.deepCopy();
    copy.remove(List.of("description", "examples", "example"));
    JsonNode anyOf = copy.path("anyOf");
    if (copy.size() == 1 && anyOf.size() == 2) {
      for (int i = 0; i < 2; i++) {
        if (anyOf.get(i).path("type").asText().equals("null")) {
          return bare(anyOf.get(1 - i));
        }
      }
    }
    return copy;
  }

  /**
   * Checks a value against its schema: null only where allowed, every required field of an object
   * present; records each field seen as {@code Schema.field}.
   */
  private static void conforms(
      String where, JsonNode value, JsonNode schema, JsonNode schemas, List<String> checked) {
    if (value.isNull()) {
      assertThat(allowsNull(schema))
          .as(where + " is null, the document says it cannot be")
          .isTrue();
      return;
    }
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      String name = ref.substring(ref.lastIndexOf('/') + 1);
      conforms(name, value, schemas.path(name), schemas, checked);
      return;
    }
    for (JsonNode alternative : schema.path("anyOf")) {
      if (!alternative.path("type").asText().equals("null")) {
        conforms(where, value, alternative, schemas, checked);
        return;
      }
    }
    if (value.isArray()) {
      value.forEach(item -> conforms(where + "[]", item, schema.path("items"), schemas, checked));
      return;
    }
    if (value.isObject() && schema.has("properties")) {
      for (JsonNode required : schema.path("required")) {
        assertThat(value.has(required.asText())).as(where + "." + required.asText()).isTrue();
      }
      for (var field : schema.path("properties").properties()) {
        if (value.has(field.getKey())) {
          checked.add(where + "." + field.getKey());
          conforms(
              where + "." + field.getKey(),
              value.get(field.getKey()),
              field.getValue(),
              schemas,
              checked);
        }
      }
    }
  }

  private static boolean allowsNull(JsonNode schema) {
    JsonNode type = schema.path("type");
    if (type.asText().equals("null")) {
      return true;
    }
    for (JsonNode t : type) {
      if (t.asText().equals("null")) {
        return true;
      }
    }
    for (JsonNode alternative : schema.path("anyOf")) {
      if (alternative.path("type").asText().equals("null")) {
        return true;
      }
    }
    return false;
  }
}
