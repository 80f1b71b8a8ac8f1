package vn.cantho.gep.attainment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.testing.ApiTest;
import vn.cantho.gep.testing.Tokens;

/** Attainment worked out by hand for the plan's characteristic indicators. */
@QuarkusTest
class AttainmentResourceTest extends ApiTest {

  private static ValidatableResponse attainment(String query) {
    return as(Tokens.viewer()).get("/api/v1/attainment?" + query).then().statusCode(200);
  }

  @Test
  void womenLeadersCityIsARatioOfSumsWhereTheMeanWouldSayTheOpposite() {
    // so-noi-vu 1/1 = 100 %, ninh-kieu 10/30 = 33.3 %, cai-rang 7/10 = 70 %.
    // Mean of percentages 67.8 % would pass 60 %; the city's share 18/41 = 43.9 % does not.
    approved("so-noi-vu", "2024", List.of(value("1.1", 1, 1)));
    approved("ninh-kieu", "2024", List.of(value("1.1", 10, 30)));
    approved("cai-rang", "2024", List.of(value("1.1", 7, 10)));
    attainment("period=2024&orgUnit=can-tho&indicator=1.1")
        .body("$", hasSize(1))
        .body("[0].indicator", equalTo("1.1"))
        .body("[0].numerator", equalTo(18))
        .body("[0].denominator", equalTo(41))
        .body("[0].value", equalTo(43.902439f))
        .body("[0].target", equalTo(60))
        .body("[0].comparator", equalTo("GE"))
        .body("[0].status", equalTo("NOT_ACHIEVED"))
        .body("[0].reporters.expected", equalTo(10))
        .body("[0].reporters.reported", equalTo(3))
        .body("[0].reporters.missing", hasSize(7))
        .body("[0].breakdown", hasSize(0));
    // a district's figure is its own
    attainment("period=2024&orgUnit=cai-rang&indicator=1.1")
        .body("[0].numerator", equalTo(7))
        .body("[0].denominator", equalTo(10))
        .body("[0].value", equalTo(70))
        .body("[0].status", equalTo("ACHIEVED"))
        .body("[0].reporters.expected", equalTo(1))
        .body("[0].reporters.reported", equalTo(1));
    attainment("period=2024&orgUnit=ninh-kieu&indicator=1.1")
        .body("[0].value", equalTo(33.333333f))
        .body("[0].status", equalTo("NOT_ACHIEVED"));
  }

  /** Results are reused between calls: a new approval and a target change must still show. */
  @Test
  void aRepeatedReadFollowsEveryApprovalAndTargetChange() {
    approved("ninh-kieu", "2024", List.of(value("1.1", 10, 30)));
    attainment("period=2024&indicator=1.1").body("[0].numerator", equalTo(10));
    attainment("period=2024&indicator=1.1").body("[0].status", equalTo("NOT_ACHIEVED"));
    approved("cai-rang", "2024", List.of(value("1.1", 15, 20)));
    attainment("period=2024&indicator=1.1")
        .body("[0].numerator", equalTo(25))
        .body("[0].reporters.reported", equalTo(2))
        .body("[0].status", equalTo("NOT_ACHIEVED"));
    as(Tokens.admin())
        .body(java.util.Map.of("comparator", "GE", "target", 50))
        .put("/api/v1/plans/2024/targets/1.1")
        .then()
        .statusCode(200);
    attainment("period=2024&indicator=1.1")
        .body("[0].target", equalTo(50))
        .body("[0].status", equalTo("ACHIEVED"));
  }

  @Test
  void womenInAgricultureAtExactly26IsNotBelow26() {
    approved("so-ldtbxh", "2024", List.of(value("2.2", 26, 100)));
    attainment("period=2024&indicator=2.2")
        .body("[0].value", equalTo(26))
        .body("[0].comparator", equalTo("LT"))
        .body("[0].status", equalTo("NOT_ACHIEVED"));
  }

  @Test
  void womenInAgricultureJustBelow26IsMet() {
    approved("so-ldtbxh", "2024", List.of(value("2.2", 2599, 10000)));
    attainment("period=2024&indicator=2.2")
        .body("[0].value", equalTo(25.99f))
        .body("[0].status", equalTo("ACHIEVED"));
  }

  @Test
  void sexRatioAtBirthAddsBirthsAcrossReporters() {
    // so-y-te 520 boys / 500 girls = 104 (meets <= 105); ninh-kieu 560/520 = 107.7 (does not).
    // City: 1080/1020 = 105.88 boys per 100 girls: not met.
    approved("so-y-te", "2024", List.of(value("4.1", 520, 500)));
    approved("ninh-kieu", "2024", List.of(value("4.1", 560, 520)));
    attainment("period=2024&indicator=4.1")
        .body("[0].numerator", equalTo(1080))
        .body("[0].denominator", equalTo(1020))
        .body("[0].value", equalTo(105.882353f))
        .body("[0].unit", equalTo("boys per 100 girls"))
        .body("[0].status", equalTo("NOT_ACHIEVED"));
    attainment("period=2024&orgUnit=so-y-te&indicator=4.1")
        .body("[0].value", equalTo(104))
        .body("[0].status", equalTo("ACHIEVED"));
  }

  @Test
  void adolescentBirthRateShowsProgressFromTheBaseline() {
    // 135 births / 10,000 women aged 15-19 = 13.5 per 1,000: half way from 15 toward 12, not yet <=
    // 12.
    approved("so-y-te", "2024", List.of(value("4.3", 135, 10000)));
    attainment("period=2024&indicator=4.3")
        .body("[0].value", equalTo(13.5f))
        .body("[0].baseline", equalTo(15))
        .body("[0].target", equalTo(12))
        .body("[0].progress", equalTo(50))
        .body("[0].status", equalTo("NOT_ACHIEVED"));
  }

  @Test
  void genderInCurriculaIsAYesNoIndicator() {
    approved("so-gddt", "2024", List.of(flag("5.1", true)));
    attainment("period=2024&indicator=5.1")
        .body("[0].comparator", equalTo("TRUE"))
        .body("[0].flag", equalTo(true))
        .body("[0].target", nullValue())
        .body("[0].status", equalTo("ACHIEVED"));
  }

  @Test
  void primaryCompletionIsMetOnlyWhenBothSexesAre() {
    // girls 99/100 = 99 % > 98; boys 97/100 = 97 % not > 98: not met, although the total is 98 %.
    approved(
        "so-gddt",
        "2024",
        List.of(value("5.2a", "female", 99, 100), value("5.2a", "male", 97, 100)));
    attainment("period=2024&indicator=5.2a")
        .body("[0].numerator", equalTo(196))
        .body("[0].denominator", equalTo(200))
        .body("[0].status", equalTo("NOT_ACHIEVED"))
        .body("[0].breakdown", hasSize(2))
        .body("[0].breakdown.find { it.category.sex == 'female' }.value", equalTo(99))
        .body("[0].breakdown.find { it.category.sex == 'female' }.status", equalTo("ACHIEVED"))
        .body("[0].breakdown.find { it.category.sex == 'male' }.value", equalTo(97))
        .body("[0].breakdown.find { it.category.sex == 'male' }.status", equalTo("NOT_ACHIEVED"));
  }

  @Test
  void noFiguresIsNoData() {
    attainment("period=2024&indicator=6.4")
        .body("[0].status", equalTo("NO_DATA"))
        .body("[0].numerator", nullValue())
        .body("[0].value", nullValue())
        .body("[0].reporters.expected", equalTo(2))
        .body("[0].reporters.reported", equalTo(0))
        .body("[0].reporters.missing", contains("dai-ptth", "so-tttt"));
    // an indicator a district does not report has no expected reporters there
    attainment("period=2024&orgUnit=ninh-kieu&indicator=2.1")
        .body("[0].status", equalTo("NO_DATA"))
        .body("[0].reporters.expected", equalTo(0));
  }

  @Test
  void onlyApprovedFiguresCountUnlessProvisionalOnesAreAskedFor() {
    String id = create("so-ldtbxh", "2024", List.of(value("2.1", 62, 100)));
    attainment("period=2024&indicator=2.1").body("[0].status", equalTo("NO_DATA"));
    submit("so-ldtbxh", id, true).then().statusCode(200);
    attainment("period=2024&indicator=2.1").body("[0].status", equalTo("NO_DATA"));
    attainment("period=2024&indicator=2.1&basis=submitted")
        .body("[0].basis", equalTo("SUBMITTED"))
        .body("[0].status", equalTo("ACHIEVED"))
        .body("[0].value", equalTo(62));
    approve(id).then().statusCode(200);
    attainment("period=2024&indicator=2.1").body("[0].status", equalTo("ACHIEVED"));
    move(
            Tokens.coordinator(),
            id,
            "reopen",
            Map.of("reason", "Số liệu điều tra đã được điều chỉnh"))
        .then()
        .statusCode(200);
    attainment("period=2024&indicator=2.1").body("[0].status", equalTo("NO_DATA"));
  }

  @Test
  void periodsAreSeparate() {
    approved("so-ldtbxh", "2024S1", List.of(value("2.1", 62, 100)));
    attainment("period=2024S1&indicator=2.1").body("[0].status", equalTo("ACHIEVED"));
    attainment("period=2024&indicator=2.1").body("[0].status", equalTo("NO_DATA"));
  }

  @Test
  void servesEveryIndicatorAndAPerObjectiveSummary() {
    approved("so-ldtbxh", "2024", List.of(value("2.1", 62, 100), value("2.2", 26, 100)));
    approved("so-gddt", "2024", List.of(flag("5.1", true)));
    attainment("period=2024").body("$", hasSize(22)).body("[0].indicator", equalTo("1.1"));
    as(Tokens.reporter("ninh-kieu"))
        .get("/api/v1/attainment/summary?period=2024")
        .then()
        .statusCode(200)
        .body("$", hasSize(6))
        .body("[1].objective", equalTo("2"))
        .body("[1].total", equalTo(3))
        .body("[1].achieved", equalTo(1))
        .body("[1].notAchieved", equalTo(1))
        .body("[1].noData", equalTo(1))
        .body("[4].achieved", equalTo(1))
        .body("[4].noData", equalTo(5));
  }

  @Test
  void badParametersAreClearProblems() {
    as(Tokens.viewer())
        .get("/api/v1/attainment")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("period"));
    as(Tokens.viewer())
        .get("/api/v1/attainment?period=2099")
        .then()
        .statusCode(404)
        .body("code", equalTo("PERIOD_NOT_FOUND"));
    as(Tokens.viewer()).get("/api/v1/attainment?period=2024&orgUnit=x").then().statusCode(404);
    as(Tokens.viewer()).get("/api/v1/attainment?period=2024&indicator=7.7").then().statusCode(404);
    as(Tokens.viewer()).get("/api/v1/attainment?period=2024&basis=draft").then().statusCode(400);
  }
}
