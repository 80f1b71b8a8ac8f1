package vn.cantho.gep.review;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import vn.cantho.gep.indicator.IndicatorDefinition;
import vn.cantho.gep.submission.Figure;

/**
 * How far a value moved since the org unit's previous report, and whether the move is large enough
 * for so-ldtbxh to check it before approving (plan section V.1.b: so-ldtbxh reviews each report).
 * Shares move in percentage points, counts and ratios relative to their previous value, yes/no
 * answers flip. Thresholds are compared exactly on numerators and denominators, never on rounded
 * values.
 */
public final class ChangeRules {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ChangeRules() {}

  /**
   * The thresholds from which a change is large.
   *
   * @param sharePoints percentage points for a share (unit %)
   * @param relativePercent percent of the previous value for any other number
   */
  public record Thresholds(BigDecimal sharePoints, BigDecimal relativePercent) {}

  /**
   * The change between two figures of one indicator, or empty when either is missing or cannot be
   * compared (no denominator).
   */
  public static Optional<ValueChangeSummary> compare(
      IndicatorDefinition def, Figure current, Figure previous, Thresholds thresholds) {
    if (current == null || previous == null) {
      return Optional.empty();
    }
    if (def.isFlag()) {
      if (current.flag() == null || previous.flag() == null) {
        return Optional.empty();
      }
      boolean flipped = !current.flag().equals(previous.flag());
      return Optional.of(
          new ValueChangeSummary(
              ChangeKind.FLIP, null, flipped, flipped ? LargeChangeReason.FLAG_FLIPPED : null));
    }
    BigDecimal n1 = current.numerator();
    BigDecimal d1 = current.denominator();
    BigDecimal n0 = previous.numerator();
    BigDecimal d0 = previous.denominator();
    if (n1 == null || n0 == null || !positive(d1) || !positive(d0) || def.scale() == null) {
      return Optional.empty();
    }
    // n1/d1 - n0/d0 = (n1 d0 - n0 d1) / (d0 d1): the sign and size of the move, exactly
    BigDecimal cross = n1.multiply(d0).subtract(n0.multiply(d1));
    if (def.isPercent()) {
      BigDecimal points =
          cross.multiply(def.scale()).divide(d0.multiply(d1), 6, RoundingMode.HALF_EVEN);
      boolean large =
          cross
                  .abs()
                  .multiply(def.scale())
                  .compareTo(thresholds.sharePoints().multiply(d0).multiply(d1))
              >= 0;
      return Optional.of(
          new ValueChangeSummary(
              ChangeKind.PERCENTAGE_POINTS,
              points.stripTrailingZeros(),
              large,
              large ? LargeChangeReason.SHARE_POINTS : null));
    }
    if (n0.signum() == 0) {
      boolean moved = n1.signum() != 0;
      return Optional.of(
          new ValueChangeSummary(
              ChangeKind.RELATIVE,
              moved ? null : BigDecimal.ZERO,
              moved,
              moved ? LargeChangeReason.FROM_ZERO : null));
    }
    // relative change (v1 - v0) / v0 = (n1 d0 - n0 d1) / (n0 d1)
    BigDecimal base = n0.multiply(d1);
    BigDecimal percent =
        cross
            .multiply(HUNDRED)
            .divide(base, new MathContext(20))
            .setScale(6, RoundingMode.HALF_EVEN);
    boolean large =
        cross.abs().multiply(HUNDRED).compareTo(thresholds.relativePercent().multiply(base)) >= 0;
    return Optional.of(
        new ValueChangeSummary(
            ChangeKind.RELATIVE,
            percent.stripTrailingZeros(),
            large,
            large ? LargeChangeReason.RELATIVE_CHANGE : null));
  }

  private static boolean positive(BigDecimal d) {
    return d != null && d.signum() > 0;
  }
}
