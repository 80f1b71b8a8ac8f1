package vn.cantho.gep.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.testing.Db;

/**
 * End to end: the packaged API in production mode, a fresh PostgreSQL database on a server, and the
 * real Keycloak with the gender-equality realm; every token here comes from Keycloak. Started by
 * scripts/e2e.sh (which .ci/run calls), never by the plain test run.
 */
class SystemE2E {

  @BeforeAll
  static void target() {
    RestAssured.baseURI = System.getProperty("gep.e2e.api", "http://localhost:8080");
    RestAssured.port = -1;
  }

  @BeforeEach
  void clean() {
    Db.reset();
  }

  static RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON);
  }

  @Test
  void everyRoleSignsInWithAPasswordAndGetsWhatItMay() {
    for (String user : List.of("admin", "coordinator", "viewer", "reporter.ninh-kieu")) {
      as(Keycloak.login(user))
          .get("/api/v1/attainment?period=2024&orgUnit=can-tho")
          .then()
          .statusCode(200);
    }
    String reporter = Keycloak.login("reporter.ninh-kieu");
    String id =
        as(reporter)
            .body(
                Map.of(
                    "orgUnit",
                    "ninh-kieu",
                    "period",
                    "2024",
                    "values",
                    List.of(Map.of("indicator", "1.1", "numerator", 14, "denominator", 20))))
            .post("/api/v1/submissions")
            .then()
            .statusCode(201)
            .body("createdBy", equalTo("reporter.ninh-kieu"))
            .extract()
            .path("id");
    as(Keycloak.login("viewer"))
        .header("If-Match", "\"1\"")
        .post("/api/v1/submissions/" + id + "/approve")
        .then()
        .statusCode(403);
    as(Keycloak.login("admin"))
        .header("If-Match", "\"1\"")
        .post("/api/v1/submissions/" + id + "/approve")
        .then()
        .statusCode(403);
    as(reporter)
        .header("If-Match", "\"1\"")
        .body(Map.of("allowMissing", true))
        .post("/api/v1/submissions/" + id + "/submit")
        .then()
        .statusCode(200);
    String coordinator = Keycloak.login("coordinator");
    as(coordinator)
        .post("/api/v1/submissions/" + id + "/approve")
        .then()
        .statusCode(428)
        .body("code", equalTo("PRECONDITION_REQUIRED"));
    as(coordinator)
        .header("If-Match", "\"2\"")
        .post("/api/v1/submissions/" + id + "/approve")
        .then()
        .statusCode(200)
        .body("reviewedBy", equalTo("coordinator"));
    // history names people by the token's subject, and shows their name
    as(coordinator)
        .get("/api/v1/submissions/" + id + "/history")
        .then()
        .body("actor", equalTo(List.of("reporter.ninh-kieu", "reporter.ninh-kieu", "coordinator")))
        .body("actorSubject[0]", equalTo(Keycloak.subject(reporter)))
        .body("actorSubject[2]", equalTo(Keycloak.subject(coordinator)));
    as(Keycloak.login("viewer"))
        .get("/api/v1/attainment?period=2024&orgUnit=ninh-kieu&indicator=1.1")
        .then()
        .body("[0].value", equalTo(70))
        .body("[0].status", equalTo("ACHIEVED"));
  }

  @Test
  void aDistrictSystemSignsInWithClientCredentialsAndWorksOnItsOwnUnit() {
    String system = Keycloak.system("cai-rang");
    String id =
        as(system)
            .body(
                Map.of(
                    "orgUnit",
                    "cai-rang",
                    "period",
                    "2024S1",
                    "values",
                    List.of(Map.of("indicator", "1.1", "numerator", 7, "denominator", 10))))
            .post("/api/v1/submissions")
            .then()
            .statusCode(201)
            .body("createdBy", equalTo("service-account-system-cai-rang"))
            .extract()
            .path("id");
    as(system)
        .header("If-Match", "\"1\"")
        .body(Map.of("allowMissing", true))
        .post("/api/v1/submissions/" + id + "/submit")
        .then()
        .statusCode(200);
  }

  @Test
  void aDistrictSystemImportsCsvForItsOwnUnitOnly() {
    String csv =
        "orgUnit,period,indicator,sex,numerator,denominator,flag\n"
            + "thot-not,2024,1.1,,9,15,\n"
            + "thot-not,2024,5.2a,male,40,41,\n"
            + "thot-not,2024,5.2a,female,39,40,\n"
            + "o-mon,2024,1.1,,1,2,\n";
    given()
        .auth()
        .oauth2(Keycloak.system("thot-not"))
        .contentType("text/csv")
        .header("Idempotency-Key", "thot-not-2024-e2e")
        .body(csv)
        .post("/api/v1/imports")
        .then()
        .statusCode(200)
        .body("status", equalTo("WARNING"))
        .body("counts.imported", equalTo(3))
        .body("counts.rejected", equalTo(1))
        .body("rejections[0].row", equalTo(4))
        .body("rejections[0].code", equalTo("ORG_UNIT_FORBIDDEN"));
    assertThat(Db.count("select count(*) from submission where org_unit_code = 'o-mon'")).isZero();
    assertThat(Db.count("select count(*) from submission_value")).isEqualTo(3);
  }

  @Test
  void noReporterOrSystemReachesAnotherUnitsData() {
    String id =
        as(Keycloak.system("cai-rang"))
            .body(Map.of("orgUnit", "cai-rang", "period", "2024", "values", List.of()))
            .post("/api/v1/submissions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    for (String intruder :
        List.of(Keycloak.login("reporter.ninh-kieu"), Keycloak.system("ninh-kieu"))) {
      as(intruder).get("/api/v1/submissions/" + id).then().statusCode(404);
      as(intruder).get("/api/v1/submissions/" + id + "/history").then().statusCode(404);
      as(intruder)
          .body(Map.of("version", 1, "values", List.of()))
          .put("/api/v1/submissions/" + id)
          .then()
          .statusCode(404);
      as(intruder)
          .header("If-Match", "\"1\"")
          .body(Map.of("allowMissing", true))
          .post("/api/v1/submissions/" + id + "/submit")
          .then()
          .statusCode(404);
      as(intruder).get("/api/v1/submissions?orgUnit=cai-rang").then().statusCode(403);
      assertThat(as(intruder).get("/api/v1/submissions").<List<String>>path("items.orgUnit"))
          .doesNotContain("cai-rang");
      as(intruder)
          .body(Map.of("orgUnit", "cai-rang", "period", "2024S1", "values", List.of()))
          .post("/api/v1/submissions")
          .then()
          .statusCode(403);
      for (String move : List.of("approve", "return", "reopen")) {
        as(intruder)
            .header("If-Match", "\"1\"")
            .body(Map.of("reason", "x"))
            .post("/api/v1/submissions/" + id + "/" + move)
            .then()
            .statusCode(403);
      }
    }
    assertThat(Db.count("select count(*) from submission")).isEqualTo(1);
    assertThat(Db.count("select version from submission")).isEqualTo(1);
  }

  @Test
  void forgedAndForeignTokensAreRefused() {
    String good = Keycloak.login("coordinator");
    as(good).get("/api/v1/indicators").then().statusCode(200);
    List<String> bad =
        List.of(
            Keycloak.tamperSignature(good),
            Keycloak.unsigned(good),
            Keycloak.token(
                Keycloak.passwordGrant(Keycloak.URL + "/realms/other", "gep-test", "admin")),
            Keycloak.token(
                Keycloak.passwordGrant(Keycloak.REALM, "gep-test-no-audience", "coordinator")),
            // Keycloak's built-in client, password grants on by default; the API runs here
            // without QUARKUS_OIDC_TOKEN_AUDIENCE, so this is the default audience at work
            Keycloak.token(Keycloak.passwordGrant(Keycloak.REALM, "admin-cli", "coordinator")));
    for (String token : bad) {
      Response r = as(token).get("/api/v1/indicators");
      assertThat(r.statusCode()).as(token.substring(0, 20)).isEqualTo(401);
      assertThat(r.contentType()).startsWith("application/problem+json");
    }
  }

  @Test
  void expiredTokensAndDisabledAccountsLoseAccess() throws Exception {
    String user =
        Keycloak.token(Keycloak.passwordGrant(Keycloak.REALM, "gep-test-short", "reporter.o-mon"));
    String client =
        Keycloak.token(Keycloak.clientCredentials("system-test-short", "demo-secret-test-short"));
    as(user).get("/api/v1/submissions").then().statusCode(200);
    as(client).get("/api/v1/submissions").then().statusCode(200);
    Keycloak.setUserEnabled("reporter.o-mon", false);
    Keycloak.setClientEnabled("system-test-short", false);
    try {
      assertThat(
              Keycloak.passwordGrant(Keycloak.REALM, "gep-test-short", "reporter.o-mon")
                  .statusCode())
          .isIn(400, 401);
      assertThat(
              Keycloak.clientCredentials("system-test-short", "demo-secret-test-short")
                  .statusCode())
          .isIn(400, 401);
      Thread.sleep(17_000);
      as(user).get("/api/v1/submissions").then().statusCode(401);
      as(client).get("/api/v1/submissions").then().statusCode(401);
    } finally {
      Keycloak.setUserEnabled("reporter.o-mon", true);
      Keycloak.setClientEnabled("system-test-short", true);
    }
  }
}
