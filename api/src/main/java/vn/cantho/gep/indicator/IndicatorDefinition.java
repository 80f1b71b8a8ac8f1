package vn.cantho.gep.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An indicator as one plan year defines it: how its value is formed, its target, and who reports
 * it. The input of the pure validation and attainment rules.
 *
 * @param categories the categories of each disaggregation dimension, e.g. sex: [male, female]
 * @param reporters codes of the org units expected to report it that year
 */
public record IndicatorDefinition(
    String code,
    String objectiveCode,
    ValueType valueType,
    String unit,
    BigDecimal scale,
    boolean additive,
    String ownerCode,
    Map<String, List<String>> categories,
    Comparator comparator,
    BigDecimal target,
    BigDecimal baseline,
    Set<String> reporters) {

  public static final String PERCENT = "%";

  public boolean isFlag() {
    return valueType == ValueType.FLAG;
  }

  /** A share, whose numerator cannot exceed its denominator. */
  public boolean isPercent() {
    return PERCENT.equals(unit);
  }

  public boolean disaggregated() {
    return !categories.isEmpty();
  }

  /**
   * The value in the indicator's unit, numerator / denominator x scale, to 6 decimals for display.
   * Statuses are never decided on it: see the attainment rules, which compare exactly.
   */
  public BigDecimal valueOf(BigDecimal numerator, BigDecimal denominator) {
    if (numerator == null || denominator == null || denominator.signum() == 0 || scale == null) {
      return null;
    }
    return numerator
        .multiply(scale)
        .divide(denominator, 6, java.math.RoundingMode.HALF_EVEN)
        .stripTrailingZeros();
  }

  /** The category keys a complete report must carry: every combination, or the total alone. */
  public List<String> expectedCategoryKeys() {
    return disaggregated() ? Categories.combinations(categories) : List.of(Categories.TOTAL);
  }
}
