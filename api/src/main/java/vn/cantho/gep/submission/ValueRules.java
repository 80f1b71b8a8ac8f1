package vn.cantho.gep.submission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cantho.gep.common.error.Echo;
import vn.cantho.gep.common.error.FieldCode;
import vn.cantho.gep.common.error.FieldError;
import vn.cantho.gep.common.number.DecimalBound;
import vn.cantho.gep.indicator.Categories;
import vn.cantho.gep.indicator.IndicatorDefinition;
import vn.cantho.gep.indicator.PlanCatalogue;

/**
 * The rules a reported value must keep, as pure functions over the plan catalogue (plan section II:
 * each indicator's numerator and denominator; 5.2a and 5.2b by sex).
 */
public final class ValueRules {
  private ValueRules() {}

  /** Every rule a set of values breaks, each naming the field by its path in the request. */
  public static List<FieldError> validate(
      List<ValueInput> values, PlanCatalogue catalogue, String orgUnitCode) {
    List<FieldError> errors = new ArrayList<>();
    Set<ValueKey> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      ValueInput v = values.get(i);
      String at = "values[" + i + "]";
      List<FieldError> broken = check(v, catalogue, orgUnitCode, at);
      errors.addAll(broken);
      if (broken.isEmpty()) {
        ValueKey key = ValueKey.of(v.indicator(), v.disaggregation());
        if (!seen.add(key)) {
          errors.add(
              new FieldError(
                  at,
                  FieldCode.DUPLICATE_VALUE,
                  "indicator "
                      + v.indicator()
                      + describe(v.disaggregation())
                      + " is given more than once"));
        }
      }
    }
    return errors;
  }

  /**
   * Every rule one value breaks, each field named under {@code at} (e.g. {@code values[3]}).
   * Whether the value repeats another is for the caller to find, since that depends on its
   * neighbours.
   */
  public static List<FieldError> check(
      ValueInput v, PlanCatalogue catalogue, String orgUnitCode, String at) {
    List<FieldError> errors = new ArrayList<>();
    IndicatorDefinition def = catalogue.find(v.indicator()).orElse(null);
    if (def == null) {
      errors.add(
          new FieldError(
              at + ".indicator",
              FieldCode.INDICATOR_UNKNOWN,
              "indicator "
                  + Echo.of(v.indicator())
                  + " is not in the plan of "
                  + catalogue.year()));
      return errors;
    }
    if (!def.reporters().contains(orgUnitCode)) {
      errors.add(
          new FieldError(
              at + ".indicator",
              FieldCode.INDICATOR_NOT_REPORTED,
              orgUnitCode + " does not report indicator " + def.code()));
      return errors;
    }
    checkDisaggregation(v, def, at, errors);
    checkFigure(v, def, at, errors);
    return errors;
  }

  private static void checkDisaggregation(
      ValueInput v, IndicatorDefinition def, String at, List<FieldError> errors) {
    Map<String, String> given = v.disaggregation() == null ? Map.of() : v.disaggregation();
    if (!def.disaggregated()) {
      if (!given.isEmpty()) {
        errors.add(
            new FieldError(
                at + ".disaggregation",
                FieldCode.DISAGGREGATION_NOT_ALLOWED,
                "indicator " + def.code() + " is not disaggregated"));
      }
      return;
    }
    if (!given.keySet().equals(def.categories().keySet())) {
      errors.add(
          new FieldError(
              at + ".disaggregation",
              FieldCode.DISAGGREGATION_REQUIRED,
              "indicator "
                  + def.code()
                  + " is reported by "
                  + String.join(", ", def.categories().keySet())
                  + ", one value per category"));
      return;
    }
    for (Map.Entry<String, String> e : given.entrySet()) {
      List<String> allowed = def.categories().get(e.getKey());
      if (!allowed.contains(e.getValue())) {
        errors.add(
            new FieldError(
                at + ".disaggregation." + e.getKey(),
                FieldCode.CATEGORY_UNKNOWN,
                e.getKey() + " must be one of " + allowed + ", not " + Echo.of(e.getValue())));
      }
    }
  }

  private static void checkFigure(
      ValueInput v, IndicatorDefinition def, String at, List<FieldError> errors) {
    if (def.isFlag()) {
      if (v.flag() == null) {
        errors.add(
            new FieldError(
                at + ".flag",
                FieldCode.FLAG_REQUIRED,
                "indicator " + def.code() + " is answered yes or no"));
      }
      if (v.numerator() != null || v.denominator() != null) {
        errors.add(
            new FieldError(
                at + (v.numerator() != null ? ".numerator" : ".denominator"),
                FieldCode.RATIO_NOT_ALLOWED,
                "indicator " + def.code() + " takes a flag, not numbers"));
      }
      return;
    }
    if (v.flag() != null) {
      errors.add(
          new FieldError(
              at + ".flag",
              FieldCode.FLAG_NOT_ALLOWED,
              "flag is only for yes/no indicators; "
                  + def.code()
                  + " takes numerator and denominator"));
    }
    BigDecimal n = v.numerator();
    BigDecimal d = v.denominator();
    if (n == null) {
      errors.add(new FieldError(at + ".numerator", FieldCode.REQUIRED, "numerator is required"));
    } else if (n.signum() < 0) {
      errors.add(
          new FieldError(at + ".numerator", FieldCode.NEGATIVE, "numerator must not be negative"));
    }
    if (d == null) {
      errors.add(
          new FieldError(at + ".denominator", FieldCode.REQUIRED, "denominator is required"));
    } else if (d.signum() <= 0) {
      errors.add(
          new FieldError(
              at + ".denominator",
              FieldCode.DENOMINATOR_NOT_POSITIVE,
              "denominator must be greater than 0"));
    }
    for (String name : List.of("numerator", "denominator")) {
      BigDecimal x = name.equals("numerator") ? n : d;
      if (x != null && !storable(x)) {
        errors.add(
            new FieldError(
                at + "." + name,
                FieldCode.NUMBER_OUT_OF_RANGE,
                name + " must be at most 10^15 with at most 6 decimals"));
      }
    }
    if (n != null && d != null && d.signum() > 0 && def.isPercent() && n.compareTo(d) > 0) {
      errors.add(
          new FieldError(
              at + ".numerator",
              FieldCode.NUMERATOR_EXCEEDS_DENOMINATOR,
              "numerator "
                  + DecimalBound.render(n)
                  + " exceeds denominator "
                  + DecimalBound.render(d)
                  + " for a percentage"));
    }
  }

  /** Largest magnitude a figure may take: numeric(24, 6) holds it with room to add up. */
  public static final BigDecimal MAX_NUMBER = new BigDecimal("1000000000000000");

  /**
   * Whether a figure fits the columns exactly: at most 10^15 and at most 6 decimals, which
   * numeric(24, 6) would otherwise round away silently ({@link DecimalBound#FIGURE}).
   */
  public static boolean storable(BigDecimal x) {
    return DecimalBound.FIGURE.fits(x) && x.abs().compareTo(MAX_NUMBER) <= 0;
  }

  /**
   * The values an org unit is expected to report and has not: every indicator the plan year expects
   * of it, in every category of a disaggregated one.
   */
  public static List<MissingValue> missing(
      Set<ValueKey> presentKeys, PlanCatalogue catalogue, String orgUnitCode) {
    List<MissingValue> missing = new ArrayList<>();
    for (IndicatorDefinition def : catalogue.reportedBy(orgUnitCode)) {
      for (String category : def.expectedCategoryKeys()) {
        ValueKey key = new ValueKey(def.code(), category);
        if (!presentKeys.contains(key)) {
          missing.add(new MissingValue(def.code(), key.disaggregation()));
        }
      }
    }
    return missing;
  }

  /** Indicators given for some but not all of their categories: never submittable. */
  public static List<String> partiallyDisaggregated(
      Set<ValueKey> presentKeys, PlanCatalogue catalogue, String orgUnitCode) {
    List<String> partial = new ArrayList<>();
    for (IndicatorDefinition def : catalogue.reportedBy(orgUnitCode)) {
      if (!def.disaggregated()) {
        continue;
      }
      long present =
          def.expectedCategoryKeys().stream()
              .filter(c -> presentKeys.contains(new ValueKey(def.code(), c)))
              .count();
      if (present > 0 && present < def.expectedCategoryKeys().size()) {
        partial.add(def.code());
      }
    }
    return partial;
  }

  /**
   * The changes that turn the old values into the new ones, keyed by indicator and category; values
   * equal in number (14 and 14.0) are unchanged.
   */
  public static List<ValueChange> diff(
      Map<ValueKey, Figure> oldValues, Map<ValueKey, Figure> newValues) {
    List<ValueChange> changes = new ArrayList<>();
    Map<ValueKey, Figure> all = new LinkedHashMap<>(oldValues);
    newValues.forEach(all::putIfAbsent);
    for (ValueKey key : all.keySet()) {
      Figure before = oldValues.get(key);
      Figure after = newValues.get(key);
      if (before != null && before.sameAs(after)) {
        continue;
      }
      changes.add(new ValueChange(key.indicator(), key.disaggregation(), before, after));
    }
    return changes;
  }

  private static String describe(Map<String, String> disaggregation) {
    return disaggregation == null || disaggregation.isEmpty()
        ? ""
        : " (" + Categories.key(disaggregation) + ")";
  }
}
