package vn.cantho.gep.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.testing.ApiTest;
import vn.cantho.gep.testing.Db;
import vn.cantho.gep.testing.Tokens;

/** An admin starts a new plan year from an earlier one; the new year then lives on its own. */
@QuarkusTest
class PlanYearResourceTest extends ApiTest {
  private static final String TITLE_2025 =
      "Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới thành phố Cần Thơ năm 2025";

  @BeforeEach
  @AfterEach
  void onlyThe2024Plan() {
    Db.reset();
  }

  static Map<String, Object> plan(Object year, Object copyFrom) {
    Map<String, Object> body = new HashMap<>();
    body.put("year", year);
    body.put("copyFrom", copyFrom);
    body.put("titleVi", TITLE_2025);
    return body;
  }

  @Test
  void anAdminCopiesThe2024PlanInto2025WithItsPeriods() {
    long targets2024 = Db.count("select count(*) from target where plan_year = 2024");
    long reporters2024 = Db.count("select count(*) from plan_reporter where plan_year = 2024");
    as(Tokens.admin())
        .body(plan(2025, 2024))
        .post("/api/v1/plans")
        .then()
        .statusCode(201)
        .header("Location", endsWith("/api/v1/plans/2025"))
        .body("plan.year", equalTo(2025))
        .body("plan.titleVi", equalTo(TITLE_2025))
        .body("plan.issuedByVi", equalTo("Ủy ban nhân dân thành phố Cần Thơ"))
        .body("copiedFrom", equalTo(2024))
        .body("targets", equalTo((int) targets2024))
        .body("reporters", equalTo((int) reporters2024))
        .body("periodsCreated", contains("2025S1", "2025"));
    as(Tokens.viewer())
        .get("/api/v1/periods/2025S1")
        .then()
        .statusCode(200)
        .body("type", equalTo("SIX_MONTHLY"))
        .body("year", equalTo(2025))
        .body("dueDate", equalTo("2025-06-10"))
        .body("open", equalTo(true));
    as(Tokens.viewer())
        .get("/api/v1/periods/2025")
        .then()
        .body("type", equalTo("YEARLY"))
        .body("dueDate", equalTo("2025-12-10"))
        .body("end", equalTo("2025-12-31"));
    as(Tokens.viewer()).get("/api/v1/plans").then().body("year", contains(2024, 2025));

    // the copy is the new year's own: changing it leaves 2024 alone
    as(Tokens.admin())
        .body(Map.of("comparator", "GE", "target", 65))
        .put("/api/v1/plans/2025/targets/1.1")
        .then()
        .statusCode(200);
    as(Tokens.viewer())
        .get("/api/v1/indicators/1.1?year=2025")
        .then()
        .body("target", equalTo(65))
        .body("planYear", equalTo(2025))
        .body("reporters", hasItem("so-noi-vu"));
    as(Tokens.viewer()).get("/api/v1/indicators/1.1?year=2024").then().body("target", equalTo(60));
    as(Tokens.viewer())
        .get("/api/v1/indicators?year=2025&reporter=so-noi-vu")
        .then()
        .body("code", hasItem("1.1"));

    // the reporters carry over: so-noi-vu reports 1.1 in 2025S1 against the 2025 target
    approved("so-noi-vu", "2025S1", List.of(value("1.1", 62, 100)));
    as(Tokens.viewer())
        .get("/api/v1/attainment?period=2025S1&indicator=1.1")
        .then()
        .body("[0].target", equalTo(65))
        .body("[0].status", equalTo("NOT_ACHIEVED"));
  }

  @Test
  void existingPeriodsAreKept() {
    Db.exec(
        "insert into period (code, type, year, start_date, end_date, due_date, open) values"
            + " ('2026S1', 'SIX_MONTHLY', 2026, '2026-01-01', '2026-06-30', '2026-06-15', false)");
    as(Tokens.admin())
        .body(plan(2026, 2024))
        .post("/api/v1/plans")
        .then()
        .statusCode(201)
        .body("periodsCreated", contains("2026"));
    as(Tokens.viewer())
        .get("/api/v1/periods/2026S1")
        .then()
        .body("dueDate", equalTo("2026-06-15"))
        .body("open", equalTo(false));
  }

  @Test
  void anEnglishTitleIsOptional() {
    Map<String, Object> body = plan(2025, 2024);
    body.put("titleEn", "  Gender equality plan 2025 ");
    as(Tokens.admin())
        .body(body)
        .post("/api/v1/plans")
        .then()
        .statusCode(201)
        .body("plan.titleEn", equalTo("Gender equality plan 2025"));
  }

  @Test
  void anExistingYearAnUnknownSourceAndABadYearAreProblemsThatChangeNothing() {
    as(Tokens.admin())
        .body(plan(2024, 2024))
        .post("/api/v1/plans")
        .then()
        .statusCode(409)
        .body("code", equalTo("PLAN_EXISTS"));
    as(Tokens.admin())
        .body(plan(2025, 2023))
        .post("/api/v1/plans")
        .then()
        .statusCode(422)
        .body("code", equalTo("PLAN_SOURCE_NOT_FOUND"))
        .body("errors[0].field", equalTo("copyFrom"));
    as(Tokens.admin())
        .body(plan(2031, 2024))
        .post("/api/v1/plans")
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors.field", contains("year"));
    as(Tokens.admin()).body(plan("năm sau", 2024)).post("/api/v1/plans").then().statusCode(400);
    Map<String, Object> noTitle = plan(2025, 2024);
    noTitle.put("titleVi", " ");
    as(Tokens.admin())
        .body(noTitle)
        .post("/api/v1/plans")
        .then()
        .statusCode(400)
        .body("errors.field", contains("titleVi"));
    as(Tokens.admin())
        .body(Map.of("copyFrom", 2024, "titleVi", TITLE_2025))
        .post("/api/v1/plans")
        .then()
        .statusCode(400)
        .body("errors.field", contains("year"));
    assertThat(Db.count("select count(*) from plan")).isEqualTo(1);
    assertThat(Db.count("select count(*) from period where year <> 2024")).isZero();
    assertThat(Db.count("select count(*) from target where plan_year <> 2024")).isZero();
  }

  @Test
  void onlyAnAdminStartsAPlanYear() {
    for (String token :
        List.of(Tokens.coordinator(), Tokens.viewer(), Tokens.reporter("ninh-kieu"))) {
      as(token).body(plan(2025, 2024)).post("/api/v1/plans").then().statusCode(403);
    }
    io.restassured.RestAssured.given()
        .contentType("application/json")
        .body(plan(2025, 2024))
        .post("/api/v1/plans")
        .then()
        .statusCode(401);
    assertThat(Db.count("select count(*) from plan")).isEqualTo(1);
  }

  @Test
  void theConfirmedNationalMilestonesAreSeeded() {
    as(Tokens.reporter("ninh-kieu"))
        .get("/api/v1/milestones")
        .then()
        .statusCode(200)
        .body("$", hasSize(8))
        .body("indicator", contains("1.1", "1.1", "2.1", "2.1", "2.2", "2.2", "2.3", "2.3"))
        .body("year", contains(2025, 2030, 2025, 2030, 2025, 2030, 2025, 2030))
        .body("comparator", contains("GE", "GE", "GE", "GE", "LT", "LT", "GE", "GE"))
        .body("target", contains(60, 75, 50, 60, 30, 25, 27, 30))
        .body("[3].noteVi", equalTo("khoảng 60 %"));
    as(Tokens.viewer())
        .get("/api/v1/milestones?indicator=2.2")
        .then()
        .body("year", contains(2025, 2030));
    as(Tokens.viewer())
        .get("/api/v1/milestones?indicator=9.9")
        .then()
        .statusCode(404)
        .body("code", equalTo("INDICATOR_NOT_FOUND"));
  }

  @Test
  void anAdminAddsChangesAndRemovesAMilestone() {
    as(Tokens.admin())
        .body(Map.of("comparator", "LE", "target", 20))
        .put("/api/v1/milestones/3.1/2030")
        .then()
        .statusCode(200)
        .body("indicator", equalTo("3.1"))
        .body("year", equalTo(2030))
        .body("target", equalTo(20))
        .body("source", equalTo(MilestoneService.DEFAULT_SOURCE))
        .body("updatedBy", equalTo("admin"));
    as(Tokens.admin())
        .body(Map.of("comparator", "LE", "target", 15, "noteVi", "dưới 15 %", "source", "NQ 28"))
        .put("/api/v1/milestones/3.1/2030")
        .then()
        .statusCode(200)
        .body("target", equalTo(15))
        .body("noteVi", equalTo("dưới 15 %"))
        .body("source", equalTo("NQ 28"));
    as(Tokens.viewer()).get("/api/v1/milestones?indicator=3.1").then().body("target", contains(15));
    as(Tokens.admin()).delete("/api/v1/milestones/3.1/2030").then().statusCode(204);
    as(Tokens.admin())
        .delete("/api/v1/milestones/3.1/2030")
        .then()
        .statusCode(404)
        .body("code", equalTo("MILESTONE_NOT_FOUND"));
  }

  @Test
  void adminsAddingTheSameMilestoneAtOnceAllSucceedOnOneRow() throws Exception {
    List<io.restassured.response.Response> answers =
        concurrently(
            4,
            () ->
                as(Tokens.admin())
                    .body(Map.of("comparator", "LE", "target", 20))
                    .put("/api/v1/milestones/3.1/2030"));
    assertThat(answers).extracting(io.restassured.response.Response::statusCode).containsOnly(200);
    assertThat(
            Db.count(
                "select count(*) from national_milestone where indicator_code = '3.1'"
                    + " and milestone_year = 2030 and target_value = 20"))
        .isEqualTo(1);
  }

  @Test
  void aMilestoneIsValidatedLikeATarget() {
    as(Tokens.admin())
        .body(Map.of("comparator", "GE", "target", 120))
        .put("/api/v1/milestones/1.1/2030")
        .then()
        .statusCode(422)
        .body("code", equalTo("MILESTONE_INVALID"))
        .body("errors[0].code", equalTo("PERCENT_OVER_100"));
    as(Tokens.admin())
        .body(Map.of("comparator", "GE", "target", 1))
        .put("/api/v1/milestones/5.1/2030")
        .then()
        .statusCode(422)
        .body("errors.field", contains("comparator", "target"));
    as(Tokens.admin())
        .body(Map.of("comparator", "GE", "target", 1))
        .put("/api/v1/milestones/1.1/2035")
        .then()
        .statusCode(400)
        .body("code", equalTo("INVALID_PARAMETER"));
    as(Tokens.admin())
        .body(Map.of("comparator", "GE", "target", 1))
        .put("/api/v1/milestones/8.8/2030")
        .then()
        .statusCode(404)
        .body("code", equalTo("INDICATOR_NOT_FOUND"));
    as(Tokens.admin())
        .body(Map.of("comparator", "ABOUT", "target", 1))
        .put("/api/v1/milestones/1.1/2030")
        .then()
        .statusCode(400);
    as(Tokens.coordinator())
        .body(Map.of("comparator", "GE", "target", 80))
        .put("/api/v1/milestones/1.1/2030")
        .then()
        .statusCode(403);
    as(Tokens.viewer()).delete("/api/v1/milestones/1.1/2030").then().statusCode(403);
    as(Tokens.viewer())
        .get("/api/v1/milestones?indicator=1.1")
        .then()
        .body("target", contains(60, 75));
  }
}
