package vn.cantho.gep.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.testing.ApiTest;
import vn.cantho.gep.testing.Db;
import vn.cantho.gep.testing.Tokens;

/**
 * Every number the API reads is bounded as it is read (issue 11, point 1): one beyond its column,
 * however many digits or whatever its exponent, is a 400 NUMBER_OUT_OF_RANGE naming the field,
 * answered at once in a short body, and nothing is written.
 */
@QuarkusTest
class NumberLimitsTest extends ApiTest {
  static final String CSV_HEADER = "orgUnit,period,indicator,sex,numerator,denominator,flag\n";

  /** Numbers beyond every column, each built to cost memory or time if it were expanded. */
  static final List<String> BEYOND =
      List.of(
          "1e999999999",
          "-1e999999999",
          "1e-999999999",
          "1E+2147483647",
          "1e-2147483648",
          "9".repeat(10_000),
          "-" + "9".repeat(10_000),
          "0." + "0".repeat(10_000) + "1",
          "123456789012345678901234567890.1234567");

  static final List<String> TABLES =
      List.of(
          "submission",
          "submission_value",
          "submission_event",
          "idempotency_record",
          "target_change",
          "milestone_change",
          "report_draft",
          "plan");

  Map<String, Long> before;

  @BeforeEach
  void countRows() {
    before = counts();
  }

  @Test
  void theCsvImportOfTheIssueIsA400NamingTheCell() {
    Response r =
        csv(
            Tokens.reporter("ninh-kieu"),
            CSV_HEADER + "ninh-kieu,2024,1.1,,1e999999999,1,\n",
            "?dryRun=true");
    r.then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("NUMBER_OUT_OF_RANGE"))
        .body("row", equalTo(1))
        .body("column", equalTo("numerator"))
        .body("errors[0].field", equalTo("numerator"))
        .body("errors[0].code", equalTo("NUMBER_OUT_OF_RANGE"))
        .body(
            "detail",
            equalTo(
                "Row 1, column numerator: numerator must be a number with at most 18 digits"
                    + " before the decimal point and 6 after it, written in at most 40"
                    + " characters"));
    assertShortAndQuick(r);
    assertNothingWritten();
  }

  @Test
  void theJsonImportOfTheIssueIsA400NamingTheField() {
    Response r =
        as(Tokens.reporter("ninh-kieu"))
            .body(
                "{\"values\":[{\"orgUnit\":\"ninh-kieu\",\"period\":\"2024\",\"indicator\":\"1.1\","
                    + "\"numerator\":1e999999999,\"denominator\":1}]}")
            .post("/api/v1/imports?dryRun=true");
    assertRefused(r, "values[0].numerator");
    assertNothingWritten();
  }

  @Test
  void everyCsvNumberIsBoundedInBothColumns() {
    for (String column : List.of("numerator", "denominator")) {
      for (String number : BEYOND) {
        String row =
            column.equals("numerator")
                ? "ninh-kieu,2024,1.1,," + number + ",20,\n"
                : "ninh-kieu,2024,1.1,,14," + number + ",\n";
        Response r = csv(Tokens.coordinator(), CSV_HEADER + row, "");
        assertThat(r.statusCode()).as(column + " " + abbreviate(number)).isEqualTo(400);
        assertThat(r.<String>path("code")).isEqualTo("NUMBER_OUT_OF_RANGE");
        assertThat(r.<String>path("errors[0].field")).isEqualTo(column);
        assertShortAndQuick(r);
      }
      for (String junk : List.of("NaN", "Infinity", "-Infinity", "0x1F", "\"1,5\"", "１４")) {
        String row =
            column.equals("numerator")
                ? "ninh-kieu,2024,1.1,," + junk + ",20,\n"
                : "ninh-kieu,2024,1.1,,14," + junk + ",\n";
        Response r = csv(Tokens.coordinator(), CSV_HEADER + row, "");
        assertThat(r.statusCode()).as(column + " " + junk).isEqualTo(400);
        assertThat(r.<String>path("code")).isEqualTo("MALFORMED_REQUEST");
        assertThat(r.<String>path("errors[0].code")).isEqualTo("INVALID_NUMBER");
      }
    }
    assertNothingWritten();
  }

  @Test
  void minusZeroAndALeadingPlusAreOrdinaryNumbersInACsv() {
    csv(Tokens.reporter("ninh-kieu"), CSV_HEADER + "ninh-kieu,2024,1.1,,-0,+20,\n", "?dryRun=true")
        .then()
        .statusCode(200)
        .body("counts.imported", equalTo(1))
        .body("counts.rejected", equalTo(0));
    assertNothingWritten();
  }

  @Test
  void everyJsonNumberOfASubmissionIsBounded() {
    String id = create("ninh-kieu", "2024", List.of(value("1.1", 14, 20)));
    before = counts();
    for (String number : BEYOND) {
      assertRefused(
          post("/api/v1/submissions", Tokens.reporter("ninh-kieu"), submission(number, "20")),
          "values[0].numerator");
      assertRefused(
          post("/api/v1/submissions", Tokens.reporter("ninh-kieu"), submission("14", number)),
          "values[0].denominator");
      assertRefused(
          put(
              "/api/v1/submissions/" + id,
              Tokens.reporter("ninh-kieu"),
              "{\"values\":[{\"indicator\":\"1.1\",\"numerator\":14,\"denominator\":20},"
                  + "{\"indicator\":\"4.1\",\"numerator\":112,\"denominator\":"
                  + number
                  + "}]}"),
          "values[1].denominator");
      assertRefused(
          put(
              "/api/v1/submissions/" + id,
              Tokens.reporter("ninh-kieu"),
              "{\"version\":" + number + ",\"values\":[]}"),
          "version");
    }
    assertNothingWritten();
  }

  @Test
  void everyJsonNumberOfAnImportIsBounded() {
    for (String number : BEYOND) {
      for (String field : List.of("numerator", "denominator")) {
        Map<String, String> figures = new LinkedHashMap<>(Map.of("numerator", "14"));
        figures.put("denominator", "20");
        figures.put(field, number);
        String value =
            "{\"orgUnit\":\"ninh-kieu\",\"period\":\"2024\",\"indicator\":\"1.1\",\"numerator\":"
                + figures.get("numerator")
                + ",\"denominator\":"
                + figures.get("denominator")
                + "}";
        String ok =
            "{\"orgUnit\":\"ninh-kieu\",\"period\":\"2024\",\"indicator\":\"4.1\","
                + "\"numerator\":112,\"denominator\":100}";
        assertRefused(
            post(
                "/api/v1/imports", Tokens.coordinator(), "{\"values\":[" + ok + "," + value + "]}"),
            "values[1]." + field);
      }
    }
    assertNothingWritten();
  }

  @Test
  void targetsMilestonesPlansAndDraftsBoundTheirNumbers() {
    String admin = Tokens.admin();
    for (String number : BEYOND) {
      assertRefused(
          put(
              "/api/v1/plans/2024/targets/1.1",
              admin,
              "{\"comparator\":\"GE\",\"target\":" + number + "}"),
          "target");
      assertRefused(
          put(
              "/api/v1/plans/2024/targets/1.1",
              admin,
              "{\"comparator\":\"GE\",\"target\":60,\"baseline\":" + number + "}"),
          "baseline");
      assertRefused(
          put(
              "/api/v1/milestones/3.1/2030",
              admin,
              "{\"comparator\":\"LE\",\"target\":" + number + "}"),
          "target");
      assertRefused(
          post(
              "/api/v1/plans",
              admin,
              "{\"year\":" + number + ",\"copyFrom\":2024,\"titleVi\":\"Kế hoạch\"}"),
          "year");
      assertRefused(
          post(
              "/api/v1/plans",
              admin,
              "{\"year\":2025,\"copyFrom\":" + number + ",\"titleVi\":\"Kế hoạch\"}"),
          "copyFrom");
      assertRefused(
          put(
              "/api/v1/reports/2024/draft",
              Tokens.coordinator(),
              "{\"number\":\"1\",\"issuedOn\":\"2024-12-20\",\"subject\":\"s\",\"signerName\":\"a\","
                  + "\"signerTitle\":\"b\",\"recipients\":[],\"narratives\":{},\"version\":"
                  + number
                  + "}"),
          "version");
    }
    assertNothingWritten();
  }

  /** numeric(20, 6) holds 14 digits before the point and 6 after it; the parse says so. */
  @Test
  void aTargetIsBoundedByItsOwnColumn() {
    for (String number : List.of("100000000000000", "0.1234567", "\"0.1234567\"")) {
      Response r =
          put(
              "/api/v1/plans/2024/targets/1.1",
              Tokens.admin(),
              "{\"comparator\":\"GE\",\"target\":" + number + "}");
      assertRefused(r, "target");
      assertThat(r.<String>path("errors[0].message"))
          .isEqualTo(
              "target must be a number with at most 14 digits before the decimal point and 6"
                  + " after it, written in at most 40 characters");
    }
    put("/api/v1/plans/2024/targets/1.1", Tokens.admin(), "{\"comparator\":\"GE\",\"target\":60.5}")
        .then()
        .statusCode(200);
  }

  @Test
  void notANumberIsAWrongTypeAndMinusZeroIsZero() {
    for (String junk : List.of("\"NaN\"", "\"Infinity\"", "\"0x1F\"", "NaN", "Infinity", "+1")) {
      Response r =
          post("/api/v1/submissions", Tokens.reporter("ninh-kieu"), submission(junk, "20"));
      assertThat(r.statusCode()).as(junk).isEqualTo(400);
      assertThat(r.<String>path("code")).as(junk).isEqualTo("MALFORMED_REQUEST");
    }
    post("/api/v1/submissions", Tokens.reporter("ninh-kieu"), submission("\"NaN\"", "20"))
        .then()
        .body("errors[0].field", equalTo("values[0].numerator"))
        .body("errors[0].code", equalTo("INVALID_TYPE"));
    assertNothingWritten();
    post("/api/v1/submissions", Tokens.reporter("ninh-kieu"), submission("-0", "20"))
        .then()
        .statusCode(201)
        .body("values[0].numerator", equalTo(0));
  }

  /** Past the JSON reader's own wall the field is named as closely as the reader knows it. */
  @Test
  void aNumberLongerThanTheReaderTakesIsStillA400() {
    Response r =
        post(
            "/api/v1/submissions",
            Tokens.reporter("ninh-kieu"),
            submission("9".repeat(100_000), "20"));
    r.then().statusCode(400).body("code", equalTo("NUMBER_OUT_OF_RANGE"));
    assertThat(r.<String>path("errors[0].field")).startsWith("values[0]");
    assertShortAndQuick(r);
    Response top =
        put(
            "/api/v1/plans/2024/targets/1.1",
            Tokens.admin(),
            "{\"comparator\":\"GE\",\"target\":" + "9".repeat(100_000) + "}");
    top.then().statusCode(400).body("code", equalTo("NUMBER_OUT_OF_RANGE"));
    assertNothingWritten();
  }

  @Test
  void queryParametersAreBoundedAndEchoedShort() {
    for (String page : List.of("9".repeat(2_000), "1e999999999", "x".repeat(2_000), "NaN")) {
      Response r = as(Tokens.coordinator()).queryParam("page", page).get("/api/v1/submissions");
      assertThat(r.statusCode()).as(abbreviate(page)).isEqualTo(400);
      assertThat(r.<String>path("code")).isEqualTo("INVALID_PARAMETER");
      assertThat(r.<String>path("errors[0].field")).isEqualTo("page");
      assertShortAndQuick(r);
    }
    as(Tokens.viewer()).queryParam("year", "2.024e3").get("/api/v1/periods").then().statusCode(200);
  }

  private static void assertRefused(Response r, String field) {
    assertThat(r.statusCode()).as(field + ": " + abbreviate(r.asString())).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.<String>path("code")).as(field).isEqualTo("NUMBER_OUT_OF_RANGE");
    assertThat(r.<String>path("errors[0].field")).isEqualTo(field);
    assertThat(r.<String>path("errors[0].code")).isEqualTo("NUMBER_OUT_OF_RANGE");
    assertShortAndQuick(r);
  }

  /** The answer repeats no long number and comes at once, whatever the number was. */
  private static void assertShortAndQuick(Response r) {
    assertThat(r.asString().length()).isLessThan(1_000);
    assertThat(r.asString()).doesNotContain("9".repeat(41)).doesNotContain("0".repeat(41));
    assertThat(r.time()).isLessThan(5_000L);
  }

  private void assertNothingWritten() {
    assertThat(counts()).isEqualTo(before);
  }

  private static Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : TABLES) {
      counts.put(table, Db.count("select count(*) from " + table));
    }
    counts.put(
        "targets changed", Db.count("select count(*) from target where updated_by <> 'migration'"));
    return counts;
  }

  private static String submission(String numerator, String denominator) {
    return "{\"orgUnit\":\"ninh-kieu\",\"period\":\"2024\",\"values\":[{\"indicator\":\"1.1\","
        + "\"numerator\":"
        + numerator
        + ",\"denominator\":"
        + denominator
        + "}]}";
  }

  private static Response csv(String token, String body, String query) {
    return as(token).contentType("text/csv").body(body).post("/api/v1/imports" + query);
  }

  private static Response post(String path, String token, String body) {
    return as(token).body(body).post(path);
  }

  private static Response put(String path, String token, String body) {
    return as(token).body(body).put(path);
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "...";
  }
}
