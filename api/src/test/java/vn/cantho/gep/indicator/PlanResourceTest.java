package vn.cantho.gep.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.testing.ApiTest;
import vn.cantho.gep.testing.Db;
import vn.cantho.gep.testing.Tokens;

/** Admins change a year's targets; attainment follows; every change is recorded. */
@QuarkusTest
class PlanResourceTest extends ApiTest {

  @Test
  void anAdminChangesATargetAndAttainmentFollows() {
    approved("so-ldtbxh", "2024", List.of(value("2.1", 62, 100)));
    as(Tokens.viewer())
        .get("/api/v1/attainment?period=2024&indicator=2.1")
        .then()
        .body("[0].status", equalTo("ACHIEVED"));
    as(Tokens.admin())
        .body(Map.of("comparator", "GE", "target", 65))
        .put("/api/v1/plans/2024/targets/2.1")
        .then()
        .statusCode(200)
        .body("indicator", equalTo("2.1"))
        .body("target", equalTo(65))
        .body("updatedBy", equalTo("admin"));
    as(Tokens.viewer()).get("/api/v1/indicators/2.1").then().body("target", equalTo(65));
    as(Tokens.viewer())
        .get("/api/v1/attainment?period=2024&indicator=2.1")
        .then()
        .body("[0].target", equalTo(65))
        .body("[0].status", equalTo("NOT_ACHIEVED"));
    assertThat(
            Db.count(
                "select count(*) from target_change where indicator_code = '2.1' and changed_by = 'admin'"
                    + " and before->>'target' = '60' and after->>'target' = '65'"))
        .isEqualTo(1);
  }

  @Test
  void aBaselineCanBeSetAndCleared() {
    Map<String, Object> body = new HashMap<>();
    body.put("comparator", "GE");
    body.put("target", 60);
    body.put("baseline", 50);
    as(Tokens.admin())
        .body(body)
        .put("/api/v1/plans/2024/targets/1.1")
        .then()
        .statusCode(200)
        .body("baseline", equalTo(50));
    body.put("baseline", null);
    as(Tokens.admin())
        .body(body)
        .put("/api/v1/plans/2024/targets/1.1")
        .then()
        .statusCode(200)
        .body("baseline", nullValue());
  }

  @Test
  void aTargetMustSuitItsIndicator() {
    as(Tokens.admin())
        .body(Map.of("comparator", "TRUE"))
        .put("/api/v1/plans/2024/targets/1.1")
        .then()
        .statusCode(422)
        .body("code", equalTo("TARGET_INVALID"))
        .body("errors.field", contains("comparator", "target"));
    as(Tokens.admin())
        .body(Map.of("comparator", "GE", "target", 120))
        .put("/api/v1/plans/2024/targets/1.1")
        .then()
        .statusCode(422)
        .body("errors[0].code", equalTo("PERCENT_OVER_100"));
    as(Tokens.admin())
        .body(Map.of("comparator", "GE", "target", 1))
        .put("/api/v1/plans/2024/targets/5.1")
        .then()
        .statusCode(422)
        .body("errors.field", contains("comparator", "target"));
    as(Tokens.admin())
        .body(Map.of("comparator", "GE", "target", -1))
        .put("/api/v1/plans/2024/targets/1.1")
        .then()
        .statusCode(400);
    as(Tokens.admin())
        .body(Map.of("comparator", "ABOUT", "target", 1))
        .put("/api/v1/plans/2024/targets/1.1")
        .then()
        .statusCode(400);
    as(Tokens.admin())
        .body(Map.of("comparator", "GE", "target", 1))
        .put("/api/v1/plans/2024/targets/8.8")
        .then()
        .statusCode(404);
    as(Tokens.admin())
        .body(Map.of("comparator", "GE", "target", 1))
        .put("/api/v1/plans/2030/targets/1.1")
        .then()
        .statusCode(404)
        .body("code", equalTo("PLAN_NOT_FOUND"));
    as(Tokens.viewer()).get("/api/v1/indicators/1.1").then().body("target", equalTo(60));
    assertThat(Db.count("select count(*) from target_change")).isZero();
  }

  @Test
  void aFlagIndicatorKeepsTrue() {
    as(Tokens.admin())
        .body(Map.of("comparator", "TRUE"))
        .put("/api/v1/plans/2024/targets/5.1")
        .then()
        .statusCode(200)
        .body("target", nullValue());
  }
}
