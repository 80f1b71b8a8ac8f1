package vn.cantho.gep.submission;

import java.util.Map;
import java.util.Objects;
import vn.cantho.gep.indicator.Categories;

/**
 * Which value of a submission: an indicator and one category of its disaggregation, the pair the
 * database keys a value by.
 *
 * @param indicator the indicator's code
 * @param category the category key ({@link Categories#key}), {@link Categories#TOTAL} for an
 *     indicator that is not disaggregated
 */
public record ValueKey(String indicator, String category) {
  public ValueKey {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(category, "category");
  }

  /** The key of an indicator's value in a disaggregation, null or empty for the total. */
  public static ValueKey of(String indicator, Map<String, String> disaggregation) {
    return new ValueKey(indicator, Categories.key(disaggregation));
  }

  /** The category as a map, null for the total (the wire form of a value's disaggregation). */
  public Map<String, String> disaggregation() {
    return category.isEmpty() ? null : Categories.parse(category);
  }
}
