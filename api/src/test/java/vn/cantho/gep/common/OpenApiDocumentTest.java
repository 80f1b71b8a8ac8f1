package vn.cantho.gep.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.testing.ApiTest;

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
}
