package vn.cantho.gep.review;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.testing.ApiTest;
import vn.cantho.gep.testing.Tokens;

/** The review workflow: every legal move, every illegal one (409), reasons and completeness. */
@QuarkusTest
class WorkflowTest extends ApiTest {
  static final String OU = "so-y-te";
  static final List<Map<String, Object>> COMPLETE =
      List.of(
          value("4.1", 106, 100),
          value("4.2", 3, 12000),
          value("4.3", 130, 10000),
          value("6.2", 10, 10));

  @Test
  void fullCycleSubmitReturnResubmitApproveReopen() {
    String id = create(OU, "2024", COMPLETE);
    submit(OU, id, false)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"2\""))
        .body("status", equalTo("SUBMITTED"))
        .body("submittedBy", equalTo("reporter.so-y-te"))
        .body("submittedAt", notNullValue());
    as(Tokens.coordinator())
        .body(Map.of("reason", "Số ca sinh chưa khớp"))
        .post("/api/v1/submissions/" + id + "/return")
        .then()
        .statusCode(200)
        .body("status", equalTo("RETURNED"))
        .body("returnReason", equalTo("Số ca sinh chưa khớp"))
        .body("reviewedBy", equalTo("coordinator"));
    as(Tokens.reporter(OU))
        .header("If-Match", "\"3\"")
        .body(Map.of("values", COMPLETE))
        .put("/api/v1/submissions/" + id)
        .then()
        .statusCode(200);
    submit(OU, id, false).then().statusCode(200).body("returnReason", nullValue());
    approve(id).then().statusCode(200).body("status", equalTo("APPROVED"));
    as(Tokens.coordinator())
        .body(Map.of("reason", "Sửa theo số liệu thống kê chính thức"))
        .post("/api/v1/submissions/" + id + "/reopen")
        .then()
        .statusCode(200)
        .body("status", equalTo("RETURNED"))
        .body("returnReason", equalTo("Sửa theo số liệu thống kê chính thức"));
    as(Tokens.coordinator())
        .get("/api/v1/submissions/" + id + "/history")
        .then()
        .body(
            "action",
            equalTo(
                List.of("CREATED", "SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED", "REOPENED")));
  }

  @Test
  void everyIllegalMoveIsAConflict() {
    String draft = create(OU, "2024", COMPLETE);
    move("approve", draft)
        .then()
        .statusCode(409)
        .body("code", equalTo("INVALID_TRANSITION"))
        .body("submissionStatus", equalTo("DRAFT"));
    move("return", draft).then().statusCode(409);
    move("reopen", draft).then().statusCode(409);

    submit(OU, draft, false).then().statusCode(200);
    submit(OU, draft, false).then().statusCode(409).body("code", equalTo("INVALID_TRANSITION"));
    move("reopen", draft).then().statusCode(409);
    as(Tokens.reporter(OU))
        .header("If-Match", "\"2\"")
        .body(Map.of("values", COMPLETE))
        .put("/api/v1/submissions/" + draft)
        .then()
        .statusCode(409)
        .body("code", equalTo("SUBMISSION_NOT_EDITABLE"));

    approve(draft).then().statusCode(200);
    approve(draft).then().statusCode(409);
    move("return", draft).then().statusCode(409);
    submit(OU, draft, false).then().statusCode(409);
    as(Tokens.reporter(OU))
        .header("If-Match", "\"3\"")
        .body(Map.of("values", COMPLETE))
        .put("/api/v1/submissions/" + draft)
        .then()
        .statusCode(409)
        .body("code", equalTo("SUBMISSION_NOT_EDITABLE"));

    move("reopen", draft).then().statusCode(200);
    move("reopen", draft).then().statusCode(409);
    approve(draft).then().statusCode(409);
    move("return", draft).then().statusCode(409);
  }

  @Test
  void returnAndReopenNeedAReason() {
    String id = create(OU, "2024", COMPLETE);
    submit(OU, id, false).then().statusCode(200);
    as(Tokens.coordinator())
        .body(Map.of("reason", "   "))
        .post("/api/v1/submissions/" + id + "/return")
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors[0].field", equalTo("reason"));
    as(Tokens.coordinator())
        .body(Map.of())
        .post("/api/v1/submissions/" + id + "/return")
        .then()
        .statusCode(400);
    as(Tokens.coordinator()).post("/api/v1/submissions/" + id + "/return").then().statusCode(400);
    approve(id).then().statusCode(200);
    as(Tokens.coordinator())
        .body(Map.of("reason", ""))
        .post("/api/v1/submissions/" + id + "/reopen")
        .then()
        .statusCode(400);
    as(Tokens.coordinator())
        .get("/api/v1/submissions/" + id)
        .then()
        .body("status", equalTo("APPROVED"));
  }

  @Test
  void submitListsWhatIsMissing() {
    String id = create(OU, "2024", List.of(value("4.1", 106, 100)));
    submit(OU, id, false)
        .then()
        .statusCode(422)
        .body("code", equalTo("SUBMISSION_INCOMPLETE"))
        .body("missing", hasSize(3))
        .body("missing.indicator", equalTo(List.of("4.2", "4.3", "6.2")));
    as(Tokens.reporter(OU))
        .get("/api/v1/submissions/" + id)
        .then()
        .body("status", equalTo("DRAFT"));
    submit(OU, id, true)
        .then()
        .statusCode(200)
        .body("status", equalTo("SUBMITTED"))
        .body("missing", hasSize(3));
  }

  @Test
  void aDisaggregatedIndicatorNeedsEverySexBeforeSubmit() {
    String id = create("so-gddt", "2024", List.of(value("5.2a", "female", 97, 98)));
    submit("so-gddt", id, true)
        .then()
        .statusCode(422)
        .body("code", equalTo("SUBMISSION_INCOMPLETE"))
        .body("partiallyDisaggregated", equalTo(List.of("5.2a")))
        .body("missing.find { it.indicator == '5.2a' }.disaggregation.sex", equalTo("male"));
  }

  @Test
  void aMoveWithAStaleVersionIsAConflict() {
    String id = create(OU, "2024", COMPLETE);
    as(Tokens.reporter(OU))
        .header("If-Match", "\"7\"")
        .post("/api/v1/submissions/" + id + "/submit")
        .then()
        .statusCode(409)
        .body("code", equalTo("VERSION_CONFLICT"));
    as(Tokens.reporter(OU))
        .header("If-Match", "\"1\"")
        .post("/api/v1/submissions/" + id + "/submit")
        .then()
        .statusCode(200);
    as(Tokens.coordinator())
        .header("If-Match", "W/\"1\"")
        .post("/api/v1/submissions/" + id + "/approve")
        .then()
        .statusCode(409);
    as(Tokens.coordinator())
        .header("If-Match", "\"2\"")
        .post("/api/v1/submissions/" + id + "/approve")
        .then()
        .statusCode(200);
  }

  private static io.restassured.response.Response move(String action, String id) {
    return as(Tokens.coordinator())
        .body(Map.of("reason", "Lý do"))
        .post("/api/v1/submissions/" + id + "/" + action);
  }
}
