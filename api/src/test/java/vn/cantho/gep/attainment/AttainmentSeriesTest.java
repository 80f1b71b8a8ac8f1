package vn.cantho.gep.attainment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.testing.ApiTest;
import vn.cantho.gep.testing.Db;
import vn.cantho.gep.testing.Tokens;

/** An indicator across periods of two plan years, each against its own year's target. */
@QuarkusTest
class AttainmentSeriesTest extends ApiTest {

  @BeforeEach
  @AfterEach
  void onlyThe2024Plan() {
    Db.reset();
  }

  /** 2023 from 2024 with the 1.1 target at 55 %: periods 2023S1, 2023, 2024S1, 2024. */
  private static void plan2023() {
    as(Tokens.admin())
        .body(Map.of("year", 2023, "copyFrom", 2024, "titleVi", "Kế hoạch năm 2023 của thành phố"))
        .post("/api/v1/plans")
        .then()
        .statusCode(201);
    as(Tokens.admin())
        .body(Map.of("comparator", "GE", "target", 55))
        .put("/api/v1/plans/2023/targets/1.1")
        .then()
        .statusCode(200);
  }

  private static io.restassured.response.ValidatableResponse series(String query) {
    return as(Tokens.viewer()).get("/api/v1/attainment/series?" + query).then().statusCode(200);
  }

  @Test
  void theSeriesRunsAcrossPlanYearsEachAgainstItsOwnTarget() {
    plan2023();
    approved("so-noi-vu", "2023", List.of(value("1.1", 11, 20)));
    approved("ninh-kieu", "2023", List.of(value("1.1", 1, 5)));
    approved("so-noi-vu", "2024S1", List.of(value("1.1", 6, 10)));
    approved("so-noi-vu", "2024", List.of(value("1.1", 12, 21)));
    // submitted, not approved: counted only on the submitted basis
    String id = create("cai-rang", "2024", List.of(value("1.1", 9, 9)));
    submit("cai-rang", id, true).then().statusCode(200);

    series("indicator=1.1&orgUnit=can-tho&basis=approved")
        .body("indicator", equalTo("1.1"))
        .body("unit", equalTo("%"))
        .body("orgUnit", equalTo("can-tho"))
        .body("basis", equalTo("APPROVED"))
        .body("points.period", contains("2023S1", "2023", "2024S1", "2024"))
        .body("points.planYear", contains(2023, 2023, 2024, 2024))
        .body("points.target", contains(55, 55, 60, 60))
        .body("points.comparator", contains("GE", "GE", "GE", "GE"))
        .body("points.status", contains("NO_DATA", "NOT_ACHIEVED", "ACHIEVED", "NOT_ACHIEVED"))
        .body("points[0].value", nullValue())
        // 2023: (11 + 1) / (20 + 5) = 48 %
        .body("points[1].numerator", equalTo(12))
        .body("points[1].denominator", equalTo(25))
        .body("points[1].value", equalTo(48))
        .body("points[1].reporters.reported", equalTo(2))
        .body("points[1].reporters.expected", equalTo(10))
        .body("points[2].value", equalTo(60))
        .body("points[3].value", equalTo(57.142857f))
        .body("points[3].reporters.reported", equalTo(1))
        // national milestones beside the 2024 target (latest plan up to 2025) and latest value
        .body("milestones.year", contains(2025, 2030))
        .body("milestones.target", contains(60, 75))
        .body("milestones[0].cityTargetYear", equalTo(2024))
        .body("milestones[0].cityTarget", equalTo(60))
        .body("milestones[0].targetGap", equalTo(0))
        .body("milestones[0].targetMeets", equalTo(true))
        .body("milestones[1].targetGap", equalTo(-15))
        .body("milestones[1].targetMeets", equalTo(false))
        .body("milestones[0].latestPeriod", equalTo("2024"))
        .body("milestones[0].latestValue", equalTo(57.142857f))
        .body("milestones[0].valueGap", equalTo(-2.857143f))
        .body("milestones[0].valueMeets", equalTo(false));

    // the same figures as GET /attainment, period by period
    as(Tokens.viewer())
        .get("/api/v1/attainment?period=2023&indicator=1.1")
        .then()
        .body("[0].value", equalTo(48))
        .body("[0].target", equalTo(55));

    series("indicator=1.1&basis=submitted&periodType=YEARLY")
        .body("points.period", contains("2023", "2024"))
        .body("points[1].numerator", equalTo(21))
        .body("points[1].denominator", equalTo(30))
        .body("points[1].status", equalTo("ACHIEVED"));

    series("indicator=1.1&orgUnit=ninh-kieu")
        .body("points[1].value", equalTo(20))
        .body("points[1].reporters.expected", equalTo(1))
        .body("points[3].status", equalTo("NO_DATA"))
        .body("milestones[0].latestPeriod", equalTo("2023"));
  }

  @Test
  void anIndicatorWithoutMilestonesHasAnEmptyListAndLowerIsBetterGapsAreReversed() {
    approved("so-ldtbxh", "2024", List.of(value("2.2", 27, 100)));
    series("indicator=3.1").body("milestones", hasSize(0)).body("points", hasSize(2));
    series("indicator=2.2")
        .body("milestones[0].comparator", equalTo("LT"))
        .body("milestones[0].cityTarget", equalTo(26))
        .body("milestones[0].targetGap", equalTo(4))
        .body("milestones[1].targetGap", equalTo(-1))
        .body("milestones[0].valueGap", equalTo(3))
        .body("milestones[1].valueGap", equalTo(-2))
        .body("milestones[1].valueMeets", equalTo(false));
  }

  @Test
  void everyRoleReadsTheSeriesAndATokenWithoutARoleDoesNot() {
    for (String token :
        List.of(Tokens.admin(), Tokens.coordinator(), Tokens.viewer(), Tokens.reporter("co-do"))) {
      as(token).get("/api/v1/attainment/series?indicator=4.3").then().statusCode(200);
    }
    as(Tokens.noRole()).get("/api/v1/attainment/series?indicator=4.3").then().statusCode(403);
  }

  @Test
  void badQueriesAreProblems() {
    as(Tokens.viewer())
        .get("/api/v1/attainment/series")
        .then()
        .statusCode(400)
        .body("code", equalTo("INVALID_PARAMETER"));
    as(Tokens.viewer())
        .get("/api/v1/attainment/series?indicator=9.9")
        .then()
        .statusCode(404)
        .body("code", equalTo("INDICATOR_NOT_FOUND"));
    as(Tokens.viewer())
        .get("/api/v1/attainment/series?indicator=1.1&orgUnit=atlantis")
        .then()
        .statusCode(404)
        .body("code", equalTo("ORG_UNIT_NOT_FOUND"));
    as(Tokens.viewer())
        .get("/api/v1/attainment/series?indicator=1.1&periodType=WEEKLY")
        .then()
        .statusCode(400);
    as(Tokens.viewer())
        .get("/api/v1/attainment/series?indicator=1.1&basis=draft")
        .then()
        .statusCode(400);
    io.restassured.RestAssured.given()
        .get("/api/v1/attainment/series?indicator=1.1")
        .then()
        .statusCode(401);
  }
}
