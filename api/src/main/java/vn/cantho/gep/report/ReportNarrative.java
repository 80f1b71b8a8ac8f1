package vn.cantho.gep.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.cantho.gep.attainment.AttainmentRow;
import vn.cantho.gep.attainment.AttainmentStatus;
import vn.cantho.gep.indicator.Comparator;

/**
 * The prefilled narrative of one objective, written from its attainment rows: how many indicators
 * are met, then one sentence per indicator with its value, target and status. The coordinator edits
 * it before the report is sent.
 */
public final class ReportNarrative {
  private ReportNarrative() {}

  /**
   * @param unit each row's unit in words
   */
  public static String of(List<AttainmentRow> rows, Function<AttainmentRow, String> unit) {
    List<String> parts = new ArrayList<>();
    parts.add("Mục tiêu có " + tally(rows) + ".");
    for (AttainmentRow r : rows) {
      parts.add(sentence(r, unit.apply(r)));
    }
    return String.join(" ", parts);
  }

  /** "3 chỉ tiêu: 1 chỉ tiêu đạt, 2 chỉ tiêu chưa đạt, 0 chỉ tiêu chưa có số liệu". */
  static String tally(List<AttainmentRow> rows) {
    return rows.size()
        + " chỉ tiêu: "
        + count(rows, AttainmentStatus.ACHIEVED)
        + " chỉ tiêu đạt, "
        + count(rows, AttainmentStatus.NOT_ACHIEVED)
        + " chỉ tiêu chưa đạt, "
        + count(rows, AttainmentStatus.NO_DATA)
        + " chỉ tiêu chưa có số liệu";
  }

  private static long count(List<AttainmentRow> rows, AttainmentStatus status) {
    return rows.stream().filter(r -> r.status() == status).count();
  }

  static String sentence(AttainmentRow r, String unit) {
    String head = "Chỉ tiêu " + r.indicator() + " (" + lowerFirst(r.nameVi()) + ")";
    String reporters =
        " (" + r.reporters().reported() + "/" + r.reporters().expected() + " đơn vị đã báo cáo)";
    if (r.status() == AttainmentStatus.NO_DATA) {
      return head + ": chưa có số liệu được phê duyệt" + reporters + ".";
    }
    String value =
        r.comparator() == Comparator.TRUE
            ? ReportLabels.flag(r.flag())
            : ReportLabels.number(r.value(), unit);
    return head
        + ": kết quả "
        + value
        + ", chỉ tiêu "
        + ReportLabels.target(r.comparator(), r.target(), unit)
        + ", "
        + ReportLabels.status(r.status()).toLowerCase()
        + reporters
        + ".";
  }

  private static String lowerFirst(String s) {
    return s == null || s.isEmpty() ? "" : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
