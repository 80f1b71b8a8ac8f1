package vn.cantho.gep.attainment;

import java.math.BigDecimal;
import vn.cantho.gep.indicator.Comparator;

/**
 * How a city figure (a yearly target or a reported value) stands against a national milestone of
 * Resolution 28/NQ-CP, as pure functions.
 */
public final class MilestoneGap {
  private MilestoneGap() {}

  /**
   * How far the figure is ahead of the milestone (positive) or behind it (negative), in the
   * indicator's unit (percentage points for a share): figure minus milestone where higher is
   * better, milestone minus figure where lower is better (LE, LT). Null for yes/no milestones or a
   * missing figure.
   */
  public static BigDecimal gap(Comparator comparator, BigDecimal milestone, BigDecimal figure) {
    if (comparator == Comparator.TRUE || milestone == null || figure == null) {
      return null;
    }
    BigDecimal gap =
        comparator.lowerIsBetter() ? milestone.subtract(figure) : figure.subtract(milestone);
    return gap.stripTrailingZeros();
  }

  /** Whether the figure already meets the milestone; null when it cannot be said. */
  public static Boolean meets(Comparator comparator, BigDecimal milestone, BigDecimal figure) {
    if (comparator == Comparator.TRUE || milestone == null || figure == null) {
      return null;
    }
    int cmp = figure.compareTo(milestone);
    return switch (comparator) {
      case GE -> cmp >= 0;
      case GT -> cmp > 0;
      case LE -> cmp <= 0;
      case LT -> cmp < 0;
      case TRUE -> null;
    };
  }
}
