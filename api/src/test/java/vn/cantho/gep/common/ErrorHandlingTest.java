package vn.cantho.gep.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.testing.ApiTest;
import vn.cantho.gep.testing.Db;
import vn.cantho.gep.testing.Tokens;

/** Bad input of every kind gets a problem response, never a 5xx, a stack trace or a write. */
@QuarkusTest
class ErrorHandlingTest extends ApiTest {

  private static Response post(String body) {
    return as(Tokens.reporter("ninh-kieu")).body(body).post("/api/v1/submissions");
  }

  @Test
  void malformedBodiesAreBadRequests() {
    List<String> bodies =
        List.of(
            "",
            "{",
            "not json",
            "[]",
            "null",
            "{\"orgUnit\": 5, \"period\": \"2024\"}",
            "{\"orgUnit\": \"ninh-kieu\", \"period\": \"2024\", \"values\": {}}",
            "{\"orgUnit\": \"ninh-kieu\", \"period\": \"2024\", \"values\": [{\"indicator\": \"1.1\", \"numerator\": \"many\", \"denominator\": 2}]}",
            "{\"orgUnit\": \"ninh-kieu\", \"period\": \"2024\", \"values\": [{\"indicator\": \"5.1\", \"flag\": \"perhaps\"}]}",
            "{\"orgUnit\": \"ninh-kieu\", \"period\": \"2024\", \"values\": [null]}",
            "{\"orgUnit\": \"ninh-kieu\", \"period\": \"2024\", \"extra\": 1}",
            "{\"orgUnit\": \"ninh-kieu\", \"period\": \"2024\", \"values\": [{\"indicator\": \"1.1\", \"numerator\": 1e400, \"denominator\": 2}]}",
            "{\"orgUnit\": \"ninh-kieu\", \"period\": \"2024\", \"values\": [{\"indicator\": \"1.1\", \"numerator\": 99999999999999999999999999, \"denominator\": 1e30}]}",
            "{\"orgUnit\": \"" + "x".repeat(5000) + "\", \"period\": \"2024\"}",
            "{\"orgUnit\": \"ninh-kieu'; drop table submission; --\", \"period\": \"2024\"}",
            "{\"orgUnit\": \"ninh-kieu\", \"period\": \"2024\", \"values\": [{\"indicator\": \"<script>alert(1)</script>\", \"numerator\": 1, \"denominator\": 2}]}",
            "{\"orgUnit\": \"\\u0000\\ud800\", \"period\": \"2024\"}",
            "[".repeat(5000) + "]".repeat(5000),
            "{\"a\":".repeat(2000) + "1" + "}".repeat(2000));
    for (String body : bodies) {
      Response r = post(body);
      assertThat(r.statusCode())
          .as(body.length() > 80 ? body.substring(0, 80) : body)
          .isBetween(400, 499);
      assertThat(r.contentType()).startsWith("application/problem+json");
      assertThat(r.asString())
          .doesNotContain("Exception")
          .doesNotContain("at vn.")
          .doesNotContain("java.");
    }
    assertThat(Db.count("select count(*) from submission")).isZero();
  }

  @Test
  void fieldErrorsNameTheField() {
    post("{\"orgUnit\": \"ninh-kieu\", \"period\": \"2024\", \"values\": [{\"indicator\": \"1.1\", \"numerator\": \"many\", \"denominator\": 2}]}")
        .then()
        .statusCode(400)
        .body("code", equalTo("MALFORMED_REQUEST"))
        .body("errors[0].field", equalTo("values[0].numerator"));
    post("{\"orgUnit\": \"ninh-kieu\", \"period\": \"2024\", \"colour\": 1}")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("colour"))
        .body("errors[0].code", equalTo("UNKNOWN_FIELD"));
    post("{\"orgUnit\": \"ninh-kieu\", \"period\": \"2024\", \"values\": [null]}")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("values[0]"));
    post("").then().statusCode(400).body("errors[0].field", equalTo("body"));
  }

  /** A raw socket, as HTTP clients give up writing once the server answers early and closes. */
  @Test
  void aHugeBodyIsRefusedBeforeItIsRead() throws Exception {
    int size = 10 * 1024 * 1024 + 1;
    String statusLine;
    try (java.net.Socket socket =
        new java.net.Socket("127.0.0.1", io.restassured.RestAssured.port)) {
      var out = socket.getOutputStream();
      out.write(
          ("POST /api/v1/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                  + Tokens.reporter("ninh-kieu")
                  + "\r\nContent-Type: application/json\r\nContent-Length: "
                  + size
                  + "\r\n\r\n")
              .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      try {
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'x');
        for (int sent = 0; sent < size; sent += chunk.length) {
          out.write(chunk, 0, Math.min(chunk.length, size - sent));
        }
      } catch (java.io.IOException closedEarly) {
        // the server answered and closed before the body was sent: expected
      }
      statusLine =
          new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream()))
              .readLine();
    }
    assertThat(statusLine).startsWith("HTTP/1.1 413");
    assertThat(Db.count("select count(*) from submission")).isZero();
    as(Tokens.viewer()).get("/api/v1/periods").then().statusCode(200);
  }

  @Test
  void wrongMethodsMediaTypesAndPathsAreProblems() {
    as(Tokens.viewer())
        .delete("/api/v1/indicators")
        .then()
        .statusCode(405)
        .body("code", equalTo("METHOD_NOT_ALLOWED"));
    as(Tokens.reporter("ninh-kieu"))
        .contentType("text/plain")
        .body("orgUnit=ninh-kieu")
        .post("/api/v1/submissions")
        .then()
        .statusCode(415)
        .body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    as(Tokens.viewer())
        .get("/api/v1/nothing-here")
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
    as(Tokens.viewer())
        .get("/api/v1/indicators/%27%20or%201=1")
        .then()
        .statusCode(404)
        .body(not(containsString("SQL")));
  }

  @Test
  void badHeadersAreBadRequests() {
    String id = create("ninh-kieu", "2024", List.of());
    as(Tokens.reporter("ninh-kieu"))
        .header("If-Match", "yesterday")
        .body("{\"values\": []}")
        .put("/api/v1/submissions/" + id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("If-Match"));
    as(Tokens.reporter("ninh-kieu"))
        .header("Idempotency-Key", "k".repeat(300))
        .body("{\"orgUnit\": \"ninh-kieu\", \"period\": \"2024S1\"}")
        .post("/api/v1/submissions")
        .then()
        .statusCode(400);
  }
}
