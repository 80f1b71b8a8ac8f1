package vn.cantho.gep.opendata;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.demo.DemoData;
import vn.cantho.gep.indicator.Categories;
import vn.cantho.gep.testing.ApiTest;
import vn.cantho.gep.testing.Tokens;

/** The open-data CSV files parsed back and held against the JSON API. */
@QuarkusTest
class OpenDataResourceTest extends ApiTest {

  static List<CSVRecord> csv(String token, String path, String fileName, List<String> header)
      throws Exception {
    String body =
        given()
            .auth()
            .oauth2(token)
            .get(path)
            .then()
            .statusCode(200)
            .contentType("text/csv; charset=UTF-8")
            .header(
                "Content-Disposition",
                "attachment; filename=\"" + fileName + "\"; filename*=UTF-8''" + fileName)
            .extract()
            .asString();
    assertThat(body).doesNotStartWith("\uFEFF");
    try (CSVParser parser =
        CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(body))) {
      assertThat(parser.getHeaderNames()).isEqualTo(header);
      return parser.getRecords();
    }
  }

  /** JSON numbers read as BigDecimal, so that no decimal is rounded through a float. */
  static JsonPath exact(String json) {
    return new JsonPath(json)
        .using(
            JsonPathConfig.jsonPathConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
  }

  private static String plain(Object json) {
    return json == null ? "" : new BigDecimal(json.toString()).stripTrailingZeros().toPlainString();
  }

  @Test
  @SuppressWarnings("unchecked")
  void attainmentCsvEqualsTheJsonAttainment() throws Exception {
    DemoData.load();
    for (String unit : List.of("can-tho", "ninh-kieu")) {
      String body =
          as(Tokens.reporter("ninh-kieu"))
              .get("/api/v1/attainment?period=2024&orgUnit=" + unit)
              .then()
              .extract()
              .asString();
      List<List<String>> expected = new ArrayList<>();
      for (Map<String, Object> r : exact(body).<Map<String, Object>>getList("$")) {
        Map<String, Object> reporters = (Map<String, Object>) r.get("reporters");
        List<String> common =
            List.of("2024", unit, (String) r.get("indicator"), (String) r.get("objective"));
        List<String> tail =
            List.of(
                (String) r.get("nameVi"),
                (String) r.get("unit"),
                (String) r.get("comparator"),
                plain(r.get("target")));
        List<String> total = new ArrayList<>(common);
        total.add("");
        total.addAll(tail);
        total.addAll(
            List.of(
                plain(r.get("numerator")),
                plain(r.get("denominator")),
                plain(r.get("value")),
                r.get("flag") == null ? "" : r.get("flag").toString(),
                (String) r.get("status"),
                reporters.get("expected").toString(),
                reporters.get("reported").toString()));
        expected.add(total);
        for (Map<String, Object> b : (List<Map<String, Object>>) r.get("breakdown")) {
          List<String> row = new ArrayList<>(common);
          row.add(Categories.key((Map<String, String>) b.get("category")));
          row.addAll(tail);
          row.addAll(
              List.of(
                  plain(b.get("numerator")),
                  plain(b.get("denominator")),
                  plain(b.get("value")),
                  "",
                  (String) b.get("status"),
                  reporters.get("expected").toString(),
                  reporters.get("reported").toString()));
          expected.add(row);
        }
      }
      List<CSVRecord> records =
          csv(
              Tokens.reporter("ninh-kieu"),
              "/api/v1/open-data/attainment?period=2024&orgUnit=" + unit,
              "attainment-2024-" + unit + ".csv",
              OpenDataCsv.ATTAINMENT_COLUMNS);
      assertThat(records.stream().map(CSVRecord::toList).toList()).isEqualTo(expected);
      assertThat(records).anyMatch(r -> r.get("category").equals("sex=female"));
      assertThat(records).anyMatch(r -> r.get("value").matches("\\d+\\.\\d+"));
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void valuesCsvHoldsEveryApprovedValueOfTheSubmissions() throws Exception {
    DemoData.load();
    List<String> expected = new ArrayList<>();
    List<Map<String, Object>> approved =
        as(Tokens.coordinator())
            .get("/api/v1/submissions?period=2024&status=APPROVED&size=200")
            .then()
            .extract()
            .jsonPath()
            .getList("items");
    assertThat(approved).isNotEmpty();
    for (Map<String, Object> s : approved) {
      String submission =
          as(Tokens.coordinator())
              .get("/api/v1/submissions/" + s.get("id"))
              .then()
              .extract()
              .asString();
      for (Map<String, Object> v : exact(submission).<Map<String, Object>>getList("values")) {
        Map<String, String> d = (Map<String, String>) v.get("disaggregation");
        expected.add(
            String.join(
                "|",
                s.get("orgUnit").toString(),
                v.get("indicator").toString(),
                d == null ? "" : Categories.key(d),
                plain(v.get("numerator")),
                plain(v.get("denominator")),
                plain(v.get("value")),
                v.get("flag") == null ? "" : v.get("flag").toString()));
      }
    }
    List<CSVRecord> records =
        csv(
            Tokens.viewer(),
            "/api/v1/open-data/values?period=2024",
            "values-2024-can-tho.csv",
            OpenDataCsv.VALUE_COLUMNS);
    assertThat(
            records.stream()
                .map(
                    r ->
                        String.join(
                            "|",
                            r.get("org_unit"),
                            r.get("indicator"),
                            r.get("category"),
                            r.get("numerator"),
                            r.get("denominator"),
                            r.get("value"),
                            r.get("flag")))
                .toList())
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(records).allMatch(r -> r.get("period").equals("2024"));
    assertThat(records).anyMatch(r -> r.get("org_unit_name_vi").equals("Quận Ninh Kiều"));
    // a district's file holds only its own figures
    List<CSVRecord> district =
        csv(
            Tokens.coordinator(),
            "/api/v1/open-data/values?period=2024&orgUnit=ninh-kieu",
            "values-2024-ninh-kieu.csv",
            OpenDataCsv.VALUE_COLUMNS);
    assertThat(district).isNotEmpty().allMatch(r -> r.get("org_unit").equals("ninh-kieu"));
  }

  @Test
  void badRequestsAreProblems() {
    as(Tokens.viewer())
        .get("/api/v1/open-data/attainment")
        .then()
        .statusCode(400)
        .body("code", equalTo("INVALID_PARAMETER"));
    as(Tokens.viewer())
        .get("/api/v1/open-data/values?period=1999")
        .then()
        .statusCode(404)
        .body("code", equalTo("PERIOD_NOT_FOUND"));
    as(Tokens.viewer())
        .get("/api/v1/open-data/values?period=2024&orgUnit=nowhere")
        .then()
        .statusCode(404)
        .body("code", equalTo("ORG_UNIT_NOT_FOUND"));
    as(Tokens.reporter("ninh-kieu"))
        .get("/api/v1/open-data/values?period=2024")
        .then()
        .statusCode(403)
        .body("code", equalTo("FORBIDDEN"));
    given().get("/api/v1/open-data/attainment?period=2024").then().statusCode(401);
  }
}
