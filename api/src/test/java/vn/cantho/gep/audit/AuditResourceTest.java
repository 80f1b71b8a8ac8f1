package vn.cantho.gep.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.config.ClockProducer;
import vn.cantho.gep.testing.ApiTest;
import vn.cantho.gep.testing.Tokens;

/**
 * The audit log: every submission's history, the target and national milestone changes and the
 * report draft saves, searched and paged.
 */
@QuarkusTest
class AuditResourceTest extends ApiTest {

  private static ValidatableResponse search(String query) {
    return as(Tokens.coordinator()).get("/api/v1/audit-events?" + query).then().statusCode(200);
  }

  private static ValidatableResponse searchText(String q) {
    return as(Tokens.coordinator())
        .queryParam("q", q)
        .get("/api/v1/audit-events")
        .then()
        .statusCode(200);
  }

  /**
   * ninh-kieu: created, values changed, submitted, returned; cai-rang approved; a target change.
   */
  private void history() {
    String id = create("ninh-kieu", "2024", List.of(value("1.1", 10, 30)));
    as(Tokens.reporter("ninh-kieu"))
        .header("If-Match", "\"1\"")
        .body(Map.of("values", List.of(value("1.1", 12, 30), value("4.1", 520, 500))))
        .put("/api/v1/submissions/" + id)
        .then()
        .statusCode(200);
    submit("ninh-kieu", id, true).then().statusCode(200);
    move(Tokens.coordinator(), id, "return", Map.of("reason", "Sai số liệu chỉ tiêu 2.1"))
        .then()
        .statusCode(200);
    approved("cai-rang", "2024S1", List.of(value("1.1", 7, 10)));
    as(Tokens.admin())
        .body(Map.of("comparator", "GE", "target", 65))
        .put("/api/v1/plans/2024/targets/1.1")
        .then()
        .statusCode(200);
  }

  @Test
  void everyChangeIsListedNewestFirstWithWhoAndWhat() {
    history();
    search("size=50")
        .body("total", equalTo(8))
        .body(
            "items.action",
            contains(
                "TARGET_CHANGED",
                "APPROVED",
                "SUBMITTED",
                "CREATED",
                "RETURNED",
                "SUBMITTED",
                "VALUES_CHANGED",
                "CREATED"))
        .body("items[0].kind", equalTo("TARGET"))
        .body("items[0].actor", equalTo("admin"))
        .body("items[0].indicator", equalTo("1.1"))
        .body("items[0].after.target", equalTo(65))
        .body("items[4].reason", equalTo("Sai số liệu chỉ tiêu 2.1"))
        .body("items[4].orgUnitNameVi", equalTo("Quận Ninh Kiều"))
        .body("items[6].changes.indicator", contains("1.1", "4.1"))
        .body("items[6].changes[0].before.numerator", equalTo(10))
        .body("items[6].changes[0].after.numerator", equalTo(12));
  }

  @Test
  void filtersCombineAndPage() {
    history();
    search("actor=REPORTER.NINH-KIEU")
        .body("total", equalTo(3))
        .body("items.actor", everyItem(equalTo("reporter.ninh-kieu")));
    search("orgUnit=cai-rang").body("total", equalTo(3));
    // a period also selects the target changes of its plan year
    search("period=2024S1").body("total", equalTo(4));
    search("period=2024").body("total", equalTo(5));
    search("period=2024S1&action=TARGET_CHANGED").body("items[0].planYear", equalTo(2024));
    search("indicator=4.1").body("items.action", contains("VALUES_CHANGED"));
    // 1.1: both creations (their values), the change and the target
    search("indicator=1.1").body("total", equalTo(4));
    search("action=returned").body("items", hasSize(1));
    searchText("SAI số").body("items.action", contains("RETURNED"));
    searchText("100%").body("total", equalTo(0));
    searchText("Ninh Kiều").body("total", equalTo(4));
    LocalDate today = LocalDate.now(ClockProducer.VIETNAM);
    search("from=" + today + "&to=" + today).body("total", equalTo(8));
    search("to=" + today.minusDays(1)).body("total", equalTo(0));
    search("size=3&page=2")
        .body("items", hasSize(2))
        .body("page", equalTo(2))
        .body("size", equalTo(3))
        .body("total", equalTo(8))
        .body("items.action", hasItem("CREATED"));
  }

  /**
   * Milestones: 3.1 added, 1.1 changed, 1.1 set to what it is (no entry), 3.1 removed. The 2024
   * report draft: first saved, then its signer and one narrative changed, then saved unchanged (no
   * entry).
   */
  private void milestonesAndDraft() {
    as(Tokens.admin())
        .body(Map.of("comparator", "LE", "target", 15, "noteVi", "khoảng 15 %"))
        .put("/api/v1/milestones/3.1/2030")
        .then()
        .statusCode(200);
    for (int i = 0; i < 2; i++) {
      as(Tokens.admin())
          .body(Map.of("comparator", "GE", "target", 80))
          .put("/api/v1/milestones/1.1/2030")
          .then()
          .statusCode(200);
    }
    as(Tokens.admin()).delete("/api/v1/milestones/3.1/2030").then().statusCode(204);
    Map<String, Object> draft = new java.util.HashMap<>();
    draft.put("number", "125/BC-SLĐTBXH");
    draft.put("issuedOn", "2024-12-20");
    draft.put("subject", "Báo cáo năm");
    draft.put("signerName", "Nguyễn Văn A");
    draft.put("signerTitle", "GIÁM ĐỐC");
    draft.put("recipients", List.of("UBND thành phố"));
    draft.put("narratives", Map.of("1", "Mục tiêu một.", "2", "Mục tiêu hai."));
    saveDraft(0, draft);
    draft.put("signerName", "Trần Thị B");
    draft.put("narratives", Map.of("1", "Mục tiêu một, đã sửa.", "2", "Mục tiêu hai."));
    saveDraft(1, draft);
    saveDraft(2, draft);
  }

  private static void saveDraft(int version, Map<String, Object> draft) {
    as(Tokens.coordinator())
        .header("If-Match", "\"" + version + "\"")
        .body(draft)
        .put("/api/v1/reports/2024/draft")
        .then()
        .statusCode(200)
        .body("version", equalTo(version + 1));
  }

  @Test
  void milestoneChangesAndReportDraftSavesAreListedWithWhoAndWhat() {
    milestonesAndDraft();
    search("size=50")
        .body("total", equalTo(5))
        .body(
            "items.action",
            contains(
                "REPORT_DRAFT_CHANGED",
                "REPORT_DRAFT_CHANGED",
                "MILESTONE_REMOVED",
                "MILESTONE_CHANGED",
                "MILESTONE_CHANGED"))
        .body("items[0].kind", equalTo("REPORT_DRAFT"))
        .body("items[0].actor", equalTo("coordinator"))
        .body("items[0].period", equalTo("2024"))
        .body("items[0].version", equalTo(2))
        .body("items[0].before.size()", equalTo(2))
        .body("items[0].before.signerName", equalTo("Nguyễn Văn A"))
        .body("items[0].after.signerName", equalTo("Trần Thị B"))
        .body("items[0].before.'narratives.1'", equalTo("Mục tiêu một."))
        .body("items[0].after.'narratives.1'", equalTo("Mục tiêu một, đã sửa."))
        .body("items[1].version", equalTo(1))
        .body("items[1].before", nullValue())
        .body("items[1].after.number", equalTo("125/BC-SLĐTBXH"))
        .body("items[1].after.'narratives.2'", equalTo("Mục tiêu hai."))
        .body("items[2].kind", equalTo("MILESTONE"))
        .body("items[2].actor", equalTo("admin"))
        .body("items[2].indicator", equalTo("3.1"))
        .body("items[2].planYear", equalTo(2030))
        .body("items[2].before.target", equalTo(15))
        .body("items[2].after", nullValue())
        .body("items[3].indicator", equalTo("1.1"))
        .body("items[3].before.target", equalTo(75))
        .body("items[3].after.target", equalTo(80))
        .body("items[3].after.comparator", equalTo("GE"))
        .body("items[4].indicator", equalTo("3.1"))
        .body("items[4].before", nullValue())
        .body("items[4].after.noteVi", equalTo("khoảng 15 %"));
  }

  @Test
  void milestoneAndReportDraftEntriesFilterLikeTheOthers() {
    history();
    milestonesAndDraft();
    search("action=MILESTONE_REMOVED").body("total", equalTo(1));
    search("action=REPORT_DRAFT_CHANGED")
        .body("total", equalTo(2))
        .body("items.kind", everyItem(equalTo("REPORT_DRAFT")));
    // 1.1: the two creations, the values change, the target and the milestone
    search("indicator=1.1")
        .body("total", equalTo(5))
        .body("items.action", hasItem("MILESTONE_CHANGED"));
    search("indicator=3.1")
        .body("items.action", contains("MILESTONE_REMOVED", "MILESTONE_CHANGED"));
    // 2024: its submission entries, the target change of 2024 and the two draft saves
    search("period=2024")
        .body("total", equalTo(7))
        .body("items.action", hasItem("REPORT_DRAFT_CHANGED"))
        .body("items.action", not(hasItem("MILESTONE_CHANGED")));
    search("period=2024S1").body("items.action", not(hasItem("REPORT_DRAFT_CHANGED")));
    search("actor=admin").body("total", equalTo(4));
    search("orgUnit=ninh-kieu").body("items.kind", everyItem(equalTo("SUBMISSION")));
    searchText("khoảng 15")
        .body("items.action", contains("MILESTONE_REMOVED", "MILESTONE_CHANGED"));
    searchText("Trần Thị B").body("items.action", contains("REPORT_DRAFT_CHANGED"));
    LocalDate today = LocalDate.now(ClockProducer.VIETNAM);
    search("from=" + today + "&to=" + today).body("total", equalTo(13));
  }

  @Test
  void onlyCoordinatorAndAdminAndBadFiltersAreProblems() {
    as(Tokens.admin()).get("/api/v1/audit-events").then().statusCode(200);
    as(Tokens.viewer()).get("/api/v1/audit-events").then().statusCode(403);
    as(Tokens.reporter("ninh-kieu")).get("/api/v1/audit-events").then().statusCode(403);
    given().get("/api/v1/audit-events").then().statusCode(401);
    for (String bad :
        List.of(
            "action=DELETED",
            "from=yesterday",
            "from=2024-06-02&to=2024-06-01",
            "page=-1",
            "size=0",
            "size=201")) {
      as(Tokens.coordinator())
          .get("/api/v1/audit-events?" + bad)
          .then()
          .statusCode(400)
          .body("code", equalTo("INVALID_PARAMETER"));
    }
    as(Tokens.coordinator())
        .get("/api/v1/audit-events?orgUnit=nowhere")
        .then()
        .statusCode(404)
        .body("code", equalTo("ORG_UNIT_NOT_FOUND"));
    as(Tokens.coordinator())
        .get("/api/v1/audit-events?period=1999")
        .then()
        .statusCode(404)
        .body("code", equalTo("PERIOD_NOT_FOUND"));
    as(Tokens.coordinator())
        .get("/api/v1/audit-events?indicator=9.9")
        .then()
        .statusCode(404)
        .body("code", equalTo("INDICATOR_NOT_FOUND"));
  }
}
