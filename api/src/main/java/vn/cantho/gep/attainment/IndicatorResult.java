package vn.cantho.gep.attainment;

import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator's aggregated figure over a set of reporters.
 *
 * @param breakdown one result per category, in the indicator's order; empty when not disaggregated
 */
public record IndicatorResult(
    BigDecimal numerator,
    BigDecimal denominator,
    BigDecimal value,
    Boolean flag,
    AttainmentStatus status,
    BigDecimal progress,
    List<CategoryResult> breakdown) {

  /** One category's figure and status. */
  public record CategoryResult(
      String categoryKey,
      BigDecimal numerator,
      BigDecimal denominator,
      BigDecimal value,
      AttainmentStatus status) {}
}
