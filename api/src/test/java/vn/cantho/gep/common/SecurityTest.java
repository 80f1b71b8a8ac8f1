package vn.cantho.gep.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cantho.gep.testing.ApiTest;
import vn.cantho.gep.testing.Tokens;

/**
 * Bearer tokens are checked for signature, issuer, audience (gep-api by default: the test issuer
 * sets none) and expiry; the rest is 401.
 */
@QuarkusTest
class SecurityTest extends ApiTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "expired",
        "otherIssuer",
        "otherAudience",
        "adminCli",
        "noAudience",
        "foreignKey",
        "tampered",
        "unsigned",
        "garbage"
      })
  void refusesBadTokens(String kind) {
    String token =
        switch (kind) {
          case "expired" -> Tokens.expired();
          case "otherIssuer" -> Tokens.otherIssuer();
          case "otherAudience" -> Tokens.otherAudience();
          case "adminCli" -> Tokens.adminCli();
          case "noAudience" -> Tokens.noAudience();
          case "foreignKey" -> Tokens.foreignKey();
          case "tampered" -> Tokens.tampered();
          case "unsigned" -> Tokens.unsigned();
          default -> "not-a-jwt";
        };
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/indicators")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("Bearer"))
        .body("code", equalTo("UNAUTHENTICATED"));
  }

  @Test
  void everythingUnderTheApiNeedsAToken() {
    given()
        .get("/api/v1/indicators")
        .then()
        .statusCode(401)
        .body("code", equalTo("UNAUTHENTICATED"));
    given()
        .contentType("application/json")
        .body("{}")
        .post("/api/v1/submissions")
        .then()
        .statusCode(401);
    given().get("/api/v1/attainment?period=2024").then().statusCode(401);
  }

  @Test
  void healthOpenApiAndMetricsAreOpen() {
    given()
        .get("/q/health")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body(containsString("Database connections health check"));
    given().get("/q/health/ready").then().statusCode(200);
    given().get("/q/health/live").then().statusCode(200);
    given().get("/q/openapi").then().statusCode(200).body(containsString("GEP Monitor API"));
    given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
  }
}
