package vn.cantho.gep.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.testing.ApiTest;
import vn.cantho.gep.testing.Db;
import vn.cantho.gep.testing.Tokens;

/** Creating, reading, listing and replacing submissions, with validation, versions and history. */
@QuarkusTest
class SubmissionResourceTest extends ApiTest {
  static final String NINH_KIEU = "ninh-kieu";

  @Test
  void createsADraftAsInTheContract() {
    as(Tokens.reporter(NINH_KIEU))
        .body(
            body(NINH_KIEU, "2024", List.of(value("1.1", 14, 20), value("5.2a", "female", 97, 98))))
        .post("/api/v1/submissions")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/submissions/"))
        .header("ETag", equalTo("\"1\""))
        .body("id", notNullValue())
        .body("status", equalTo("DRAFT"))
        .body("version", equalTo(1))
        .body("orgUnit", equalTo(NINH_KIEU))
        .body("period", equalTo("2024"))
        .body("values", hasSize(2))
        .body("values.find { it.indicator == '1.1' }.value", equalTo(70))
        .body("missing.indicator", hasItem("5.2a"))
        .body("missing.find { it.indicator == '5.2a' }.disaggregation.sex", equalTo("male"));
  }

  @Test
  void acceptsTheContractsExampleWithAFlag() {
    as(Tokens.reporter("so-gddt"))
        .body(body("so-gddt", "2024", List.of(value("5.2a", "female", 97, 98), flag("5.1", true))))
        .post("/api/v1/submissions")
        .then()
        .statusCode(201)
        .body("values.find { it.indicator == '5.1' }.flag", equalTo(true));
  }

  @Test
  void readsASubmissionWithItsETag() {
    String id = create(NINH_KIEU, "2024", List.of(value("1.1", 14, 20)));
    as(Tokens.reporter(NINH_KIEU))
        .get("/api/v1/submissions/" + id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("id", equalTo(id))
        .body("createdBy", equalTo("reporter.ninh-kieu"))
        .body("late", equalTo(false));
    as(Tokens.coordinator()).get("/api/v1/submissions/" + id).then().statusCode(200);
    as(Tokens.viewer()).get("/api/v1/submissions/" + id).then().statusCode(200);
    as(Tokens.viewer())
        .get("/api/v1/submissions/0b6f2c1e-1111-4d3a-9f00-000000000000")
        .then()
        .statusCode(404)
        .body("code", equalTo("SUBMISSION_NOT_FOUND"));
    as(Tokens.viewer()).get("/api/v1/submissions/not-a-uuid").then().statusCode(404);
  }

  @Test
  void oneSubmissionPerOrgUnitAndPeriod() {
    String id = create(NINH_KIEU, "2024", List.of());
    as(Tokens.reporter(NINH_KIEU))
        .body(body(NINH_KIEU, "2024", List.of(value("1.1", 1, 2))))
        .post("/api/v1/submissions")
        .then()
        .statusCode(409)
        .body("code", equalTo("SUBMISSION_EXISTS"))
        .body("existingId", equalTo(id));
    // the other period is free
    create(NINH_KIEU, "2024S1", List.of());
  }

  @Test
  void anIdempotencyKeyMakesARetryReturnTheFirstAnswer() {
    Map<String, Object> request = body(NINH_KIEU, "2024", List.of(value("1.1", 14, 20)));
    Response first =
        as(Tokens.reporter(NINH_KIEU))
            .header("Idempotency-Key", "k-1")
            .body(request)
            .post("/api/v1/submissions");
    first.then().statusCode(201);
    Response retry =
        as(Tokens.reporter(NINH_KIEU))
            .header("Idempotency-Key", "k-1")
            .body(request)
            .post("/api/v1/submissions");
    retry.then().statusCode(201).header("Idempotent-Replayed", "true");
    assertThat(retry.asString()).isEqualTo(first.asString());
    assertThat(Db.count("select count(*) from submission")).isEqualTo(1);
    assertThat(Db.count("select count(*) from submission_event")).isEqualTo(1);
    // the same key for another request is refused
    as(Tokens.reporter(NINH_KIEU))
        .header("Idempotency-Key", "k-1")
        .body(body(NINH_KIEU, "2024S1", List.of()))
        .post("/api/v1/submissions")
        .then()
        .statusCode(422)
        .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    // without a key the duplicate is a conflict
    as(Tokens.reporter(NINH_KIEU)).body(request).post("/api/v1/submissions").then().statusCode(409);
  }

  @Test
  void concurrentRetriesWithOneKeyCreateOnce() throws Exception {
    Map<String, Object> request = body(NINH_KIEU, "2024", List.of(value("1.1", 14, 20)));
    List<Response> responses =
        concurrently(
            6,
            () ->
                as(Tokens.reporter(NINH_KIEU))
                    .header("Idempotency-Key", "same")
                    .body(request)
                    .post("/api/v1/submissions"));
    assertThat(responses).extracting(Response::statusCode).containsOnly(201);
    assertThat(responses)
        .extracting(r -> r.path("id").toString())
        .containsOnly(responses.get(0).path("id").toString());
    assertThat(Db.count("select count(*) from submission")).isEqualTo(1);
  }

  @Test
  void replacesValuesWithTheCurrentVersion() {
    String id = create(NINH_KIEU, "2024", List.of(value("1.1", 14, 20), value("4.1", 110, 100)));
    as(Tokens.reporter(NINH_KIEU))
        .header("If-Match", "\"1\"")
        .body(Map.of("values", List.of(value("1.1", 12, 20), value("3.2a", 30, 31))))
        .put("/api/v1/submissions/" + id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"2\""))
        .body("version", equalTo(2))
        .body("values.indicator", contains("1.1", "3.2a"))
        .body("values[0].numerator", equalTo(12));
    // version in the body works too
    as(Tokens.reporter(NINH_KIEU))
        .body(Map.of("version", 2, "values", List.of(value("1.1", 13, 20))))
        .put("/api/v1/submissions/" + id)
        .then()
        .statusCode(200)
        .body("version", equalTo(3));
    as(Tokens.reporter(NINH_KIEU))
        .body(Map.of("values", List.of(value("1.1", 13, 20))))
        .put("/api/v1/submissions/" + id)
        .then()
        .statusCode(428)
        .body("code", equalTo("PRECONDITION_REQUIRED"));
  }

  @Test
  void aStaleVersionIsAConflictAndChangesNothing() {
    String id = create(NINH_KIEU, "2024", List.of(value("1.1", 14, 20)));
    as(Tokens.reporter(NINH_KIEU))
        .header("If-Match", "\"1\"")
        .body(Map.of("values", List.of(value("1.1", 15, 20))))
        .put("/api/v1/submissions/" + id)
        .then()
        .statusCode(200);
    as(Tokens.reporter(NINH_KIEU))
        .header("If-Match", "\"1\"")
        .body(Map.of("values", List.of(value("1.1", 16, 20))))
        .put("/api/v1/submissions/" + id)
        .then()
        .statusCode(409)
        .body("code", equalTo("VERSION_CONFLICT"))
        .body("currentVersion", equalTo(2));
    as(Tokens.reporter(NINH_KIEU))
        .get("/api/v1/submissions/" + id)
        .then()
        .body("values[0].numerator", equalTo(15));
  }

  @Test
  void ofTwoConcurrentUpdatesWithTheSameVersionExactlyOneWins() throws Exception {
    String id = create(NINH_KIEU, "2024", List.of(value("1.1", 14, 20)));
    List<Response> responses = new ArrayList<>();
    for (int round = 0; round < 5; round++) {
      int version = as(Tokens.reporter(NINH_KIEU)).get("/api/v1/submissions/" + id).path("version");
      int r = round;
      List<Response> pair =
          concurrently(
              2,
              () ->
                  as(Tokens.reporter(NINH_KIEU))
                      .header("If-Match", "\"" + version + "\"")
                      .body(
                          Map.of(
                              "values", List.of(value("1.1", r, 20), value("4.1", 100 + r, 100))))
                      .put("/api/v1/submissions/" + id));
      assertThat(pair).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 409);
      responses.addAll(pair);
    }
    as(Tokens.reporter(NINH_KIEU))
        .get("/api/v1/submissions/" + id)
        .then()
        .body("version", equalTo(6));
    // history holds exactly the five winning changes after the creation
    as(Tokens.reporter(NINH_KIEU))
        .get("/api/v1/submissions/" + id + "/history")
        .then()
        .body("$", hasSize(6));
  }

  @Test
  void refusesValuesThatBreakThePlansRulesAndWritesNothing() {
    as(Tokens.reporter(NINH_KIEU))
        .body(
            body(
                NINH_KIEU,
                "2024",
                List.of(
                    value("1.1", 21, 20),
                    value("2.1", 1, 2),
                    value("9.9", 1, 2),
                    value("5.2a", 1, 2),
                    Map.of("indicator", "4.1", "numerator", 1, "denominator", 2, "flag", true))))
        .post("/api/v1/submissions")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("code", equalTo("VALUES_INVALID"))
        .body(
            "errors.field",
            contains(
                "values[0].numerator",
                "values[1].indicator",
                "values[2].indicator",
                "values[3].disaggregation",
                "values[4].flag"))
        .body(
            "errors.code",
            contains(
                "NUMERATOR_EXCEEDS_DENOMINATOR",
                "INDICATOR_NOT_REPORTED",
                "INDICATOR_UNKNOWN",
                "DISAGGREGATION_REQUIRED",
                "FLAG_NOT_ALLOWED"));
    assertThat(Db.count("select count(*) from submission")).isZero();
  }

  @Test
  void refusesNegativeNumbersAndZeroDenominatorsAsBadInput() {
    as(Tokens.reporter(NINH_KIEU))
        .body(body(NINH_KIEU, "2024", List.of(value("1.1", -1, 20), value("4.1", 1, 0))))
        .post("/api/v1/submissions")
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors.field", contains("values[0].numerator", "values[1].denominator"))
        .body("errors.code", contains("NEGATIVE", "NOT_POSITIVE"));
    as(Tokens.reporter(NINH_KIEU))
        .body(Map.of("period", "2024"))
        .post("/api/v1/submissions")
        .then()
        .statusCode(400)
        .body("errors.field", contains("orgUnit"));
    assertThat(Db.count("select count(*) from submission")).isZero();
  }

  @Test
  void unknownPeriodIs404AndClosedPeriodRefusesWrites() {
    as(Tokens.reporter(NINH_KIEU))
        .body(body(NINH_KIEU, "2031", List.of()))
        .post("/api/v1/submissions")
        .then()
        .statusCode(404)
        .body("code", equalTo("PERIOD_NOT_FOUND"));
    String id = create(NINH_KIEU, "2024", List.of(value("1.1", 14, 20)));
    as(Tokens.admin())
        .post("/api/v1/periods/2024/close")
        .then()
        .statusCode(200)
        .body("open", equalTo(false));
    as(Tokens.reporter(NINH_KIEU))
        .header("If-Match", "\"1\"")
        .body(Map.of("values", List.of(value("1.1", 15, 20))))
        .put("/api/v1/submissions/" + id)
        .then()
        .statusCode(409)
        .body("code", equalTo("PERIOD_CLOSED"));
    submit(NINH_KIEU, id, true).then().statusCode(409).body("code", equalTo("PERIOD_CLOSED"));
    as(Tokens.reporter("cai-rang"))
        .body(body("cai-rang", "2024", List.of()))
        .post("/api/v1/submissions")
        .then()
        .statusCode(409)
        .body("code", equalTo("PERIOD_CLOSED"));
    assertThat(Db.count("select count(*) from submission")).isEqualTo(1);
    as(Tokens.reporter(NINH_KIEU))
        .get("/api/v1/submissions/" + id)
        .then()
        .body("values[0].numerator", equalTo(14));
    as(Tokens.admin())
        .post("/api/v1/periods/2024/open")
        .then()
        .statusCode(200)
        .body("open", equalTo(true));
  }

  @Test
  void anOrgUnitThatReportsNothingCannotCreate() {
    as(Tokens.reporter("can-tho"))
        .body(body("can-tho", "2024", List.of()))
        .post("/api/v1/submissions")
        .then()
        .statusCode(422)
        .body("code", equalTo("ORG_UNIT_NOT_REPORTER"));
  }

  @Test
  void anOrgUnitClosedBeforeThePeriodCannotReport() {
    Db.exec(
        "update org_unit set closed_on = date '2023-12-31', opened_on = date '2000-01-01' where code = 'co-do'");
    try {
      as(Tokens.reporter("co-do"))
          .body(body("co-do", "2024", List.of()))
          .post("/api/v1/submissions")
          .then()
          .statusCode(422)
          .body("code", equalTo("ORG_UNIT_NOT_ACTIVE"));
    } finally {
      Db.exec("update org_unit set closed_on = null where code = 'co-do'");
    }
  }

  @Test
  void historyKeepsEveryMoveAndValueChangeWithBeforeAndAfter() {
    String id = create(NINH_KIEU, "2024", List.of(value("1.1", 14, 20)));
    as(Tokens.reporter(NINH_KIEU))
        .header("If-Match", "\"1\"")
        .body(Map.of("values", List.of(value("1.1", 12, 20), value("4.1", 106, 100))))
        .put("/api/v1/submissions/" + id)
        .then()
        .statusCode(200);
    submit(NINH_KIEU, id, true).then().statusCode(200);
    move(Tokens.coordinator(), id, "return", Map.of("reason", "Kiểm tra lại chỉ tiêu 1.1"))
        .then()
        .statusCode(200);
    as(Tokens.reporter(NINH_KIEU))
        .get("/api/v1/submissions/" + id + "/history")
        .then()
        .statusCode(200)
        .body("action", contains("CREATED", "VALUES_CHANGED", "SUBMITTED", "RETURNED"))
        .body(
            "actor",
            contains(
                "reporter.ninh-kieu", "reporter.ninh-kieu", "reporter.ninh-kieu", "coordinator"))
        .body("version", contains(1, 2, 3, 4))
        .body("[0].changes[0].after.numerator", equalTo(14))
        .body("[0].changes[0].before", nullValue())
        .body("[1].changes", hasSize(2))
        .body("[1].changes[0].indicator", equalTo("1.1"))
        .body("[1].changes[0].before.numerator", equalTo(14))
        .body("[1].changes[0].after.numerator", equalTo(12))
        .body("[1].changes[1].before", nullValue())
        .body("[2].fromStatus", equalTo("DRAFT"))
        .body("[2].toStatus", equalTo("SUBMITTED"))
        .body("[3].reason", equalTo("Kiểm tra lại chỉ tiêu 1.1"))
        .body("[3].at", notNullValue());
  }

  @Test
  void listsWithFiltersAndPages() {
    create(NINH_KIEU, "2024", List.of());
    create(NINH_KIEU, "2024S1", List.of());
    String caiRang = create("cai-rang", "2024", List.of(value("1.1", 1, 2)));
    submit("cai-rang", caiRang, true).then().statusCode(200);
    as(Tokens.coordinator())
        .get("/api/v1/submissions?period=2024")
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body("items.orgUnit", contains("cai-rang", "ninh-kieu"));
    as(Tokens.coordinator())
        .get("/api/v1/submissions?status=SUBMITTED")
        .then()
        .body("items.orgUnit", contains("cai-rang"))
        .body("items[0].valueCount", equalTo(1));
    as(Tokens.coordinator())
        .get("/api/v1/submissions?status=draft,submitted&size=2&page=1")
        .then()
        .body("total", equalTo(3))
        .body("items", hasSize(1))
        .body("page", equalTo(1))
        .body("size", equalTo(2));
    as(Tokens.reporter(NINH_KIEU)).get("/api/v1/submissions").then().body("total", equalTo(2));
    as(Tokens.coordinator()).get("/api/v1/submissions?status=LOST").then().statusCode(400);
    as(Tokens.coordinator()).get("/api/v1/submissions?size=0").then().statusCode(400);
    as(Tokens.coordinator()).get("/api/v1/submissions?size=1000").then().statusCode(400);
    as(Tokens.coordinator()).get("/api/v1/submissions?orgUnit=nowhere").then().statusCode(404);
    as(Tokens.coordinator()).get("/api/v1/submissions?period=1999").then().statusCode(404);
  }
}
