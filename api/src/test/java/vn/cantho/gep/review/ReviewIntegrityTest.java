package vn.cantho.gep.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.testing.ApiTest;
import vn.cantho.gep.testing.Db;
import vn.cantho.gep.testing.Tokens;

/**
 * Review moves act only on the version the caller saw (If-Match required), nobody approves what
 * they created, changed or submitted (four eyes), and people are told apart by their token's
 * subject, not their name.
 */
@QuarkusTest
class ReviewIntegrityTest extends ApiTest {
  static final String OU = "ninh-kieu";
  static final String A = Tokens.token("coordinator.a", List.of("coordinator"), null);
  static final String B = Tokens.token("coordinator.b", List.of("coordinator"), null);

  /**
   * Issue 11, point 3: A reads version 3, B returns it, the reporter changes and resubmits it
   * (version 6); A's approve naming version 3 is a conflict, without If-Match it is refused, and
   * neither changes anything.
   */
  @Test
  void anApproveOfAVersionTheReviewerNeverSawChangesNothing() {
    String id = create(OU, "2024", List.of(value("1.1", 14, 20)));
    replace(id, 1, 15);
    submit(OU, id, true).then().statusCode(200).header("ETag", equalTo("\"3\""));
    String seenByA =
        as(A).get("/api/v1/submissions/" + id).then().statusCode(200).extract().header("ETag");
    assertThat(seenByA).isEqualTo("\"3\"");

    move(B, id, "return", Map.of("reason", "Kiểm tra lại chỉ tiêu 1.1")).then().statusCode(200);
    replace(id, 4, 16);
    submit(OU, id, true).then().statusCode(200).header("ETag", equalTo("\"6\""));
    int events = history(id).size();

    as(A)
        .header("If-Match", seenByA)
        .post("/api/v1/submissions/" + id + "/approve")
        .then()
        .statusCode(409)
        .body("code", equalTo("VERSION_CONFLICT"))
        .body("currentVersion", equalTo(6));
    as(A)
        .post("/api/v1/submissions/" + id + "/approve")
        .then()
        .statusCode(428)
        .body("code", equalTo("PRECONDITION_REQUIRED"));
    as(A)
        .header("If-Match", "*")
        .post("/api/v1/submissions/" + id + "/approve")
        .then()
        .statusCode(428);
    as(A)
        .get("/api/v1/submissions/" + id)
        .then()
        .body("status", equalTo("SUBMITTED"))
        .body("version", equalTo(6))
        .body("reviewedBy", equalTo("coordinator.b"));
    assertThat(history(id)).hasSize(events);

    // having seen version 6, A approves it
    as(A)
        .header("If-Match", "\"6\"")
        .post("/api/v1/submissions/" + id + "/approve")
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"));
  }

  /** Every move, each without If-Match (428) and with a stale one (409); none writes anything. */
  @Test
  void everyMoveNeedsTheVersionTheCallerSaw() {
    String draft = create(OU, "2024", List.of(value("1.1", 14, 20)));
    String submitted = create("cai-rang", "2024", List.of(value("1.1", 7, 10)));
    submit("cai-rang", submitted, true).then().statusCode(200);
    String approvedId = approved("co-do", "2024", List.of(value("1.1", 3, 10)));
    record Move(String token, String id, String action, Object body) {}
    List<Move> moves =
        List.of(
            new Move(Tokens.reporter(OU), draft, "submit", Map.of("allowMissing", true)),
            new Move(A, submitted, "approve", null),
            new Move(A, submitted, "return", Map.of("reason", "Lý do")),
            new Move(A, approvedId, "reopen", Map.of("reason", "Lý do")));
    for (Move m : moves) {
      int before = version(m.id());
      var missing = as(m.token());
      var stale = as(m.token()).header("If-Match", ifMatch(before + 1));
      if (m.body() != null) {
        missing = missing.body(m.body());
        stale = stale.body(m.body());
      }
      missing
          .post("/api/v1/submissions/" + m.id() + "/" + m.action())
          .then()
          .statusCode(428)
          .body("code", equalTo("PRECONDITION_REQUIRED"));
      stale
          .post("/api/v1/submissions/" + m.id() + "/" + m.action())
          .then()
          .statusCode(409)
          .body("code", equalTo("VERSION_CONFLICT"))
          .body("currentVersion", equalTo(before));
      assertThat(version(m.id())).as(m.action()).isEqualTo(before);
    }
    assertThat(Db.count("select count(*) from submission_event where action = 'APPROVED'"))
        .isEqualTo(1);
  }

  /**
   * Issue 11, point 4: a coordinator who imports and submits a unit's figures may not approve them;
   * another coordinator may, and the history says who did what.
   */
  @Test
  void whoImportedAndSubmittedMayNotApprove() {
    String id =
        as(A)
            .body(Map.of("values", List.of(row(OU, "1.1", 14, 20))))
            .post("/api/v1/imports?submit=true")
            .then()
            .statusCode(200)
            .body("submissions[0].status", equalTo("SUBMITTED"))
            .extract()
            .path("submissions[0].id");
    int version = version(id);

    approveAs(A, id, version)
        .then()
        .statusCode(403)
        .body("code", equalTo("SELF_APPROVAL_FORBIDDEN"))
        .body("ownPart", equalTo(List.of("CREATED", "SUBMITTED")));
    assertThat(version(id)).isEqualTo(version);

    approveAs(B, id, version).then().statusCode(200).body("reviewedBy", equalTo("coordinator.b"));
    as(Tokens.viewer())
        .get("/api/v1/submissions/" + id + "/history")
        .then()
        .body("action", equalTo(List.of("CREATED", "SUBMITTED", "APPROVED")))
        .body("actor", equalTo(List.of("coordinator.a", "coordinator.a", "coordinator.b")))
        .body(
            "actorSubject",
            equalTo(List.of("sub-coordinator.a", "sub-coordinator.a", "sub-coordinator.b")));
  }

  /** Changing the values of a returned submission counts, even when the reporter submits it. */
  @Test
  void whoChangedTheValuesMayNotApprove() {
    String id = create(OU, "2024", List.of(value("1.1", 14, 20)));
    submit(OU, id, true).then().statusCode(200);
    move(B, id, "return", Map.of("reason", "Sửa chỉ tiêu 1.1")).then().statusCode(200);
    as(A)
        .body(Map.of("values", List.of(row(OU, "1.1", 15, 20))))
        .post("/api/v1/imports")
        .then()
        .statusCode(200)
        .body("counts.updated", equalTo(1));
    submit(OU, id, true).then().statusCode(200);

    approveAs(A, id, version(id))
        .then()
        .statusCode(403)
        .body("code", equalTo("SELF_APPROVAL_FORBIDDEN"))
        .body("ownPart", equalTo(List.of("VALUES_CHANGED")));
    // returning it is no part in its figures: the reviewer who returned it may approve it
    approveAs(B, id, version(id)).then().statusCode(200);
  }

  /**
   * Issue 11, point 9: a user re-created under the same name is another person. They may approve
   * what the old one submitted, and do not replay the old one's idempotency receipts.
   */
  @Test
  void peopleAreToldApartByTheirSubjectNotTheirName() {
    String before =
        Tokens.tokenWithSubject("coordinator.a", "old-subject", List.of("coordinator"), null);
    String after =
        Tokens.tokenWithSubject("coordinator.a", "new-subject", List.of("coordinator"), null);
    String id =
        as(before)
            .body(Map.of("values", List.of(row(OU, "1.1", 14, 20))))
            .post("/api/v1/imports?submit=true")
            .then()
            .statusCode(200)
            .extract()
            .path("submissions[0].id");
    approveAs(before, id, version(id)).then().statusCode(403);
    approveAs(after, id, version(id)).then().statusCode(200);
    as(Tokens.viewer())
        .get("/api/v1/submissions/" + id + "/history")
        .then()
        .body("actor", equalTo(List.of("coordinator.a", "coordinator.a", "coordinator.a")))
        .body("actorSubject", equalTo(List.of("old-subject", "old-subject", "new-subject")));

    String oldReporter =
        Tokens.tokenWithSubject("reporter.co-do", "old-reporter", List.of("reporter"), "co-do");
    String newReporter =
        Tokens.tokenWithSubject("reporter.co-do", "new-reporter", List.of("reporter"), "co-do");
    Map<String, Object> body = body("co-do", "2024", List.of(value("1.1", 3, 10)));
    String created =
        as(oldReporter)
            .header("Idempotency-Key", "co-do-2024")
            .body(body)
            .post("/api/v1/submissions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(oldReporter)
        .header("Idempotency-Key", "co-do-2024")
        .body(body)
        .post("/api/v1/submissions")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true");
    // the new person's same key is their own: no replay of the old one's answer
    as(newReporter)
        .header("Idempotency-Key", "co-do-2024")
        .body(body)
        .post("/api/v1/submissions")
        .then()
        .statusCode(409)
        .body("code", equalTo("SUBMISSION_EXISTS"))
        .body("existingId", equalTo(created));
    assertThat(
            Db.count(
                "select count(*) from idempotency_record where principal_id = 'old-reporter'"
                    + " and principal = 'reporter.co-do'"))
        .isEqualTo(1);
  }

  private static Response approveAs(String token, String id, int version) {
    return as(token)
        .header("If-Match", ifMatch(version))
        .post("/api/v1/submissions/" + id + "/approve");
  }

  private static void replace(String id, int version, int numerator) {
    as(Tokens.reporter(OU))
        .header("If-Match", ifMatch(version))
        .body(Map.of("values", List.of(value("1.1", numerator, 20))))
        .put("/api/v1/submissions/" + id)
        .then()
        .statusCode(200);
  }

  private static List<Object> history(String id) {
    return given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/submissions/" + id + "/history")
        .then()
        .statusCode(200)
        .extract()
        .path("action");
  }

  private static Map<String, Object> row(
      String orgUnit, String indicator, int numerator, int denominator) {
    return Map.of(
        "orgUnit",
        orgUnit,
        "period",
        "2024",
        "indicator",
        indicator,
        "numerator",
        numerator,
        "denominator",
        denominator);
  }
}
