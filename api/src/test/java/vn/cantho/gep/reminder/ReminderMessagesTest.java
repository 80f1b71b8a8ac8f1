package vn.cantho.gep.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.period.PeriodType;

/** The Vietnamese texts of the emails, exact with diacritics. */
class ReminderMessagesTest {
  static final LocalDate DUE = LocalDate.of(2024, 6, 10);

  @Test
  void namesPeriodsAsVietnameseReportsDo() {
    assertThat(ReminderMessages.periodLabel("2024S1", PeriodType.SIX_MONTHLY))
        .isEqualTo("6 tháng đầu năm 2024");
    assertThat(ReminderMessages.periodLabel("2024S2", PeriodType.SIX_MONTHLY))
        .isEqualTo("6 tháng cuối năm 2024");
    assertThat(ReminderMessages.periodLabel("2024", PeriodType.YEARLY)).isEqualTo("năm 2024");
    assertThat(ReminderMessages.periodLabel("2025Q3", PeriodType.QUARTERLY))
        .isEqualTo("quý 3 năm 2025");
  }

  @Test
  void theReminderBeforeTheDueDateNamesUnitPeriodDateAndLink() {
    var m =
        ReminderMessages.beforeDue(
            "Huyện Cờ Đỏ", "2024S1", PeriodType.SIX_MONTHLY, DUE, 7, "https://gep/entry/2024S1");
    assertThat(m.subject())
        .isEqualTo("Nhắc gửi báo cáo bình đẳng giới kỳ 6 tháng đầu năm 2024 (hạn 10/06/2024)");
    assertThat(m.body())
        .startsWith("Kính gửi: Huyện Cờ Đỏ\n")
        .contains("kỳ 6 tháng đầu năm 2024")
        .contains("là ngày 10/06/2024 (còn 7 ngày)")
        .contains("tại: https://gep/entry/2024S1");
    assertThat(
            ReminderMessages.beforeDue("Huyện Cờ Đỏ", "2024", PeriodType.YEARLY, DUE, 0, "u")
                .body())
        .contains("là hôm nay, ngày 10/06/2024");
  }

  @Test
  void theOverdueReminderSaysByHowManyDays() {
    var m =
        ReminderMessages.overdue(
            "Sở Y tế", "2024S1", PeriodType.SIX_MONTHLY, DUE, 7, "https://gep/entry/2024S1");
    assertThat(m.subject())
        .isEqualTo("Quá hạn gửi báo cáo bình đẳng giới kỳ 6 tháng đầu năm 2024 (hạn 10/06/2024)");
    assertThat(m.body()).contains("đã quá hạn 7 ngày (hạn gửi: 10/06/2024)");
  }

  @Test
  void theDigestListsEveryOverdueReport() {
    var m =
        ReminderMessages.digest(
            "Sở Lao động - Thương binh và Xã hội",
            DUE.plusDays(1),
            List.of(
                new ReminderMessages.OverdueLine(
                    "Huyện Cờ Đỏ", "2024S1", PeriodType.SIX_MONTHLY, DUE, 1)),
            "https://gep/status");
    assertThat(m.subject())
        .isEqualTo("Tổng hợp đơn vị quá hạn báo cáo bình đẳng giới ngày 11/06/2024");
    assertThat(m.body())
        .contains("Đến ngày 11/06/2024, 1 báo cáo đã quá hạn mà chưa được gửi:")
        .contains("- Huyện Cờ Đỏ: kỳ 6 tháng đầu năm 2024, hạn 10/06/2024, quá hạn 1 ngày")
        .contains("https://gep/status");
  }
}
