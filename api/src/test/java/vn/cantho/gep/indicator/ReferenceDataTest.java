package vn.cantho.gep.indicator;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.testing.ApiTest;
import vn.cantho.gep.testing.Tokens;

/** The 2024 plan as the read endpoints serve it, exactly as the plan states it. */
@QuarkusTest
class ReferenceDataTest extends ApiTest {

  @Test
  void servesAll22IndicatorsInThePlansOrder() {
    as(Tokens.viewer())
        .get("/api/v1/indicators")
        .then()
        .statusCode(200)
        .body("$", hasSize(22))
        .body(
            "code",
            contains(
                "1.1", "2.1", "2.2", "2.3", "3.1", "3.2a", "3.2b", "3.3", "3.4", "4.1", "4.2",
                "4.3", "5.1", "5.2a", "5.2b", "5.3", "5.4a", "5.4b", "6.1", "6.2", "6.3", "6.4"))
        .body(
            "comparator",
            contains(
                "GE", "GE", "LT", "GE", "LE", "GE", "GE", "GE", "GE", "LE", "LT", "LE", "TRUE",
                "GT", "GT", "GT", "GE", "GE", "GE", "GE", "GE", "GE"))
        .body("planYear", everyItem(equalTo(2024)));
  }

  @Test
  void anIndicatorCarriesItsDefinitionAndTarget() {
    as(Tokens.reporter("ninh-kieu"))
        .get("/api/v1/indicators/1.1")
        .then()
        .statusCode(200)
        .body("code", equalTo("1.1"))
        .body("objective", equalTo("1"))
        .body(
            "nameVi",
            equalTo(
                "Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ"))
        .body("unit", equalTo("%"))
        .body("comparator", equalTo("GE"))
        .body("target", equalTo(60))
        .body("baseline", nullValue())
        .body("scale", equalTo(100))
        .body("disaggregation", hasSize(0))
        .body("owner", equalTo("so-noi-vu"))
        .body("reporters", hasSize(10))
        .body("reporters", hasItems("so-noi-vu", "ninh-kieu", "vinh-thanh"));
  }

  @Test
  void specialIndicatorsKeepTheirShape() {
    as(Tokens.viewer())
        .get("/api/v1/indicators/4.3")
        .then()
        .body("target", equalTo(12))
        .body("baseline", equalTo(15))
        .body("scale", equalTo(1000))
        .body("comparator", equalTo("LE"));
    as(Tokens.viewer())
        .get("/api/v1/indicators/5.2a")
        .then()
        .body("disaggregation", contains("sex"))
        .body("categories.sex", contains("male", "female"))
        .body("comparator", equalTo("GT"))
        .body("target", equalTo(98));
    as(Tokens.viewer())
        .get("/api/v1/indicators/5.1")
        .then()
        .body("comparator", equalTo("TRUE"))
        .body("valueType", equalTo("FLAG"))
        .body("target", nullValue())
        .body("unit", equalTo("yes/no"));
    as(Tokens.viewer())
        .get("/api/v1/indicators/3.1")
        .then()
        .body("target", equalTo(1.4f))
        .body("scale", equalTo(1))
        .body("additive", equalTo(false));
    as(Tokens.viewer()).get("/api/v1/indicators/6.2").then().body("reporters", hasSize(25));
  }

  @Test
  void filtersIndicators() {
    as(Tokens.viewer())
        .get("/api/v1/indicators?objective=4")
        .then()
        .body("code", contains("4.1", "4.2", "4.3"));
    as(Tokens.viewer())
        .get("/api/v1/indicators?reporter=so-y-te")
        .then()
        .body("code", contains("4.1", "4.2", "4.3", "6.2"));
    as(Tokens.viewer())
        .get("/api/v1/indicators?reporter=ninh-kieu")
        .then()
        .body("code", contains("1.1", "3.2a", "3.2b", "3.3", "4.1", "5.2a", "5.2b", "6.2", "6.3"));
    as(Tokens.viewer())
        .get("/api/v1/indicators?year=2024&objective=9")
        .then()
        .body("$", hasSize(0));
  }

  @Test
  void unknownCodesAndYearsAre404AndBadOnes400() {
    as(Tokens.viewer())
        .get("/api/v1/indicators/9.9")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("INDICATOR_NOT_FOUND"));
    as(Tokens.viewer())
        .get("/api/v1/indicators?year=2019")
        .then()
        .statusCode(404)
        .body("code", equalTo("PLAN_NOT_FOUND"));
    as(Tokens.viewer())
        .get("/api/v1/indicators?year=abc")
        .then()
        .statusCode(400)
        .body("code", equalTo("INVALID_PARAMETER"))
        .body("errors[0].field", equalTo("year"));
  }

  @Test
  void servesTheCityItsDepartmentsAndDistricts() {
    as(Tokens.viewer())
        .get("/api/v1/org-units")
        .then()
        .statusCode(200)
        .body("$", hasSize(26))
        .body("find { it.code == 'can-tho' }.parent", nullValue())
        .body("find { it.code == 'can-tho' }.type", equalTo("CITY"))
        .body(
            "find { it.code == 'so-ldtbxh' }.nameVi",
            equalTo("Sở Lao động - Thương binh và Xã hội"))
        .body("find { it.code == 'so-ldtbxh' }.coordinator", equalTo(true))
        .body("find { it.code == 'o-mon' }.nameVi", equalTo("Quận Ô Môn"))
        .body(
            "find { it.code == 'mttq' }.nameVi",
            equalTo("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"));
    as(Tokens.viewer()).get("/api/v1/org-units?type=DISTRICT").then().body("$", hasSize(9));
    as(Tokens.viewer()).get("/api/v1/org-units?type=department").then().body("$", hasSize(16));
    as(Tokens.viewer())
        .get("/api/v1/org-units?parent=can-tho&activeOn=2024-06-30")
        .then()
        .body("$", hasSize(25));
    as(Tokens.viewer())
        .get("/api/v1/org-units/cai-rang")
        .then()
        .body("nameVi", equalTo("Quận Cái Răng"))
        .body("parent", equalTo("can-tho"))
        .body("type", equalTo("DISTRICT"));
    as(Tokens.viewer())
        .get("/api/v1/org-units/nowhere")
        .then()
        .statusCode(404)
        .body("code", equalTo("ORG_UNIT_NOT_FOUND"));
    as(Tokens.viewer())
        .get("/api/v1/org-units?type=HAMLET")
        .then()
        .statusCode(400)
        .body("code", equalTo("INVALID_PARAMETER"));
    // a level of the national tree (V10), which Can Tho's data does not use
    as(Tokens.viewer())
        .get("/api/v1/org-units?type=PROVINCE")
        .then()
        .statusCode(200)
        .body("$", hasSize(0));
    as(Tokens.viewer()).get("/api/v1/org-units?activeOn=30/06/2024").then().statusCode(400);
  }

  @Test
  void servesThePeriodsWithTheirDueDates() {
    as(Tokens.viewer())
        .get("/api/v1/periods")
        .then()
        .statusCode(200)
        .body("code", containsInAnyOrder("2024S1", "2024"))
        .body("find { it.code == '2024S1' }.start", equalTo("2024-01-01"))
        .body("find { it.code == '2024S1' }.end", equalTo("2024-06-30"))
        .body("find { it.code == '2024S1' }.dueDate", equalTo("2024-06-10"))
        .body("find { it.code == '2024' }.dueDate", equalTo("2024-12-10"))
        .body("open", everyItem(equalTo(true)));
    as(Tokens.viewer()).get("/api/v1/periods?type=YEARLY").then().body("code", contains("2024"));
    as(Tokens.viewer()).get("/api/v1/periods/2024S1").then().body("type", equalTo("SIX_MONTHLY"));
    as(Tokens.viewer())
        .get("/api/v1/periods/2023")
        .then()
        .statusCode(404)
        .body("code", equalTo("PERIOD_NOT_FOUND"));
    as(Tokens.viewer()).get("/api/v1/periods?open=maybe").then().statusCode(400);
  }

  @Test
  void servesObjectivesAndPlans() {
    as(Tokens.viewer())
        .get("/api/v1/objectives")
        .then()
        .body("$", hasSize(6))
        .body(
            "[2].nameVi",
            equalTo("Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới"));
    as(Tokens.viewer()).get("/api/v1/plans").then().body("year", contains(2024));
    as(Tokens.viewer()).get("/api/v1/plans/2024/targets").then().body("$", hasSize(22));
  }
}
