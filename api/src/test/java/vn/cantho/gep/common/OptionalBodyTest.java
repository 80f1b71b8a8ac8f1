package vn.cantho.gep.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.testing.ApiTest;
import vn.cantho.gep.testing.Tokens;

/**
 * Every action endpoint whose body is optional or absent accepts a request with no body and no
 * Content-Type at all, as a generated client sends it; one whose body is required says so (400),
 * never 415. Sent with the JDK's client so that nothing adds a Content-Type.
 */
@QuarkusTest
class OptionalBodyTest extends ApiTest {
  @TestHTTPResource("/")
  URL root;

  final HttpClient http = HttpClient.newHttpClient();
  final ObjectMapper json = new ObjectMapper();

  @Test
  void submitAndApproveTakeNoBody() throws Exception {
    String id = create("ninh-kieu", "2024", List.of(value("1.1", 14, 20)));
    HttpResponse<String> submitted =
        post("/api/v1/submissions/" + id + "/submit", Tokens.reporter("ninh-kieu"), "\"1\"");
    // no body means allowMissing false: the expected values left out are listed
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(422);
    assertThat(code(submitted)).isEqualTo("SUBMISSION_INCOMPLETE");

    String complete =
        create(
            "so-y-te",
            "2024",
            List.of(
                value("4.1", 106, 100),
                value("4.2", 3, 12000),
                value("4.3", 130, 10000),
                value("6.2", 10, 10)));
    HttpResponse<String> ok =
        post("/api/v1/submissions/" + complete + "/submit", Tokens.reporter("so-y-te"), "\"1\"");
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    HttpResponse<String> approved =
        post("/api/v1/submissions/" + complete + "/approve", Tokens.coordinator(), "\"2\"");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    assertThat(json.readTree(approved.body()).path("status").asText()).isEqualTo("APPROVED");
  }

  @Test
  void aRequiredBodyLeftOutIsABadRequestNotAnUnsupportedType() throws Exception {
    String id = create("ninh-kieu", "2024", List.of(value("1.1", 14, 20)));
    submit("ninh-kieu", id, true).then().statusCode(200);
    for (String action : List.of("return", "reopen")) {
      HttpResponse<String> r =
          post("/api/v1/submissions/" + id + "/" + action, Tokens.coordinator(), "\"2\"");
      assertThat(r.statusCode()).as(action + " " + r.body()).isEqualTo(400);
      assertThat(code(r)).isEqualTo("VALIDATION_FAILED");
    }
    for (String path : List.of("/api/v1/imports", "/api/v1/submissions")) {
      HttpResponse<String> r = post(path, Tokens.reporter("ninh-kieu"), null);
      assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(400);
    }
    assertThat(version(id)).isEqualTo(2);
  }

  @Test
  void adminActionsTakeNoBody() throws Exception {
    for (String path :
        List.of(
            "/api/v1/periods/2024S1/close",
            "/api/v1/periods/2024S1/open",
            "/api/v1/reminders/run")) {
      HttpResponse<String> r = post(path, Tokens.admin(), null);
      assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
    }
  }

  private HttpResponse<String> post(String path, String token, String ifMatch) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(root.toString()).resolve(path))
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.noBody());
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.request().headers().firstValue("Content-Type")).isEmpty();
    return r;
  }

  private String code(HttpResponse<String> r) throws Exception {
    JsonNode body = json.readTree(r.body());
    return body.path("code").asText();
  }
}
