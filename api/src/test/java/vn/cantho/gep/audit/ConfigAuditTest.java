package vn.cantho.gep.audit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.config.ClockProducer;
import vn.cantho.gep.testing.ApiTest;
import vn.cantho.gep.testing.Db;
import vn.cantho.gep.testing.Tokens;

/**
 * Every change to configuration is an audit event with who (name and token subject), before and
 * after: periods opened, closed and given a window, exceptions granted, changed and revoked,
 * contacts added and removed (a tombstone), plan years started, reminder runs; a refused request
 * leaves none.
 */
@QuarkusTest
class ConfigAuditTest extends ApiTest {
  private static final LocalDate TODAY = LocalDate.now(ClockProducer.VIETNAM);

  private static ValidatableResponse audit(String query) {
    return as(Tokens.coordinator()).get("/api/v1/audit-events?" + query).then().statusCode(200);
  }

  private static long auditRows() {
    return Db.count("select count(*) from config_change");
  }

  @Test
  void closingAndOpeningAPeriodIsRecordedOncePerChange() {
    as(Tokens.admin()).post("/api/v1/periods/2024S1/close").then().statusCode(200);
    // closing a closed period changes nothing and records nothing
    as(Tokens.admin()).post("/api/v1/periods/2024S1/close").then().statusCode(200);
    as(Tokens.admin()).post("/api/v1/periods/2024S1/open").then().statusCode(200);
    audit("period=2024S1")
        .body("total", equalTo(2))
        .body("items.action", contains("PERIOD_OPENED", "PERIOD_CLOSED"))
        .body("items.kind", everyItem(equalTo("PERIOD")))
        .body("items.actor", everyItem(equalTo("admin")))
        .body("items.actorSubject", everyItem(equalTo("sub-admin")))
        .body("items.period", everyItem(equalTo("2024S1")))
        .body("items.at", everyItem(notNullValue()))
        .body("items[1].before.open", equalTo(true))
        .body("items[1].after.open", equalTo(false))
        .body("items[0].before.open", equalTo(false))
        .body("items[0].after.open", equalTo(true));
  }

  @Test
  void anEntryWindowChangeKeepsTheWindowBeforeAndAfter() {
    as(Tokens.admin())
        .body(Map.of("opensOn", "2024-05-01", "closesOn", "2024-06-20"))
        .put("/api/v1/periods/2024S1/window")
        .then()
        .statusCode(200);
    Map<String, Object> noClose = new HashMap<>();
    noClose.put("opensOn", "2024-05-01");
    noClose.put("closesOn", null);
    as(Tokens.admin()).body(noClose).put("/api/v1/periods/2024S1/window").then().statusCode(200);
    // the same window again is no change
    as(Tokens.admin()).body(noClose).put("/api/v1/periods/2024S1/window").then().statusCode(200);
    audit("action=ENTRY_WINDOW_CHANGED")
        .body("total", equalTo(2))
        .body("items[1].actorSubject", equalTo("sub-admin"))
        .body("items[1].before.opensOn", nullValue())
        .body("items[1].before.closesOn", nullValue())
        .body("items[1].after.opensOn", equalTo("2024-05-01"))
        .body("items[1].after.closesOn", equalTo("2024-06-20"))
        .body("items[0].before.closesOn", equalTo("2024-06-20"))
        .body("items[0].after.opensOn", equalTo("2024-05-01"))
        .body("items[0].after.closesOn", nullValue());
  }

  @Test
  void everyGrantOfAnExceptionIsKeptWithWhoGrantedIt() {
    String first = TODAY.plusDays(5).toString();
    String second = TODAY.plusDays(9).toString();
    as(Tokens.coordinator())
        .body(Map.of("until", first, "reason", "Cán bộ phụ trách nghỉ ốm"))
        .put("/api/v1/periods/2024S1/exceptions/co-do")
        .then()
        .statusCode(200);
    String other = Tokens.token("coordinator.b", List.of("coordinator"), null);
    as(other)
        .body(Map.of("until", second, "reason", "Gia hạn thêm"))
        .put("/api/v1/periods/2024S1/exceptions/co-do")
        .then()
        .statusCode(200)
        .body("grantedBy", equalTo("coordinator.b"));
    as(Tokens.coordinator())
        .delete("/api/v1/periods/2024S1/exceptions/co-do")
        .then()
        .statusCode(204);
    audit("orgUnit=co-do")
        .body("total", equalTo(3))
        .body(
            "items.action", contains("EXCEPTION_REVOKED", "EXCEPTION_CHANGED", "EXCEPTION_GRANTED"))
        .body("items.kind", everyItem(equalTo("PERIOD_EXCEPTION")))
        .body("items.period", everyItem(equalTo("2024S1")))
        .body("items.orgUnitNameVi", everyItem(equalTo("Huyện Cờ Đỏ")))
        .body("items[2].actor", equalTo("coordinator"))
        .body("items[2].actorSubject", equalTo("sub-coordinator"))
        .body("items[2].before", nullValue())
        .body("items[2].after.until", equalTo(first))
        .body("items[2].after.grantedBy", equalTo("coordinator"))
        .body("items[1].actor", equalTo("coordinator.b"))
        .body("items[1].actorSubject", equalTo("sub-coordinator.b"))
        .body("items[1].before.until", equalTo(first))
        .body("items[1].before.reason", equalTo("Cán bộ phụ trách nghỉ ốm"))
        .body("items[1].before.grantedBy", equalTo("coordinator"))
        .body("items[1].after.until", equalTo(second))
        .body("items[1].after.grantedBy", equalTo("coordinator.b"))
        .body("items[0].actor", equalTo("coordinator"))
        .body("items[0].before.until", equalTo(second))
        .body("items[0].before.grantedBy", equalTo("coordinator.b"))
        .body("items[0].after", nullValue());
    audit("q=nghỉ ốm").body("items.action", contains("EXCEPTION_CHANGED", "EXCEPTION_GRANTED"));
    audit("actor=sub-coordinator.b").body("items.action", contains("EXCEPTION_CHANGED"));
  }

  @Test
  void aRemovedContactStaysInTheLogAsATombstone() {
    long id =
        ((Number)
                as(Tokens.admin())
                    .body(
                        Map.of(
                            "orgUnit", "co-do",
                            "kind", "REPORTER",
                            "email", "hoa@co-do.example",
                            "name", "Nguyễn Thị Hoa"))
                    .post("/api/v1/contacts")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"))
            .longValue();
    as(Tokens.admin()).delete("/api/v1/contacts/" + id).then().statusCode(204);
    audit("orgUnit=co-do")
        .body("items.action", contains("CONTACT_REMOVED", "CONTACT_ADDED"))
        .body("items.kind", everyItem(equalTo("CONTACT")))
        .body("items.actorSubject", everyItem(equalTo("sub-admin")))
        .body("items[1].before", nullValue())
        .body("items[1].after.id", equalTo((int) id))
        .body("items[1].after.email", equalTo("hoa@co-do.example"))
        .body("items[0].before.id", equalTo((int) id))
        .body("items[0].before.name", equalTo("Nguyễn Thị Hoa"))
        .body("items[0].before.kind", equalTo("REPORTER"))
        .body("items[0].before.createdBy", equalTo("admin"))
        .body("items[0].after", nullValue());
    assertEquals(0, Db.count("select count(*) from org_unit_contact"));
  }

  @Test
  void startingAPlanYearRecordsWhatWasCopiedAndCreated() {
    as(Tokens.admin())
        .body(Map.of("year", 2025, "copyFrom", 2024, "titleVi", "Kế hoạch năm 2025"))
        .post("/api/v1/plans")
        .then()
        .statusCode(201);
    // a period of 2025 selects the start of its plan year
    audit("period=2025S1")
        .body("total", equalTo(1))
        .body("items[0].action", equalTo("PLAN_YEAR_STARTED"))
        .body("items[0].kind", equalTo("PLAN"))
        .body("items[0].actor", equalTo("admin"))
        .body("items[0].actorSubject", equalTo("sub-admin"))
        .body("items[0].planYear", equalTo(2025))
        .body("items[0].before", nullValue())
        .body("items[0].after.plan.titleVi", equalTo("Kế hoạch năm 2025"))
        .body("items[0].after.copiedFrom", equalTo(2024))
        .body("items[0].after.targets", equalTo(22))
        .body("items[0].after.periodsCreated", containsInAnyOrder("2025S1", "2025"));
  }

  @Test
  void aReminderRunByHandIsRecordedWithWhatItDid() {
    as(Tokens.admin()).post("/api/v1/reminders/run").then().statusCode(200);
    audit("action=REMINDERS_RUN")
        .body("total", equalTo(1))
        .body("items[0].kind", equalTo("REMINDERS"))
        .body("items[0].actorSubject", equalTo("sub-admin"))
        .body("items[0].before", nullValue())
        .body("items[0].after.today", equalTo(TODAY.toString()))
        .body("items[0].after.sent", notNullValue());
  }

  @Test
  void aRefusedRequestLeavesNoAuditRow() {
    as(Tokens.coordinator()).post("/api/v1/periods/2024S1/close").then().statusCode(403);
    as(Tokens.reporter("co-do")).post("/api/v1/periods/2024S1/open").then().statusCode(403);
    as(Tokens.admin())
        .body(Map.of("opensOn", "2024-06-01", "closesOn", "2024-05-01"))
        .put("/api/v1/periods/2024S1/window")
        .then()
        .statusCode(422)
        .body("code", equalTo("ENTRY_WINDOW_INVALID"));
    as(Tokens.admin()).post("/api/v1/periods/1999/close").then().statusCode(404);
    as(Tokens.admin())
        .body(Map.of("until", TODAY.plusDays(3).toString(), "reason", "x"))
        .put("/api/v1/periods/2024S1/exceptions/co-do")
        .then()
        .statusCode(403);
    as(Tokens.coordinator())
        .body(Map.of("until", TODAY.minusDays(1).toString(), "reason", "x"))
        .put("/api/v1/periods/2024S1/exceptions/co-do")
        .then()
        .statusCode(422)
        .body("code", equalTo("EXCEPTION_INVALID"));
    as(Tokens.coordinator())
        .delete("/api/v1/periods/2024S1/exceptions/co-do")
        .then()
        .statusCode(404);
    Map<String, Object> contact =
        Map.of("orgUnit", "co-do", "kind", "REPORTER", "email", "a@co-do.example", "name", "A");
    as(Tokens.coordinator()).body(contact).post("/api/v1/contacts").then().statusCode(403);
    as(Tokens.admin()).delete("/api/v1/contacts/999999").then().statusCode(404);
    as(Tokens.admin())
        .body(Map.of("year", 2024, "copyFrom", 2024, "titleVi", "Trùng"))
        .post("/api/v1/plans")
        .then()
        .statusCode(409)
        .body("code", equalTo("PLAN_EXISTS"));
    as(Tokens.admin())
        .body(Map.of("year", 2026, "copyFrom", 2029, "titleVi", "Không có nguồn"))
        .post("/api/v1/plans")
        .then()
        .statusCode(422);
    as(Tokens.viewer()).post("/api/v1/reminders/run").then().statusCode(403);
    assertEquals(0, auditRows());
    // a refusal after a change leaves only the change
    as(Tokens.admin()).body(contact).post("/api/v1/contacts").then().statusCode(201);
    as(Tokens.admin())
        .body(contact)
        .post("/api/v1/contacts")
        .then()
        .statusCode(409)
        .body("code", equalTo("CONTACT_EXISTS"));
    assertEquals(1, auditRows());
    audit("size=50").body("items", hasSize(1)).body("items[0].action", equalTo("CONTACT_ADDED"));
  }

  @Test
  void configurationEventsFilterLikeTheOthers() {
    as(Tokens.admin()).post("/api/v1/periods/2024/close").then().statusCode(200);
    as(Tokens.coordinator())
        .body(Map.of("until", TODAY.plusDays(2).toString(), "reason", "Bổ sung số liệu"))
        .put("/api/v1/periods/2024/exceptions/vinh-thanh")
        .then()
        .statusCode(200);
    audit("period=2024").body("total", equalTo(2));
    audit("period=2024S1").body("total", equalTo(0));
    audit("orgUnit=vinh-thanh").body("items.action", contains("EXCEPTION_GRANTED"));
    audit("actor=ADMIN").body("items.action", contains("PERIOD_CLOSED"));
    audit("actor=sub-coordinator").body("items.action", contains("EXCEPTION_GRANTED"));
    audit("action=period_closed").body("total", equalTo(1));
    audit("q=Bổ sung").body("items.action", contains("EXCEPTION_GRANTED"));
    audit("from=" + TODAY + "&to=" + TODAY).body("total", equalTo(2));
    audit("to=" + TODAY.minusDays(1)).body("total", equalTo(0));
  }
}
