package vn.cantho.gep.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.testing.ApiTest;
import vn.cantho.gep.testing.Db;
import vn.cantho.gep.testing.TestDatabase;
import vn.cantho.gep.testing.Tokens;

/**
 * POST /api/v1/imports against real PostgreSQL and real tokens: JSON and CSV, merges into
 * submissions, per-value rejections, whole-or-nothing submissions, dry runs, submit, retries,
 * access and malformed bodies.
 */
@QuarkusTest
class ImportResourceTest extends ApiTest {
  static final String IMPORTS = "/api/v1/imports";
  static final String HEADER = "orgUnit,period,indicator,sex,numerator,denominator,flag\n";

  @Test
  void aJsonImportCreatesSubmissionsForSeveralOrgUnitsAndPeriods() {
    importJson(
            Tokens.coordinator(),
            "",
            row("ninh-kieu", "2024", "1.1", 14, 20),
            sex("ninh-kieu", "2024", "5.2a", "female", 97, 98),
            sex("ninh-kieu", "2024", "5.2a", "male", 95, 97),
            row("ninh-kieu", "2024S1", "1.1", 7, 20),
            row("cai-rang", "2024", "3.3", 4, 4),
            flag("so-gddt", "2024", "5.1", true))
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("status", equalTo("SUCCESS"))
        .body("dryRun", equalTo(false))
        .body("counts.imported", equalTo(6))
        .body("counts.updated", equalTo(0))
        .body("counts.ignored", equalTo(0))
        .body("counts.rejected", equalTo(0))
        .body("rejections", empty())
        .body("submissions.orgUnit", contains("ninh-kieu", "ninh-kieu", "cai-rang", "so-gddt"))
        .body("submissions.period", contains("2024", "2024S1", "2024", "2024"))
        .body("submissions.status", everyItem(equalTo("DRAFT")))
        .body("submissions.created", everyItem(equalTo(true)))
        .body("submissions.id", everyItem(notNullValue()))
        .body("submissions[0].imported", equalTo(3))
        .body("submissions[0].missing.indicator", not(hasItem("1.1")));
    assertThat(Db.count("select count(*) from submission")).isEqualTo(4);
    assertThat(Db.count("select count(*) from submission_value")).isEqualTo(6);
    assertThat(Db.count("select count(*) from submission_event where action = 'CREATED'"))
        .isEqualTo(4);
    String id = idOf("ninh-kieu", "2024");
    as(Tokens.reporter("ninh-kieu"))
        .get("/api/v1/submissions/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"))
        .body("version", equalTo(1))
        .body("createdBy", equalTo("coordinator"))
        .body("values.indicator", contains("1.1", "5.2a", "5.2a"))
        .body("values[0].value", equalTo(70));
    as(Tokens.coordinator())
        .get("/api/v1/submissions/" + idOf("so-gddt", "2024"))
        .then()
        .body("values[0].flag", equalTo(true));
  }

  @Test
  void aSecondCsvImportUpdatesAddsAndIgnoresAndTheHistoryShowsIt() {
    importCsv(
            Tokens.coordinator(),
            "",
            HEADER + "ninh-kieu,2024,1.1,,14,20,\nninh-kieu,2024,4.1,,110,100,\n")
        .then()
        .statusCode(200)
        .body("counts.imported", equalTo(2));
    String id = idOf("ninh-kieu", "2024");
    importCsv(
            Tokens.coordinator(),
            "",
            HEADER
                + "ninh-kieu,2024,1.1,,14.000,20,\n"
                + "ninh-kieu,2024,4.1,,111,100,\n"
                + "ninh-kieu,2024,3.3,,1,2,\n")
        .then()
        .statusCode(200)
        .body("status", equalTo("SUCCESS"))
        .body("counts.imported", equalTo(1))
        .body("counts.updated", equalTo(1))
        .body("counts.ignored", equalTo(1))
        .body("submissions[0].id", equalTo(id))
        .body("submissions[0].created", equalTo(false))
        .body("submissions[0].updated", equalTo(1));
    // the same again changes nothing and records nothing
    importCsv(
            Tokens.coordinator(),
            "",
            HEADER + "ninh-kieu,2024,1.1,,14,20,\nninh-kieu,2024,4.1,,111,100,\n")
        .then()
        .body("counts.ignored", equalTo(2))
        .body("counts.imported", equalTo(0));
    as(Tokens.coordinator())
        .get("/api/v1/submissions/" + id + "/history")
        .then()
        .statusCode(200)
        .body("action", contains("CREATED", "VALUES_CHANGED"))
        .body("actor", contains("coordinator", "coordinator"))
        .body("version", contains(1, 2))
        .body("[0].changes", hasSize(2))
        .body("[0].changes[0].before", nullValue())
        .body("[1].changes", hasSize(2))
        .body("[1].changes[0].indicator", equalTo("4.1"))
        .body("[1].changes[0].before.numerator", equalTo(110))
        .body("[1].changes[0].after.numerator", equalTo(111))
        .body("[1].changes[1].indicator", equalTo("3.3"))
        .body("[1].changes[1].before", nullValue())
        .body("[1].changes[1].after.numerator", equalTo(1));
    as(Tokens.coordinator())
        .get("/api/v1/submissions/" + id)
        .then()
        .body("version", equalTo(2))
        .body("values.indicator", contains("1.1", "3.3", "4.1"))
        .body("values.find { it.indicator == '4.1' }.numerator", equalTo(111));
  }

  @Test
  void aDryRunReportsWhatWouldHappenAndWritesNothing() {
    Map<String, Object>[] rows =
        rows(row("ninh-kieu", "2024", "1.1", 14, 20), row("cai-rang", "2024", "1.1", 3, 4));
    given()
        .auth()
        .oauth2(Tokens.coordinator())
        .contentType("application/json")
        .header("Idempotency-Key", "dry-1")
        .body(Map.of("values", List.of(rows)))
        .post(IMPORTS + "?dryRun=true&submit=true")
        .then()
        .statusCode(200)
        .body("dryRun", equalTo(true))
        .body("status", equalTo("SUCCESS"))
        .body("counts.imported", equalTo(2))
        .body("submissions.id", everyItem(nullValue()))
        .body("submissions.created", everyItem(equalTo(true)))
        .body("submissions.status", everyItem(equalTo("SUBMITTED")));
    assertNothingWritten();
    // the key was not used up: a real import may take it
    given()
        .auth()
        .oauth2(Tokens.coordinator())
        .contentType("application/json")
        .header("Idempotency-Key", "dry-1")
        .body(Map.of("values", List.of(rows)))
        .post(IMPORTS)
        .then()
        .statusCode(200)
        .header("Idempotent-Replayed", nullValue())
        .body("counts.imported", equalTo(2));
    long events = Db.count("select count(*) from submission_event");
    importJson(
            Tokens.coordinator(),
            "?dryRun=true",
            row("ninh-kieu", "2024", "1.1", 15, 20),
            row("ninh-kieu", "2024", "3.3", 1, 1),
            row("cai-rang", "2024", "1.1", 3, 4))
        .then()
        .body("counts.updated", equalTo(1))
        .body("counts.imported", equalTo(1))
        .body("counts.ignored", equalTo(1))
        .body("submissions[0].id", equalTo(idOf("ninh-kieu", "2024")))
        .body("submissions[0].status", equalTo("DRAFT"))
        .body("submissions[0].created", equalTo(false));
    assertThat(Db.count("select count(*) from submission_event")).isEqualTo(events);
    assertThat(Db.count("select count(*) from submission_value")).isEqualTo(2);
    assertThat(Db.count("select max(version) from submission")).isEqualTo(1);
    assertThat(Db.count("select count(*) from submission_value where numerator = 15")).isZero();
  }

  @Test
  void aSubmissionWithOneBadValueIsNotWrittenWhileAnotherIs() {
    importJson(Tokens.coordinator(), "", row("ninh-kieu", "2024", "1.1", 14, 20))
        .then()
        .statusCode(200);
    importJson(
            Tokens.coordinator(),
            "",
            row("ninh-kieu", "2024", "1.1", 15, 20),
            row("ninh-kieu", "2024", "3.3", 21, 20),
            row("cai-rang", "2024", "1.1", 3, 4))
        .then()
        .statusCode(200)
        .body("status", equalTo("WARNING"))
        .body("counts.imported", equalTo(1))
        .body("counts.updated", equalTo(0))
        .body("counts.rejected", equalTo(2))
        .body("submissions.orgUnit", contains("cai-rang"))
        .body("rejections.index", contains(0, 1))
        .body("rejections.code", contains("SUBMISSION_REJECTED", "NUMERATOR_EXCEEDS_DENOMINATOR"))
        .body("rejections[0].orgUnit", equalTo("ninh-kieu"))
        .body("rejections[0].indicator", equalTo("1.1"))
        .body(
            "rejections[0].message",
            equalTo(
                "not written: the values of ninh-kieu for 2024 are written together, and index 1"
                    + " was rejected"))
        .body("rejections[1].field", equalTo("values[1].numerator"))
        .body(
            "rejections[1].message",
            equalTo("numerator 21 exceeds denominator 20 for a percentage"))
        .body("rejections[1].row", nullValue());
    as(Tokens.coordinator())
        .get("/api/v1/submissions/" + idOf("ninh-kieu", "2024"))
        .then()
        .body("version", equalTo(1))
        .body("values", hasSize(1))
        .body("values[0].numerator", equalTo(14));
    assertThat(Db.count("select count(*) from submission where org_unit_code = 'cai-rang'"))
        .isEqualTo(1);
  }

  @Test
  void eachRejectedRowSaysWhereAndWhy() {
    importCsv(
            Tokens.coordinator(),
            "",
            HEADER
                + "nowhere,2024,1.1,,1,2,\n"
                + "ninh-kieu,1999,1.1,,1,2,\n"
                + "ninh-kieu,2024,9.9,,1,2,\n"
                + "ninh-kieu,2024,2.1,,1,2,\n"
                + "ninh-kieu,2024,1.1,,-1,2,\n"
                + "ninh-kieu,2024,3.3,,1,0,\n"
                + "ninh-kieu,2024,4.1,,1,2,true\n"
                + "ninh-kieu,2024,5.2a,other,1,2,\n"
                + "ninh-kieu,2024,3.2a,,5,4,\n"
                + "ninh-kieu,2024S1,6.2,,1,2,\n"
                + "ninh-kieu,2024S1,6.2,,1,2,\n"
                + ",2024,6.2,,1,2,\n")
        .then()
        .statusCode(200)
        .body("status", equalTo("ERROR"))
        .body("counts.rejected", equalTo(12))
        .body("submissions", empty())
        .body("rejections.row", contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))
        .body("rejections.index", everyItem(nullValue()))
        .body(
            "rejections.code",
            contains(
                "ORG_UNIT_NOT_FOUND",
                "PERIOD_NOT_FOUND",
                "INDICATOR_UNKNOWN",
                "INDICATOR_NOT_REPORTED",
                "NEGATIVE",
                "DENOMINATOR_NOT_POSITIVE",
                "FLAG_NOT_ALLOWED",
                "CATEGORY_UNKNOWN",
                "NUMERATOR_EXCEEDS_DENOMINATOR",
                "DUPLICATE_VALUE",
                "DUPLICATE_VALUE",
                "REQUIRED"))
        .body(
            "rejections.field",
            contains(
                "orgUnit",
                "period",
                "indicator",
                "indicator",
                "numerator",
                "denominator",
                "flag",
                "sex",
                "numerator",
                null,
                null,
                "orgUnit"))
        .body("rejections[3].message", equalTo("ninh-kieu does not report indicator 2.1"))
        .body("rejections[7].disaggregation.sex", equalTo("other"))
        .body(
            "rejections[9].message",
            equalTo(
                "indicator 6.2 of ninh-kieu for 2024S1 is given more than once: at rows 10, 11"));
    assertNothingWritten();
  }

  @Test
  void anIdempotencyKeyReplaysTheFirstAnswerAndWritesNothingTwice() {
    Map<String, Object> body =
        Map.of(
            "values",
            List.of(row("ninh-kieu", "2024", "1.1", 14, 20), row("cai-rang", "2024", "1.1", 3, 4)));
    Response first = keyed("run-1", body, "");
    first.then().statusCode(200).header("Idempotent-Replayed", nullValue());
    Response retry = keyed("run-1", body, "");
    retry.then().statusCode(200).header("Idempotent-Replayed", "true");
    assertThat(retry.asString()).isEqualTo(first.asString());
    assertThat(retry.<Integer>path("counts.imported")).isEqualTo(2);
    assertThat(Db.count("select count(*) from submission")).isEqualTo(2);
    assertThat(Db.count("select count(*) from submission_value")).isEqualTo(2);
    assertThat(Db.count("select count(*) from submission_event")).isEqualTo(2);
    // the key with another request is refused, and writes nothing
    keyed("run-1", Map.of("values", List.of(row("ninh-kieu", "2024", "1.1", 15, 20))), "")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    keyed("run-1", body, "?submit=true").then().statusCode(422);
    assertThat(Db.count("select count(*) from submission_value where numerator = 15")).isZero();
    // a new key runs the import again: this time nothing changes
    keyed("run-2", body, "").then().statusCode(200).body("counts.ignored", equalTo(2));
    // keys are per caller
    given()
        .auth()
        .oauth2(Tokens.reporter("ninh-kieu"))
        .contentType("application/json")
        .header("Idempotency-Key", "run-1")
        .body(Map.of("values", List.of(row("ninh-kieu", "2024", "1.1", 15, 20))))
        .post(IMPORTS)
        .then()
        .statusCode(200)
        .body("counts.updated", equalTo(1));
  }

  @Test
  void concurrentRetriesWithOneKeyImportOnce() throws Exception {
    Map<String, Object> body =
        Map.of(
            "values",
            List.of(row("ninh-kieu", "2024", "1.1", 14, 20), row("cai-rang", "2024", "1.1", 3, 4)));
    List<Response> responses = concurrently(4, () -> keyed("same", body, ""));
    assertThat(responses).extracting(Response::statusCode).containsOnly(200);
    assertThat(responses).extracting(Response::asString).containsOnly(responses.get(0).asString());
    assertThat(Db.count("select count(*) from submission")).isEqualTo(2);
    assertThat(Db.count("select count(*) from submission_event")).isEqualTo(2);
  }

  @Test
  void concurrentImportsIntoOneSubmissionLoseNoValue() throws Exception {
    List<String> indicators = List.of("1.1", "3.3", "4.1", "6.2");
    List<Response> responses = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(indicators.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Response>> futures = new ArrayList<>();
      for (String indicator : indicators) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return importJson(
                      Tokens.coordinator(), "", row("ninh-kieu", "2024", indicator, 1, 2));
                }));
      }
      start.countDown();
      for (Future<Response> f : futures) {
        responses.add(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(responses).extracting(Response::statusCode).containsOnly(200);
    assertThat(responses)
        .extracting(r -> r.<Boolean>path("submissions[0].created"))
        .containsExactlyInAnyOrder(true, false, false, false);
    assertThat(Db.count("select count(*) from submission")).isEqualTo(1);
    assertThat(Db.count("select count(*) from submission_value")).isEqualTo(4);
    assertThat(Db.count("select version from submission")).isEqualTo(4);
    assertThat(Db.count("select count(*) from submission_event")).isEqualTo(4);
  }

  /**
   * An edit that holds the submission's row when an import arrives: the import waits for it and
   * compares with what it committed, not with what was there before.
   */
  @Test
  void anImportWaitsForAConcurrentEditAndComparesWithItsResult() throws Exception {
    importJson(Tokens.coordinator(), "", row("ninh-kieu", "2024", "1.1", 14, 20))
        .then()
        .statusCode(200);
    String id = idOf("ninh-kieu", "2024");
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try (Connection editor = TestDatabase.connect()) {
      editor.setAutoCommit(false);
      try (Statement st = editor.createStatement()) {
        st.execute("select id from submission where id = '" + id + "' for update");
        Future<Response> pending =
            pool.submit(
                () ->
                    importJson(
                        Tokens.coordinator(),
                        "",
                        row("ninh-kieu", "2024", "1.1", 15, 20),
                        row("ninh-kieu", "2024", "4.1", 110, 100)));
        long deadline = System.currentTimeMillis() + 20_000;
        while (Db.count("select count(*) from pg_locks where not granted") == 0) {
          assertThat(System.currentTimeMillis()).as("the import waits").isLessThan(deadline);
          assertThat(pending.isDone()).as("the import waits for the row").isFalse();
          Thread.sleep(50);
        }
        st.execute("update submission_value set numerator = 15 where submission_id = '" + id + "'");
        st.execute("update submission set version = 2 where id = '" + id + "'");
        editor.commit();
        pending
            .get()
            .then()
            .statusCode(200)
            .body("counts.ignored", equalTo(1))
            .body("counts.imported", equalTo(1))
            .body("counts.updated", equalTo(0));
      }
    } finally {
      pool.shutdownNow();
    }
    as(Tokens.coordinator())
        .get("/api/v1/submissions/" + id + "/history")
        .then()
        .body("action", contains("CREATED", "VALUES_CHANGED"))
        .body("[1].version", equalTo(3))
        .body("[1].changes.indicator", contains("4.1"));
  }

  @Test
  void aReporterImportsOnlyForTheirOwnOrgUnit() {
    importJson(
            Tokens.reporter("ninh-kieu"),
            "",
            row("ninh-kieu", "2024", "1.1", 14, 20),
            row("cai-rang", "2024", "1.1", 3, 4))
        .then()
        .statusCode(200)
        .body("status", equalTo("WARNING"))
        .body("counts.imported", equalTo(1))
        .body("counts.rejected", equalTo(1))
        .body("rejections[0].index", equalTo(1))
        .body("rejections[0].orgUnit", equalTo("cai-rang"))
        .body("rejections[0].code", equalTo("ORG_UNIT_FORBIDDEN"))
        .body("rejections[0].field", equalTo("values[1].orgUnit"));
    assertThat(Db.count("select count(*) from submission where org_unit_code = 'cai-rang'"))
        .isZero();
    as(Tokens.reporter("ninh-kieu"))
        .get("/api/v1/submissions/" + idOf("ninh-kieu", "2024"))
        .then()
        .body("createdBy", equalTo("reporter.ninh-kieu"));
    // a system's service account: role reporter and the org_unit claim, written as an array
    String system =
        Tokens.tokenWithClaim("service-account-cai-rang", List.of("reporter"), List.of("cai-rang"));
    importCsv(system, "", HEADER + "cai-rang,2024,1.1,,3,4,\nninh-kieu,2024,4.1,,1,2,\n")
        .then()
        .statusCode(200)
        .body("counts.imported", equalTo(1))
        .body("rejections[0].row", equalTo(2))
        .body("rejections[0].code", equalTo("ORG_UNIT_FORBIDDEN"));
    // a reporter token naming no org unit imports nothing
    importJson(
            Tokens.token("lost", List.of("reporter"), null),
            "",
            row("ninh-kieu", "2024", "4.1", 1, 2))
        .then()
        .statusCode(200)
        .body("status", equalTo("ERROR"))
        .body("rejections[0].code", equalTo("ORG_UNIT_FORBIDDEN"));
    assertThat(Db.count("select count(*) from submission_value")).isEqualTo(2);
  }

  @Test
  void viewersAdminsAndStrangersMayNotImport() {
    Map<String, Object> body = Map.of("values", List.of(row("ninh-kieu", "2024", "1.1", 1, 2)));
    for (String token : List.of(Tokens.viewer(), Tokens.admin(), Tokens.noRole())) {
      as(token)
          .body(body)
          .post(IMPORTS)
          .then()
          .statusCode(403)
          .contentType("application/problem+json")
          .body("code", equalTo("FORBIDDEN"));
    }
    given()
        .contentType("application/json")
        .body(body)
        .post(IMPORTS)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("code", equalTo("UNAUTHENTICATED"));
    given()
        .auth()
        .oauth2(Tokens.expired())
        .contentType("text/csv")
        .body(HEADER)
        .post(IMPORTS)
        .then()
        .statusCode(401);
    assertNothingWritten();
  }

  @Test
  void aMalformedBodyIsABadRequestAndWritesNothing() {
    String valid = "ninh-kieu,2024,1.1,,14,20,\n";
    importCsv(
            Tokens.coordinator(),
            "",
            "orgUnit,period,indicator,sex,numerator,denominator\n" + valid)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("MALFORMED_REQUEST"))
        .body("column", equalTo("flag"))
        .body("errors[0].code", equalTo("MISSING_COLUMN"));
    importCsv(Tokens.coordinator(), "", HEADER + valid + "cai-rang,2024,1.1,,many,20,\n")
        .then()
        .statusCode(400)
        .body("code", equalTo("MALFORMED_REQUEST"))
        .body("row", equalTo(2))
        .body("column", equalTo("numerator"))
        .body("detail", equalTo("Row 2, column numerator: 'many' is not a number"));
    importCsv(Tokens.coordinator(), "", HEADER + valid + "cai-rang,2024,1.1,,1,20\n")
        .then()
        .statusCode(400)
        .body("row", equalTo(2));
    importCsv(Tokens.coordinator(), "", HEADER + valid + "cai-rang,\"2024,1.1,,1,20,\n")
        .then()
        .statusCode(400)
        .body("row", equalTo(2))
        .body("errors[0].code", equalTo("UNREADABLE"));
    importCsv(Tokens.coordinator(), "", "")
        .then()
        .statusCode(400)
        .body("code", equalTo("MALFORMED_REQUEST"));
    given()
        .auth()
        .oauth2(Tokens.coordinator())
        .contentType("application/json")
        .body(
            "{\"values\": [{\"orgUnit\": \"ninh-kieu\", \"period\": \"2024\", \"indicator\": \"1.1\","
                + " \"numerator\": 1, \"denominator\": 2}, {\"orgUnit\": \"cai-rang\", \"period\":"
                + " \"2024\", \"indicator\": \"1.1\", \"numerator\": \"many\", \"denominator\": 2}]}")
        .post(IMPORTS)
        .then()
        .statusCode(400)
        .body("code", equalTo("MALFORMED_REQUEST"))
        .body("errors[0].field", equalTo("values[1].numerator"));
    for (String json :
        List.of(
            "", "{", "[]", "null", "{}", "{\"values\": [null]}", "{\"values\": [], \"x\": 1}")) {
      given()
          .auth()
          .oauth2(Tokens.coordinator())
          .contentType("application/json")
          .body(json)
          .post(IMPORTS)
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }
    given()
        .auth()
        .oauth2(Tokens.coordinator())
        .contentType("text/plain")
        .body(HEADER + valid)
        .post(IMPORTS)
        .then()
        .statusCode(415)
        .body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    importCsv(Tokens.coordinator(), "?dryRun=perhaps", HEADER + valid)
        .then()
        .statusCode(400)
        .body("code", equalTo("INVALID_PARAMETER"))
        .body("errors[0].field", equalTo("dryRun"));
    assertNothingWritten();
  }

  @Test
  void moreValuesThanTheCapAreRefusedWhole() {
    String rows = "ninh-kieu,2024,1.1,,14,20,\n".repeat(50_001);
    importCsv(Tokens.coordinator(), "", HEADER + rows)
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("code", equalTo("IMPORT_TOO_LARGE"))
        .body("maxRows", equalTo(50_000));
    assertNothingWritten();
  }

  @Test
  void submitTrueSubmitsEachSubmissionWrittenInto() {
    importJson(
            Tokens.coordinator(),
            "?submit=true",
            row("ninh-kieu", "2024", "1.1", 14, 20),
            sex("ninh-kieu", "2024", "5.2a", "female", 97, 98),
            sex("ninh-kieu", "2024", "5.2a", "male", 95, 97),
            sex("cai-rang", "2024", "5.2a", "female", 97, 98))
        .then()
        .statusCode(200)
        .body("status", equalTo("WARNING"))
        .body("submissions.orgUnit", contains("ninh-kieu"))
        .body("submissions[0].status", equalTo("SUBMITTED"))
        .body(
            "submissions[0].missing.indicator",
            contains("3.2a", "3.2b", "3.3", "4.1", "5.2b", "5.2b", "6.2", "6.3"))
        .body("rejections[0].index", equalTo(3))
        .body("rejections[0].code", equalTo("SUBMISSION_INCOMPLETE"))
        .body(
            "rejections[0].message",
            equalTo(
                "cannot submit cai-rang's submission for 2024: indicator 5.2a needs a value for"
                    + " every category"));
    String id = idOf("ninh-kieu", "2024");
    as(Tokens.reporter("ninh-kieu"))
        .get("/api/v1/submissions/" + id)
        .then()
        .body("status", equalTo("SUBMITTED"))
        .body("submittedBy", equalTo("coordinator"))
        .body("version", equalTo(2));
    as(Tokens.coordinator())
        .get("/api/v1/submissions/" + id + "/history")
        .then()
        .body("action", contains("CREATED", "SUBMITTED"))
        .body("[1].fromStatus", equalTo("DRAFT"))
        .body("[1].toStatus", equalTo("SUBMITTED"));
    assertThat(Db.count("select count(*) from submission where org_unit_code = 'cai-rang'"))
        .isZero();
    // a returned submission is corrected and sent again in one import
    move(Tokens.coordinator(), id, "return", Map.of("reason", "Kiểm tra lại chỉ tiêu 1.1"))
        .then()
        .statusCode(200);
    importCsv(Tokens.reporter("ninh-kieu"), "?submit=true", HEADER + "ninh-kieu,2024,1.1,,12,20,\n")
        .then()
        .statusCode(200)
        .body("counts.updated", equalTo(1))
        .body("submissions[0].status", equalTo("SUBMITTED"));
    as(Tokens.coordinator())
        .get("/api/v1/submissions/" + id + "/history")
        .then()
        .body("action", contains("CREATED", "SUBMITTED", "RETURNED", "VALUES_CHANGED", "SUBMITTED"))
        .body("[3].fromStatus", equalTo("RETURNED"));
  }

  @Test
  void aPeriodWhoseWindowHasNotOpenedIsRefusedWithTheSubmissionsCode() {
    // a window that opens after any real today, so that the packaged jar's clock serves too
    as(Tokens.admin())
        .body(Map.of("opensOn", "2099-05-01"))
        .put("/api/v1/periods/2024S1/window")
        .then()
        .statusCode(200)
        .body("entryState", equalTo("NOT_YET_OPEN"));
    as(Tokens.reporter("ninh-kieu"))
        .body(body("ninh-kieu", "2024S1", List.of(value("1.1", 1, 2))))
        .post("/api/v1/submissions")
        .then()
        .statusCode(409)
        .body("code", equalTo("PERIOD_NOT_YET_OPEN"));
    importJson(Tokens.coordinator(), "", row("ninh-kieu", "2024S1", "1.1", 1, 2))
        .then()
        .statusCode(200)
        .body("status", equalTo("ERROR"))
        .body("rejections.code", contains("PERIOD_NOT_YET_OPEN"))
        .body("rejections[0].field", equalTo("values[0].period"))
        .body(
            "rejections[0].message",
            equalTo("period 2024S1 opens for entry on 2099-05-01; nothing can be written"));
    assertThat(Db.count("select count(*) from submission")).isZero();
    as(Tokens.admin()).post("/api/v1/periods/2024S1/close").then().statusCode(200);
    importJson(Tokens.coordinator(), "", row("ninh-kieu", "2024S1", "1.1", 1, 2))
        .then()
        .body("rejections.code", contains("PERIOD_CLOSED"));
  }

  @Test
  void submittedAndApprovedSubmissionsAndClosedPeriodsTakeNoValue() {
    String submitted = create("ninh-kieu", "2024", List.of(value("1.1", 14, 20)));
    submit("ninh-kieu", submitted, true).then().statusCode(200);
    String approved = approved("cai-rang", "2024", List.of(value("1.1", 3, 4)));
    as(Tokens.admin()).post("/api/v1/periods/2024S1/close").then().statusCode(200);
    importCsv(
            Tokens.coordinator(),
            "",
            HEADER
                + "ninh-kieu,2024,1.1,,15,20,\n"
                + "cai-rang,2024,1.1,,1,4,\n"
                + "ninh-kieu,2024S1,1.1,,1,2,\n"
                + "binh-thuy,2024,1.1,,1,2,\n")
        .then()
        .statusCode(200)
        .body("status", equalTo("WARNING"))
        .body("counts.imported", equalTo(1))
        .body("rejections.row", contains(1, 2, 3))
        .body(
            "rejections.code",
            contains("SUBMISSION_NOT_EDITABLE", "SUBMISSION_NOT_EDITABLE", "PERIOD_CLOSED"))
        .body(
            "rejections[0].message",
            equalTo(
                "ninh-kieu's submission for 2024 is SUBMITTED; only a DRAFT or RETURNED one takes"
                    + " values"))
        .body("rejections[1].message", containsString("APPROVED"));
    as(Tokens.coordinator())
        .get("/api/v1/submissions/" + submitted)
        .then()
        .body("version", equalTo(2))
        .body("values[0].numerator", equalTo(14));
    as(Tokens.coordinator())
        .get("/api/v1/submissions/" + approved)
        .then()
        .body("status", equalTo("APPROVED"))
        .body("values[0].numerator", equalTo(3));
  }

  @Test
  void everyDistrictsWholeReportInOneCsvIsWrittenAndSubmitted() {
    List<String> districts =
        List.of(
            "ninh-kieu",
            "binh-thuy",
            "cai-rang",
            "o-mon",
            "thot-not",
            "phong-dien",
            "co-do",
            "thoi-lai",
            "vinh-thanh");
    StringBuilder csv = new StringBuilder(HEADER);
    for (String period : List.of("2024S1", "2024")) {
      for (String d : districts) {
        for (String indicator : List.of("1.1", "3.2a", "3.2b", "3.3", "6.2", "6.3")) {
          csv.append(d + "," + period + "," + indicator + ",,9,10,\n");
        }
        csv.append(d + "," + period + ",4.1,,108,100,\n");
        for (String indicator : List.of("5.2a", "5.2b")) {
          for (String sex : List.of("female", "male")) {
            csv.append(d + "," + period + "," + indicator + "," + sex + ",97,100,\n");
          }
        }
      }
    }
    importCsv(Tokens.coordinator(), "?submit=true", csv.toString())
        .then()
        .statusCode(200)
        .body("status", equalTo("SUCCESS"))
        .body("counts.imported", equalTo(2 * 9 * 11))
        .body("submissions", hasSize(18))
        .body("submissions.status", everyItem(equalTo("SUBMITTED")))
        .body("submissions.missing", everyItem(empty()));
    assertThat(Db.count("select count(*) from submission_value")).isEqualTo(2 * 9 * 11);
    assertThat(Db.count("select count(*) from submission where status = 'SUBMITTED'"))
        .isEqualTo(18);
    as(Tokens.viewer())
        .get("/api/v1/attainment?period=2024&orgUnit=can-tho&basis=submitted&indicator=1.1")
        .then()
        .statusCode(200)
        .body("[0].numerator", equalTo(81))
        .body("[0].denominator", equalTo(90));
  }

  private static Response importJson(String token, String query, Map<String, Object>... rows) {
    return given()
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .body(Map.of("values", List.of(rows)))
        .post(IMPORTS + query);
  }

  private static Response importCsv(String token, String query, String csv) {
    return csv(token).body(csv).post(IMPORTS + query);
  }

  private static RequestSpecification csv(String token) {
    return given().auth().oauth2(token).contentType("text/csv; charset=UTF-8");
  }

  private static Response keyed(String key, Map<String, Object> body, String query) {
    return given()
        .auth()
        .oauth2(Tokens.coordinator())
        .contentType("application/json")
        .header("Idempotency-Key", key)
        .body(body)
        .post(IMPORTS + query);
  }

  @SafeVarargs
  private static Map<String, Object>[] rows(Map<String, Object>... rows) {
    return rows;
  }

  static Map<String, Object> row(
      String orgUnit, String period, String indicator, Number numerator, Number denominator) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("orgUnit", orgUnit);
    m.put("period", period);
    m.put("indicator", indicator);
    m.put("numerator", numerator);
    m.put("denominator", denominator);
    return m;
  }

  static Map<String, Object> sex(
      String orgUnit,
      String period,
      String indicator,
      String sex,
      Number numerator,
      Number denominator) {
    Map<String, Object> m = row(orgUnit, period, indicator, numerator, denominator);
    m.put("disaggregation", Map.of("sex", sex));
    return m;
  }

  static Map<String, Object> flag(String orgUnit, String period, String indicator, boolean flag) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("orgUnit", orgUnit);
    m.put("period", period);
    m.put("indicator", indicator);
    m.put("flag", flag);
    return m;
  }

  private static String idOf(String orgUnit, String period) {
    return as(Tokens.coordinator())
        .get("/api/v1/submissions?orgUnit=" + orgUnit + "&period=" + period)
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .extract()
        .path("items[0].id");
  }

  private static void assertNothingWritten() {
    assertThat(Db.count("select count(*) from submission")).isZero();
    assertThat(Db.count("select count(*) from submission_value")).isZero();
    assertThat(Db.count("select count(*) from submission_event")).isZero();
    assertThat(Db.count("select count(*) from idempotency_record")).isZero();
  }
}
