package vn.cantho.gep.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import vn.cantho.gep.attainment.AttainmentStatus;
import vn.cantho.gep.indicator.Comparator;

/**
 * The Vietnamese words of the consolidated report: statuses, comparators spelled out, and numbers
 * written the Vietnamese way (comma decimals, "57,1 %"). The same words as the web app.
 */
public final class ReportLabels {
  private static final DecimalFormatSymbols VI = vietnamese();

  private ReportLabels() {}

  private static DecimalFormatSymbols vietnamese() {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setDecimalSeparator(',');
    symbols.setGroupingSeparator('.');
    return symbols;
  }

  public static String status(AttainmentStatus status) {
    return switch (status) {
      case ACHIEVED -> "Đạt";
      case NOT_ACHIEVED -> "Chưa đạt";
      case NO_DATA -> "Chưa có số liệu";
    };
  }

  /** The comparator in words, e.g. GE: "lớn hơn hoặc bằng". */
  public static String comparator(Comparator comparator) {
    return switch (comparator) {
      case GE -> "lớn hơn hoặc bằng";
      case GT -> "lớn hơn";
      case LE -> "nhỏ hơn hoặc bằng";
      case LT -> "nhỏ hơn";
      case TRUE -> "có (đạt yêu cầu)";
    };
  }

  /** The target as a phrase: "từ 60 % trở lên", "không quá 105", "dưới 26 %", "có". */
  public static String target(Comparator comparator, BigDecimal target, String unit) {
    if (comparator == Comparator.TRUE || target == null) {
      return "có";
    }
    String value = number(target, unit);
    return switch (comparator) {
      case GE -> "từ " + value + " trở lên";
      case GT -> "trên " + value;
      case LE -> "không quá " + value;
      case LT -> "dưới " + value;
      case TRUE -> "có";
    };
  }

  /**
   * A figure with its unit, one decimal at most for shares ("57,1 %", a no-break space before the
   * sign), two otherwise; a unit that starts with "/" follows the number directly ("35,5/100.000").
   */
  public static String number(BigDecimal value, String unit) {
    if (value == null) {
      return "-";
    }
    boolean percent = "%".equals(unit);
    DecimalFormat format = new DecimalFormat(percent ? "#,##0.#" : "#,##0.##", VI);
    format.setRoundingMode(RoundingMode.HALF_UP);
    String text = format.format(value);
    if (unit == null || unit.isBlank()) {
      return text;
    }
    if (percent) {
      return text + "\u00a0%";
    }
    return unit.startsWith("/") ? text + unit : text + " " + unit;
  }

  /** A yes/no answer. */
  public static String flag(Boolean flag) {
    return flag == null ? "-" : flag ? "Có" : "Không";
  }
}
