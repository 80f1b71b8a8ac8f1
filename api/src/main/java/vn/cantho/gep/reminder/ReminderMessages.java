package vn.cantho.gep.reminder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.cantho.gep.period.PeriodType;

/** The Vietnamese texts of the reminder emails (pure). */
public final class ReminderMessages {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String SIGNATURE =
      "\n\n--\nHệ thống theo dõi thực hiện Kế hoạch bình đẳng giới thành phố Cần Thơ (GEP Monitor)."
          + "\nĐây là thư tự động, vui lòng không trả lời thư này.\n";

  private ReminderMessages() {}

  /** A subject and a plain-text body. */
  public record Message(String subject, String body) {}

  /** One overdue report in the digest. */
  public record OverdueLine(
      String orgUnitName, String periodCode, PeriodType type, LocalDate dueDate, int daysLate) {}

  /**
   * The period as Vietnamese reports name it: "6 tháng đầu năm 2024", "năm 2024", "quý 1 năm 2024".
   */
  public static String periodLabel(String code, PeriodType type) {
    String year = code.substring(0, 4);
    return switch (type) {
      case YEARLY -> "năm " + year;
      case SIX_MONTHLY -> (code.endsWith("S1") ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
      case QUARTERLY -> "quý " + code.substring(5) + " năm " + year;
    };
  }

  public static String date(LocalDate day) {
    return DATE.format(day);
  }

  /** To an org unit's reporters before the due date ({@code daysLeft} 0 on the day itself). */
  public static Message beforeDue(
      String orgUnitName,
      String periodCode,
      PeriodType type,
      LocalDate dueDate,
      int daysLeft,
      String entryUrl) {
    String label = periodLabel(periodCode, type);
    String when =
        daysLeft == 0
            ? "là hôm nay, ngày " + date(dueDate)
            : "là ngày " + date(dueDate) + " (còn " + daysLeft + " ngày)";
    return new Message(
        "Nhắc gửi báo cáo bình đẳng giới kỳ " + label + " (hạn " + date(dueDate) + ")",
        letter(
            orgUnitName,
            "Đơn vị chưa gửi báo cáo thực hiện Kế hoạch bình đẳng giới kỳ "
                + label
                + ". Hạn gửi báo cáo về Sở Lao động - Thương binh và Xã hội "
                + when
                + ".\n\nĐề nghị đơn vị nhập số liệu và gửi báo cáo tại: "
                + entryUrl));
  }

  /** To an org unit's reporters after the due date. */
  public static Message overdue(
      String orgUnitName,
      String periodCode,
      PeriodType type,
      LocalDate dueDate,
      int daysLate,
      String entryUrl) {
    String label = periodLabel(periodCode, type);
    return new Message(
        "Quá hạn gửi báo cáo bình đẳng giới kỳ " + label + " (hạn " + date(dueDate) + ")",
        letter(
            orgUnitName,
            "Báo cáo thực hiện Kế hoạch bình đẳng giới kỳ "
                + label
                + " của đơn vị chưa được gửi, đã quá hạn "
                + daysLate
                + " ngày (hạn gửi: "
                + date(dueDate)
                + ").\n\nĐề nghị đơn vị khẩn trương nhập số liệu và gửi báo cáo tại: "
                + entryUrl));
  }

  /** To so-ldtbxh's coordinators: every overdue report of the day. */
  public static Message digest(
      String coordinatorName, LocalDate today, List<OverdueLine> lines, String statusUrl) {
    StringBuilder body =
        new StringBuilder("Đến ngày ")
            .append(date(today))
            .append(", ")
            .append(lines.size())
            .append(" báo cáo đã quá hạn mà chưa được gửi:\n");
    for (OverdueLine l : lines) {
      body.append("\n- ")
          .append(l.orgUnitName())
          .append(": kỳ ")
          .append(periodLabel(l.periodCode(), l.type()))
          .append(", hạn ")
          .append(date(l.dueDate()))
          .append(", quá hạn ")
          .append(l.daysLate())
          .append(" ngày");
    }
    body.append("\n\nXem tình hình báo cáo tại: ").append(statusUrl);
    return new Message(
        "Tổng hợp đơn vị quá hạn báo cáo bình đẳng giới ngày " + date(today),
        letter(coordinatorName, body.toString()));
  }

  /** The administrative letter form: addressee, text, the system's signature. */
  private static String letter(String addressee, String text) {
    return "Kính gửi: " + addressee + "\n\n" + text + SIGNATURE;
  }
}
