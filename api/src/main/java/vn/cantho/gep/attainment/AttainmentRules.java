package vn.cantho.gep.attainment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import vn.cantho.gep.indicator.Comparator;

/**
 * The arithmetic of attainment, as pure functions. A status is decided on exact numbers, never on a
 * rounded value: numerator x scale is compared with target x denominator, so 59.996 % is not at
 * least 60 %.
 */
public final class AttainmentRules {
  private AttainmentRules() {}

  /**
   * The status of numerator / denominator x scale against a target. NO_DATA when there is no figure
   * (no numerator or a denominator that is missing or zero).
   */
  public static AttainmentStatus status(
      Comparator comparator,
      BigDecimal target,
      BigDecimal scale,
      BigDecimal numerator,
      BigDecimal denominator) {
    if (numerator == null || denominator == null || denominator.signum() <= 0) {
      return AttainmentStatus.NO_DATA;
    }
    if (comparator == Comparator.TRUE) {
      throw new IllegalArgumentException("a yes/no indicator is decided by flagStatus");
    }
    int cmp = numerator.multiply(scale).compareTo(target.multiply(denominator));
    boolean met =
        switch (comparator) {
          case GE -> cmp >= 0;
          case GT -> cmp > 0;
          case LE -> cmp <= 0;
          case LT -> cmp < 0;
          case TRUE -> throw new IllegalStateException();
        };
    return met ? AttainmentStatus.ACHIEVED : AttainmentStatus.NOT_ACHIEVED;
  }

  /** A yes/no indicator is met when every reported answer is yes; no answers is NO_DATA. */
  public static AttainmentStatus flagStatus(Collection<Boolean> answers) {
    return flagStatus(answers.stream().filter(Boolean.TRUE::equals).count(), answers.size());
  }

  /** The same from counts: yes answers among all answers. */
  public static AttainmentStatus flagStatus(long yes, long answers) {
    if (answers == 0) {
      return AttainmentStatus.NO_DATA;
    }
    return yes == answers ? AttainmentStatus.ACHIEVED : AttainmentStatus.NOT_ACHIEVED;
  }

  /**
   * A disaggregated indicator is met only when every category is met (plan II.2.đ, Chỉ tiêu 2: boys
   * and girls each); any category not met makes it not met; otherwise it lacks data.
   */
  public static AttainmentStatus combine(Collection<AttainmentStatus> categories) {
    if (categories.isEmpty()) {
      return AttainmentStatus.NO_DATA;
    }
    if (categories.contains(AttainmentStatus.NOT_ACHIEVED)) {
      return AttainmentStatus.NOT_ACHIEVED;
    }
    return categories.stream().allMatch(s -> s == AttainmentStatus.ACHIEVED)
        ? AttainmentStatus.ACHIEVED
        : AttainmentStatus.NO_DATA;
  }

  /**
   * How far the value has moved from the baseline toward the target, in percent: 0 at the baseline,
   * 100 at the target, negative when it moved away (4.3: from 15 toward 12 per 1,000, a value of
   * 13.5 is 50). Null without a baseline, a figure, or when baseline equals target.
   */
  public static BigDecimal progress(
      BigDecimal baseline,
      BigDecimal target,
      BigDecimal scale,
      BigDecimal numerator,
      BigDecimal denominator) {
    if (baseline == null
        || target == null
        || numerator == null
        || denominator == null
        || denominator.signum() <= 0
        || baseline.compareTo(target) == 0) {
      return null;
    }
    // (n*s/d - b) / (t - b) x 100 = (n*s - b*d) x 100 / (d x (t - b))
    BigDecimal moved = numerator.multiply(scale).subtract(baseline.multiply(denominator));
    BigDecimal span = denominator.multiply(target.subtract(baseline));
    return moved
        .multiply(BigDecimal.valueOf(100))
        .divide(span, 2, RoundingMode.HALF_EVEN)
        .stripTrailingZeros();
  }
}
