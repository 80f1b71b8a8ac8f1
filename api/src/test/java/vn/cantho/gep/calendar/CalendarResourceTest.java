package vn.cantho.gep.calendar;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.testing.ApiTest;
import vn.cantho.gep.testing.Db;
import vn.cantho.gep.testing.TestClock;
import vn.cantho.gep.testing.Tokens;

/** The status matrix, due and overdue reports, reporting rates; windows and exceptions. */
@QuarkusTest
class CalendarResourceTest extends ApiTest {
  static final LocalDate DUE_S1 = LocalDate.of(2024, 6, 10);

  /** On 05/06/2024: co-do submitted, ninh-kieu has a draft, the rest have nothing. */
  void earlyJune() {
    TestClock.today(DUE_S1.minusDays(5));
    String id = create("co-do", "2024S1", List.of(value("1.1", 3, 10)));
    submit("co-do", id, true).then().statusCode(200);
    create("ninh-kieu", "2024S1", List.of(value("1.1", 3, 10)));
  }

  @Test
  void theMatrixShowsEachUnitsStatusAgainstTheDueDate() {
    earlyJune();
    as(Tokens.coordinator())
        .queryParam("period", "2024S1")
        .get("/api/v1/reporting-status")
        .then()
        .statusCode(200)
        .body("today", equalTo("2024-06-05"))
        .body("periods.code", contains("2024S1"))
        .body("rows.orgUnit", not(hasItem("can-tho")))
        .body("rows.find { it.orgUnit == 'co-do' }.nameVi", equalTo("Huyện Cờ Đỏ"))
        .body("rows.find { it.orgUnit == 'co-do' }.nameEn", equalTo("Co Do District"))
        .body("rows.find { it.orgUnit == 'co-do' }.cells[0].status", equalTo("SUBMITTED"))
        .body("rows.find { it.orgUnit == 'co-do' }.cells[0].onTime", equalTo(true))
        .body("rows.find { it.orgUnit == 'ninh-kieu' }.cells[0].status", equalTo("DRAFT"))
        .body("rows.find { it.orgUnit == 'ninh-kieu' }.cells[0].daysUntilDue", equalTo(5))
        .body("rows.find { it.orgUnit == 'so-y-te' }.cells[0].status", equalTo("NOT_STARTED"));

    TestClock.today(DUE_S1.plusDays(2));
    as(Tokens.viewer())
        .queryParam("period", "2024S1")
        .queryParam("orgUnitType", "DISTRICT")
        .queryParam("status", "OVERDUE")
        .get("/api/v1/reporting-status")
        .then()
        .statusCode(200)
        .body("rows.type", everyItem(equalTo("DISTRICT")))
        .body("rows.orgUnit", hasItem("ninh-kieu"))
        .body("rows.orgUnit", not(hasItem("co-do")))
        .body("rows.find { it.orgUnit == 'ninh-kieu' }.cells[0].submissionStatus", equalTo("DRAFT"))
        .body("rows.find { it.orgUnit == 'ninh-kieu' }.cells[0].daysLate", equalTo(2));
  }

  @Test
  void aLateFirstSubmissionStaysLateAfterItIsApproved() {
    TestClock.today(DUE_S1.plusDays(3));
    approved("co-do", "2024S1", List.of(value("1.1", 3, 10)));
    as(Tokens.coordinator())
        .queryParam("period", "2024S1")
        .get("/api/v1/reporting-status")
        .then()
        .body("rows.find { it.orgUnit == 'co-do' }.cells[0].status", equalTo("APPROVED"))
        .body("rows.find { it.orgUnit == 'co-do' }.cells[0].onTime", equalTo(false))
        .body("rows.find { it.orgUnit == 'co-do' }.cells[0].daysLate", equalTo(3));
  }

  @Test
  void aUnitOutsideThePlanIsNotExpectedAndCountsInNoRate() {
    Db.exec(
        "insert into org_unit (code, name_vi, type, parent_code, sort_order)"
            + " values ('test-ban-moi', 'Ban thử nghiệm', 'DEPARTMENT', 'can-tho', 99)");
    try {
      as(Tokens.coordinator())
          .queryParam("period", "2024S1")
          .get("/api/v1/reporting-status")
          .then()
          .body(
              "rows.find { it.orgUnit == 'test-ban-moi' }.cells[0].status",
              equalTo("NOT_EXPECTED"));
      as(Tokens.coordinator())
          .queryParam("period", "2024S1")
          .get("/api/v1/reporting-rates")
          .then()
          .body("[0].byOrgUnitType.find { it.orgUnitType == 'DEPARTMENT' }.expected", equalTo(16));
    } finally {
      Db.exec("delete from org_unit where code = 'test-ban-moi'");
    }
  }

  @Test
  void aReporterSeesOnlyTheirOwnUnit() {
    earlyJune();
    as(Tokens.reporter("co-do"))
        .get("/api/v1/reporting-status")
        .then()
        .statusCode(200)
        .body("rows.orgUnit", contains("co-do"))
        .body("periods.code", contains("2024", "2024S1"));
    as(Tokens.reporter("co-do"))
        .get("/api/v1/reporting-status/due")
        .then()
        .body("dueSoon", empty())
        .body("overdue", empty());
    as(Tokens.reporter("ninh-kieu"))
        .get("/api/v1/reporting-status/due")
        .then()
        .body("dueSoon.orgUnit", contains("ninh-kieu"))
        .body("dueSoon[0].status", equalTo("DRAFT"));
    as(Tokens.reporter("co-do"))
        .queryParam("period", "2024S1")
        .get("/api/v1/reporting-rates")
        .then()
        .body("[0].overall.expected", equalTo(1))
        .body("[0].overall.reportedOnTime", equalTo(1));
  }

  /**
   * The reporter's own status screen reads GET /reporting-status: the API, not the screen, keeps it
   * to the token's org unit, whatever the filters, and gives that unit's statuses per period.
   */
  @Test
  void aReporterGetsTheirOwnUnitsStatusesAndNeverAnotherUnits() {
    TestClock.today(DUE_S1.minusDays(5));
    approved("phong-dien", "2024S1", List.of(value("1.1", 3, 10)));
    create("ninh-kieu", "2024S1", List.of(value("1.1", 3, 10)));
    TestClock.today(DUE_S1.plusDays(2));
    String late = create("co-do", "2024S1", List.of(value("1.1", 3, 10)));
    submit("co-do", late, true).then().statusCode(200);
    move(Tokens.coordinator(), late, "return", Map.of("reason", "Thiếu số liệu chỉ tiêu 1.1"))
        .then()
        .statusCode(200);

    as(Tokens.reporter("co-do"))
        .get("/api/v1/reporting-status")
        .then()
        .statusCode(200)
        .body("rows.orgUnit", contains("co-do"))
        .body("rows[0].nameEn", equalTo("Co Do District"))
        .body("periods.code", contains("2024", "2024S1"))
        .body("periods.entryState", everyItem(equalTo("OPEN")))
        .body("rows[0].cells.period", contains("2024", "2024S1"))
        .body("rows[0].cells[0].status", equalTo("NOT_STARTED"))
        .body("rows[0].cells[0].acceptingEntries", equalTo(true))
        .body("rows[0].cells[1].status", equalTo("RETURNED"))
        .body("rows[0].cells[1].submissionStatus", equalTo("RETURNED"))
        .body("rows[0].cells[1].onTime", equalTo(false))
        .body("rows[0].cells[1].daysLate", equalTo(2));
    as(Tokens.reporter("ninh-kieu"))
        .queryParam("period", "2024S1")
        .get("/api/v1/reporting-status")
        .then()
        .body("rows.orgUnit", contains("ninh-kieu"))
        .body("rows[0].cells[0].status", equalTo("OVERDUE"))
        .body("rows[0].cells[0].submissionStatus", equalTo("DRAFT"))
        .body("rows[0].cells[0].daysLate", equalTo(2));
    as(Tokens.reporter("phong-dien"))
        .queryParam("period", "2024S1")
        .get("/api/v1/reporting-status")
        .then()
        .body("rows.orgUnit", contains("phong-dien"))
        .body("rows[0].cells[0].status", equalTo("APPROVED"))
        .body("rows[0].cells[0].onTime", equalTo(true));

    // filters only narrow: asking for other units' types or statuses gives nothing
    as(Tokens.reporter("co-do"))
        .queryParam("orgUnitType", "DEPARTMENT")
        .get("/api/v1/reporting-status")
        .then()
        .statusCode(200)
        .body("rows", empty());
    as(Tokens.reporter("co-do"))
        .queryParam("status", "OVERDUE,APPROVED")
        .get("/api/v1/reporting-status")
        .then()
        .body("rows", empty());
    // a reporter the token binds to no org unit sees no unit at all
    String unbound = Tokens.token("reporter.unbound", List.of("reporter"), null);
    as(unbound).get("/api/v1/reporting-status").then().statusCode(200).body("rows", empty());
    as(unbound)
        .get("/api/v1/reporting-status/due")
        .then()
        .statusCode(200)
        .body("dueSoon", empty())
        .body("overdue", empty());
  }

  @Test
  void listsWhatIsDueSoonAndWhatIsOverdue() {
    earlyJune();
    as(Tokens.coordinator())
        .queryParam("withinDays", 7)
        .get("/api/v1/reporting-status/due")
        .then()
        .statusCode(200)
        .body("withinDays", equalTo(7))
        .body("dueSoon", hasSize(24))
        .body("dueSoon.period", everyItem(equalTo("2024S1")))
        .body("dueSoon.orgUnit", not(hasItem("co-do")))
        .body("dueSoon.find { it.orgUnit == 'ninh-kieu' }.nameVi", equalTo("Quận Ninh Kiều"))
        .body("dueSoon.find { it.orgUnit == 'ninh-kieu' }.nameEn", equalTo("Ninh Kieu District"))
        .body("overdue", empty());
    TestClock.today(DUE_S1.plusDays(1));
    as(Tokens.coordinator())
        .get("/api/v1/reporting-status/due")
        .then()
        .body("overdue", hasSize(24))
        .body("overdue[0].daysLate", equalTo(1));
    as(Tokens.coordinator())
        .queryParam("withinDays", "soon")
        .get("/api/v1/reporting-status/due")
        .then()
        .statusCode(400)
        .body("code", equalTo("INVALID_PARAMETER"));
  }

  @Test
  void reportingRatesPerPeriodOverallAndPerType() {
    earlyJune();
    as(Tokens.viewer())
        .queryParam("period", "2024S1")
        .get("/api/v1/reporting-rates")
        .then()
        .statusCode(200)
        .body("[0].period", equalTo("2024S1"))
        .body("[0].dueDate", equalTo("2024-06-10"))
        .body("[0].overall.expected", equalTo(25))
        .body("[0].overall.reported", equalTo(1))
        .body("[0].overall.reportedOnTime", equalTo(1))
        .body("[0].overall.reportingRate", equalTo(4))
        .body("[0].byOrgUnitType.orgUnitType", contains("DEPARTMENT", "DISTRICT"))
        .body("[0].byOrgUnitType[1].expected", equalTo(9))
        .body("[0].byOrgUnitType[1].reportingRate", equalTo(11.1f));
  }

  @Test
  void badFiltersAreRefused() {
    as(Tokens.coordinator())
        .queryParam("status", "LOST")
        .get("/api/v1/reporting-status")
        .then()
        .statusCode(400)
        .body("code", equalTo("INVALID_PARAMETER"));
    as(Tokens.coordinator())
        .queryParam("period", "1999")
        .get("/api/v1/reporting-rates")
        .then()
        .statusCode(404)
        .body("code", equalTo("PERIOD_NOT_FOUND"));
    given().get("/api/v1/reporting-status").then().statusCode(401);
  }

  @Test
  void outsideTheWindowNothingIsWrittenUnlessTheCoordinatorGrantsAnException() {
    TestClock.today(LocalDate.of(2024, 6, 21));
    as(Tokens.admin())
        .body(Map.of("opensOn", "2024-05-01", "closesOn", "2024-06-20"))
        .put("/api/v1/periods/2024S1/window")
        .then()
        .statusCode(200)
        .body("opensOn", equalTo("2024-05-01"))
        .body("closesOn", equalTo("2024-06-20"))
        .body("open", equalTo(true))
        .body("entryState", equalTo("WINDOW_ENDED"));
    as(Tokens.reporter("co-do"))
        .body(body("co-do", "2024S1", List.of(value("1.1", 3, 10))))
        .post("/api/v1/submissions")
        .then()
        .statusCode(409)
        .body("code", equalTo("PERIOD_CLOSED"))
        .body("entryState", equalTo("WINDOW_ENDED"));
    assertNoSubmissions();

    as(Tokens.coordinator())
        .body(Map.of("until", "2024-06-25", "reason", "Cán bộ phụ trách nghỉ ốm"))
        .put("/api/v1/periods/2024S1/exceptions/co-do")
        .then()
        .statusCode(200)
        .body("orgUnit", equalTo("co-do"))
        .body("until", equalTo("2024-06-25"))
        .body("grantedBy", equalTo("coordinator"));
    String id = create("co-do", "2024S1", List.of(value("1.1", 3, 10)));
    as(Tokens.reporter("ninh-kieu"))
        .body(body("ninh-kieu", "2024S1", List.of(value("1.1", 3, 10))))
        .post("/api/v1/submissions")
        .then()
        .statusCode(409);

    TestClock.today(LocalDate.of(2024, 6, 26));
    submit("co-do", id, true).then().statusCode(409).body("code", equalTo("PERIOD_CLOSED"));
    as(Tokens.coordinator())
        .get("/api/v1/periods/2024S1/exceptions")
        .then()
        .body("orgUnit", contains("co-do"))
        .body("reason", contains("Cán bộ phụ trách nghỉ ốm"));
    as(Tokens.reporter("co-do"))
        .get("/api/v1/periods/2024S1/exceptions")
        .then()
        .body("orgUnit", contains("co-do"));
    as(Tokens.reporter("ninh-kieu"))
        .get("/api/v1/periods/2024S1/exceptions")
        .then()
        .statusCode(200)
        .body("$", empty());
    as(Tokens.coordinator())
        .delete("/api/v1/periods/2024S1/exceptions/co-do")
        .then()
        .statusCode(204);
    as(Tokens.coordinator())
        .delete("/api/v1/periods/2024S1/exceptions/co-do")
        .then()
        .statusCode(404)
        .body("code", equalTo("EXCEPTION_NOT_FOUND"));
  }

  @Test
  void beforeTheWindowOpensTheProblemSaysSo() {
    TestClock.today(LocalDate.of(2024, 4, 1));
    as(Tokens.admin())
        .body(Map.of("opensOn", "2024-05-01"))
        .put("/api/v1/periods/2024S1/window")
        .then()
        .statusCode(200)
        .body("closesOn", nullValue())
        .body("entryState", equalTo("NOT_YET_OPEN"));
    as(Tokens.reporter("co-do"))
        .body(body("co-do", "2024S1", List.of(value("1.1", 3, 10))))
        .post("/api/v1/submissions")
        .then()
        .statusCode(409)
        .body("code", equalTo("PERIOD_NOT_YET_OPEN"));
  }

  @Test
  void aManualCloseRefusesWritesTooAndTheExceptionStillHelps() {
    TestClock.today(LocalDate.of(2024, 6, 1));
    as(Tokens.admin())
        .post("/api/v1/periods/2024S1/close")
        .then()
        .body("entryState", equalTo("CLOSED"));
    as(Tokens.reporter("co-do"))
        .body(body("co-do", "2024S1", List.of(value("1.1", 3, 10))))
        .post("/api/v1/submissions")
        .then()
        .statusCode(409)
        .body("code", equalTo("PERIOD_CLOSED"));
    as(Tokens.coordinator())
        .body(Map.of("until", "2024-06-01", "reason", "Bổ sung số liệu"))
        .put("/api/v1/periods/2024S1/exceptions/co-do")
        .then()
        .statusCode(200);
    create("co-do", "2024S1", List.of(value("1.1", 3, 10)));
    as(Tokens.coordinator())
        .queryParam("period", "2024S1")
        .get("/api/v1/reporting-status")
        .then()
        .body("rows.find { it.orgUnit == 'co-do' }.cells[0].exceptionUntil", equalTo("2024-06-01"))
        .body("rows.find { it.orgUnit == 'co-do' }.cells[0].acceptingEntries", equalTo(true))
        .body("rows.find { it.orgUnit == 'ninh-kieu' }.cells[0].acceptingEntries", equalTo(false));
  }

  @Test
  void windowAndExceptionRulesAndRoles() {
    TestClock.today(LocalDate.of(2024, 6, 1));
    as(Tokens.admin())
        .body(Map.of("opensOn", "2024-06-20", "closesOn", "2024-06-10"))
        .put("/api/v1/periods/2024S1/window")
        .then()
        .statusCode(422)
        .body("code", equalTo("ENTRY_WINDOW_INVALID"));
    as(Tokens.coordinator())
        .body(Map.of("closesOn", "2024-06-20"))
        .put("/api/v1/periods/2024S1/window")
        .then()
        .statusCode(403);
    as(Tokens.admin())
        .body(Map.of("until", "2024-06-25", "reason", "x"))
        .put("/api/v1/periods/2024S1/exceptions/co-do")
        .then()
        .statusCode(403);
    as(Tokens.coordinator())
        .body(Map.of("until", "2024-05-31", "reason", "x"))
        .put("/api/v1/periods/2024S1/exceptions/co-do")
        .then()
        .statusCode(422)
        .body("code", equalTo("EXCEPTION_INVALID"));
    as(Tokens.coordinator())
        .body(Map.of("until", "2024-06-25"))
        .put("/api/v1/periods/2024S1/exceptions/co-do")
        .then()
        .statusCode(400)
        .body("errors.field", contains("reason"));
    as(Tokens.coordinator())
        .body(Map.of("until", "2024-06-25", "reason", "x"))
        .put("/api/v1/periods/2024S1/exceptions/nowhere")
        .then()
        .statusCode(404)
        .body("code", equalTo("ORG_UNIT_NOT_FOUND"));
    as(Tokens.coordinator())
        .body(Map.of("until", "2024-06-25", "reason", "x"))
        .put("/api/v1/periods/1999/exceptions/co-do")
        .then()
        .statusCode(404)
        .body("code", equalTo("PERIOD_NOT_FOUND"));
    assertNoExceptions();
  }

  static void assertNoSubmissions() {
    org.assertj.core.api.Assertions.assertThat(Db.count("select count(*) from submission"))
        .isZero();
  }

  static void assertNoExceptions() {
    org.assertj.core.api.Assertions.assertThat(Db.count("select count(*) from period_exception"))
        .isZero();
  }

  static io.restassured.specification.RequestSpecification given() {
    return io.restassured.RestAssured.given();
  }
}
