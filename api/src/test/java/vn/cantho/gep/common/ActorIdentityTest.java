package vn.cantho.gep.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.testing.ApiTest;
import vn.cantho.gep.testing.Db;
import vn.cantho.gep.testing.Tokens;

/**
 * Every log of who changed what records the person by the token's subject, beside the user name it
 * shows (issue 11, point 9).
 */
@QuarkusTest
class ActorIdentityTest extends ApiTest {
  static final String ADMIN =
      Tokens.tokenWithSubject("admin", "subject-of-admin", List.of("admin"), null);
  static final String COORDINATOR =
      Tokens.tokenWithSubject(
          "coordinator", "subject-of-coordinator", List.of("coordinator"), null);

  @Test
  void targetMilestoneAndReportDraftChangesRecordTheSubject() {
    as(ADMIN)
        .body(Map.of("comparator", "GE", "target", 65))
        .put("/api/v1/plans/2024/targets/1.1")
        .then()
        .statusCode(200);
    as(ADMIN)
        .body(Map.of("comparator", "GE", "target", 80))
        .put("/api/v1/milestones/1.1/2030")
        .then()
        .statusCode(200);
    as(ADMIN).delete("/api/v1/milestones/1.1/2030").then().statusCode(204);
    Map<String, Object> draft = new HashMap<>();
    draft.put("number", "125/BC-SLĐTBXH");
    draft.put("issuedOn", "2024-12-20");
    draft.put("subject", "Báo cáo năm");
    draft.put("signerName", "Nguyễn Văn A");
    draft.put("signerTitle", "GIÁM ĐỐC");
    draft.put("recipients", List.of("UBND thành phố"));
    draft.put("narratives", Map.of("1", "Mục tiêu một."));
    as(COORDINATOR)
        .header("If-Match", "\"0\"")
        .body(draft)
        .put("/api/v1/reports/2024/draft")
        .then()
        .statusCode(200);

    assertThat(
            Db.count(
                "select count(*) from target_change"
                    + " where changed_by = 'admin' and changed_by_id = 'subject-of-admin'"))
        .isEqualTo(1);
    assertThat(
            Db.count(
                "select count(*) from milestone_change"
                    + " where changed_by = 'admin' and changed_by_id = 'subject-of-admin'"))
        .isEqualTo(2);
    assertThat(
            Db.count(
                "select count(*) from report_draft_change where changed_by = 'coordinator'"
                    + " and changed_by_id = 'subject-of-coordinator'"))
        .isEqualTo(1);
  }

  @Test
  void submissionHistoryRecordsTheSubjectOfEveryEntry() {
    String id = create("ninh-kieu", "2024", List.of(value("1.1", 14, 20)));
    submit("ninh-kieu", id, true).then().statusCode(200);
    move(COORDINATOR, id, "return", Map.of("reason", "Lý do")).then().statusCode(200);
    assertThat(Db.count("select count(*) from submission_event where actor_id is null")).isZero();
    assertThat(
            Db.count(
                "select count(*) from submission_event"
                    + " where actor = 'reporter.ninh-kieu' and actor_id = 'sub-reporter.ninh-kieu'"))
        .isEqualTo(2);
    assertThat(
            Db.count(
                "select count(*) from submission_event"
                    + " where actor = 'coordinator' and actor_id = 'subject-of-coordinator'"))
        .isEqualTo(1);
  }
}
