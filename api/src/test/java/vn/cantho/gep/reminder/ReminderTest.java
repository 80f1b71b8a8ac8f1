package vn.cantho.gep.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.testing.ApiTest;
import vn.cantho.gep.testing.Db;
import vn.cantho.gep.testing.TestClock;
import vn.cantho.gep.testing.TestMailServer;
import vn.cantho.gep.testing.Tokens;

/**
 * Reminder emails through a real SMTP server (GreenMail): to the right people, in Vietnamese, once
 * per event however often and however concurrently the job runs.
 */
@QuarkusTest
class ReminderTest extends ApiTest {
  static final LocalDate DUE_S1 = LocalDate.of(2024, 6, 10);
  static final String CO_DO = "reporter.co-do@demo.gep.local";
  static final String CO_DO_2 = "pho.co-do@demo.gep.local";
  static final String NINH_KIEU = "reporter.ninh-kieu@demo.gep.local";
  static final String COORDINATOR = "dieu-phoi@demo.gep.local";

  @Inject ReminderRepository reminders;

  @BeforeEach
  void emptyMailbox() throws Exception {
    TestMailServer.server().purgeEmailFromAllMailboxes();
  }

  void contacts() {
    contact("co-do", "REPORTER", CO_DO, "Nguyễn Thị Hoa");
    contact("co-do", "REPORTER", CO_DO_2, "Trần Văn Nam");
    contact("ninh-kieu", "REPORTER", NINH_KIEU, "Lê Thị Lan");
    contact("so-ldtbxh", "COORDINATOR", COORDINATOR, "Phạm Minh Châu");
  }

  static void contact(String orgUnit, String kind, String email, String name) {
    as(Tokens.admin())
        .body(Map.of("orgUnit", orgUnit, "kind", kind, "email", email, "name", name))
        .post("/api/v1/contacts")
        .then()
        .statusCode(201);
  }

  static Response run() {
    return as(Tokens.admin()).post("/api/v1/reminders/run");
  }

  static List<MimeMessage> received() {
    return Arrays.asList(TestMailServer.server().getReceivedMessages());
  }

  static List<String> to(MimeMessage m) throws Exception {
    return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
  }

  @Test
  void sevenDaysBeforeTheDueDateReportersWhoHaveNotSubmittedGetOneEmail() throws Exception {
    contacts();
    TestClock.today(DUE_S1.minusDays(10));
    String id = create("ninh-kieu", "2024S1", List.of(value("1.1", 3, 10)));
    submit("ninh-kieu", id, true).then().statusCode(200);

    TestClock.today(DUE_S1.minusDays(7));
    run()
        .then()
        .statusCode(200)
        .body("today", equalTo("2024-06-03"))
        .body("sent", equalTo(1))
        .body("withoutRecipients", equalTo(23));

    assertThat(TestMailServer.server().waitForIncomingEmail(5000, 2)).isTrue();
    List<MimeMessage> mails = received();
    // GreenMail keeps one copy per recipient: one email to both co-do reporters
    assertThat(mails).hasSize(2);
    MimeMessage mail = mails.get(0);
    assertThat(to(mail)).containsExactlyInAnyOrder(CO_DO, CO_DO_2);
    assertThat(mail.getSubject())
        .isEqualTo("Nhắc gửi báo cáo bình đẳng giới kỳ 6 tháng đầu năm 2024 (hạn 10/06/2024)");
    String body = ((String) mail.getContent()).replace("\r\n", "\n");
    assertThat(body)
        .startsWith("Kính gửi: Huyện Cờ Đỏ\n")
        .contains("là ngày 10/06/2024 (còn 7 ngày)")
        .contains("http://localhost:5173/entry/2024S1");
    assertThat(mail.getFrom()[0].toString()).isEqualTo("no-reply@gep.cantho.gov.vn");

    run().then().body("sent", equalTo(0)).body("alreadyHandled", equalTo(1));
    assertThat(received()).hasSize(2);

    as(Tokens.admin())
        .queryParam("status", "SENT")
        .get("/api/v1/reminders")
        .then()
        .statusCode(200)
        .body("eventKey", contains("BEFORE_DUE:2024S1:co-do:7"))
        .body("[0].recipients", equalTo(CO_DO_2 + ", " + CO_DO))
        .body("[0].attempts", equalTo(1));
  }

  @Test
  void afterTheDueDateOverdueRemindersAndTheCoordinatorsDigestGoOutOnce() throws Exception {
    contacts();
    TestClock.today(DUE_S1.plusDays(1));
    List<Response> runs = concurrently(3, ReminderTest::run);
    assertThat(runs).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
    assertThat(runs.stream().mapToInt(r -> r.path("sent")).sum()).isEqualTo(3);

    assertThat(TestMailServer.server().waitForIncomingEmail(5000, 4)).isTrue();
    Thread.sleep(300);
    List<MimeMessage> mails = received();
    assertThat(mails).hasSize(4);
    MimeMessage digest =
        mails.stream().filter(m -> uncheckedTo(m).contains(COORDINATOR)).findFirst().orElseThrow();
    assertThat(digest.getSubject())
        .isEqualTo("Tổng hợp đơn vị quá hạn báo cáo bình đẳng giới ngày 11/06/2024");
    assertThat((String) digest.getContent())
        .contains("25 báo cáo đã quá hạn mà chưa được gửi")
        .contains("- Huyện Cờ Đỏ: kỳ 6 tháng đầu năm 2024, hạn 10/06/2024, quá hạn 1 ngày");
    MimeMessage ninhKieu =
        mails.stream().filter(m -> uncheckedTo(m).contains(NINH_KIEU)).findFirst().orElseThrow();
    assertThat(ninhKieu.getSubject())
        .isEqualTo("Quá hạn gửi báo cáo bình đẳng giới kỳ 6 tháng đầu năm 2024 (hạn 10/06/2024)");
    assertThat(Db.count("select count(*) from reminder where status = 'SENT'")).isEqualTo(3);
    assertThat(Db.count("select count(*) from reminder where kind = 'DIGEST'")).isEqualTo(1);
  }

  @Test
  void anEventLeftClaimedByASenderThatDiedIsSentOnceAfterTheLease() throws Exception {
    contact("co-do", "REPORTER", CO_DO, "Nguyễn Thị Hoa");
    String key = "BEFORE_DUE:2024S1:co-do:1";
    LocalDateTime nine = DUE_S1.minusDays(1).atTime(9, 0);
    // another instance claimed the event at 09:00 and was killed before it sent anything
    Db.exec(
        "insert into reminder (event_key, kind, org_unit_code, period_code, offset_days, status,"
            + " claimed_at, claimed_by) values ('"
            + key
            + "', 'BEFORE_DUE', 'co-do', '2024S1', 1, 'CLAIMED', '2024-06-09 09:00+07',"
            + " 'died@elsewhere')");

    TestClock.at(nine.plusMinutes(9));
    run().then().statusCode(200).body("sent", equalTo(0)).body("alreadyHandled", equalTo(1));

    TestClock.at(nine.plusMinutes(11));
    List<Response> runs = concurrently(3, ReminderTest::run);
    assertThat(runs).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
    assertThat(runs.stream().mapToInt(r -> r.path("sent")).sum()).isEqualTo(1);
    assertThat(TestMailServer.server().waitForIncomingEmail(5000, 1)).isTrue();
    Thread.sleep(300);
    assertThat(received()).hasSize(1);
    assertThat(to(received().get(0))).containsExactly(CO_DO);
    as(Tokens.admin())
        .queryParam("kind", "BEFORE_DUE")
        .get("/api/v1/reminders")
        .then()
        .body("find { it.eventKey == '" + key + "' }.status", equalTo("SENT"))
        .body("find { it.eventKey == '" + key + "' }.attempts", equalTo(2))
        .body("find { it.eventKey == '" + key + "' }.claimedBy", not(equalTo("died@elsewhere")));

    // the first sender, had it only been slow, cannot overwrite the outcome of the second
    reminders.finish(
        key, 1, ReminderStatus.FAILED, CO_DO, "late", "timed out", OffsetDateTime.now());
    assertThat(
            Db.count(
                "select count(*) from reminder where event_key = '"
                    + key
                    + "'"
                    + " and status = 'SENT' and error is null"))
        .isEqualTo(1);

    // a sent event is never claimed again, however old
    TestClock.at(nine.plusHours(3));
    run().then().body("sent", equalTo(0));
    assertThat(received()).hasSize(1);
  }

  @Test
  void aUnitWithoutContactsIsRemindedOnceItHasOne() throws Exception {
    TestClock.today(DUE_S1.minusDays(1));
    run().then().body("sent", equalTo(0)).body("withoutRecipients", equalTo(25));
    contact("co-do", "REPORTER", CO_DO, "Nguyễn Thị Hoa");
    run().then().body("sent", equalTo(1));
    assertThat(TestMailServer.server().waitForIncomingEmail(5000, 1)).isTrue();
    assertThat(received()).hasSize(1);
    assertThat(to(received().get(0))).containsExactly(CO_DO);
    as(Tokens.admin())
        .queryParam("kind", "BEFORE_DUE")
        .queryParam("status", "SENT")
        .get("/api/v1/reminders")
        .then()
        .body("[0].eventKey", equalTo("BEFORE_DUE:2024S1:co-do:1"))
        .body("[0].attempts", equalTo(2));
  }

  @Test
  void nothingForUnitsThatMayNoLongerWriteNorOnDaysWithoutAReminder() {
    contacts();
    TestClock.today(DUE_S1.minusDays(20));
    run().then().body("sent", equalTo(0)).body("withoutRecipients", equalTo(0));
    TestClock.today(DUE_S1.plusDays(1));
    as(Tokens.admin()).post("/api/v1/periods/2024S1/close").then().statusCode(200);
    run().then().body("sent", equalTo(0));
    assertThat(received()).isEmpty();
  }

  @Test
  void contactsAreKeptByTheAdmin() {
    contact("co-do", "REPORTER", CO_DO, "Nguyễn Thị Hoa");
    as(Tokens.admin())
        .body(
            Map.of(
                "orgUnit", "co-do", "kind", "REPORTER", "email", CO_DO.toUpperCase(), "name", "X"))
        .post("/api/v1/contacts")
        .then()
        .statusCode(409)
        .body("code", equalTo("CONTACT_EXISTS"));
    as(Tokens.admin())
        .body(
            Map.of("orgUnit", "co-do", "kind", "REPORTER", "email", "not-an-address", "name", "X"))
        .post("/api/v1/contacts")
        .then()
        .statusCode(400)
        .body("errors.field", contains("email"));
    as(Tokens.admin())
        .body(Map.of("orgUnit", "nowhere", "kind", "REPORTER", "email", "a@b.vn", "name", "X"))
        .post("/api/v1/contacts")
        .then()
        .statusCode(404)
        .body("code", equalTo("ORG_UNIT_NOT_FOUND"));
    as(Tokens.coordinator())
        .body(Map.of("orgUnit", "co-do", "kind", "REPORTER", "email", "a@b.vn", "name", "X"))
        .post("/api/v1/contacts")
        .then()
        .statusCode(403);
    as(Tokens.reporter("co-do")).get("/api/v1/contacts").then().statusCode(403);
    int id =
        as(Tokens.coordinator())
            .queryParam("orgUnit", "co-do")
            .get("/api/v1/contacts")
            .then()
            .statusCode(200)
            .body("email", contains(CO_DO))
            .body("[0].name", equalTo("Nguyễn Thị Hoa"))
            .extract()
            .path("[0].id");
    as(Tokens.admin()).delete("/api/v1/contacts/" + id).then().statusCode(204);
    as(Tokens.admin())
        .delete("/api/v1/contacts/" + id)
        .then()
        .statusCode(404)
        .body("code", equalTo("CONTACT_NOT_FOUND"));
    as(Tokens.admin()).get("/api/v1/contacts").then().body("$", hasSize(0));
  }

  @Test
  void onlyTheAdminRunsTheJobOrReadsTheLog() {
    as(Tokens.coordinator()).post("/api/v1/reminders/run").then().statusCode(403);
    as(Tokens.coordinator()).get("/api/v1/reminders").then().statusCode(403);
    as(Tokens.admin())
        .queryParam("limit", 0)
        .get("/api/v1/reminders")
        .then()
        .statusCode(400)
        .body("code", equalTo("INVALID_PARAMETER"));
  }

  static List<String> uncheckedTo(MimeMessage m) {
    try {
      return to(m);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
