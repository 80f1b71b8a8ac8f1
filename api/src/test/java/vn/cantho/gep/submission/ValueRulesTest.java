package vn.cantho.gep.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.common.error.FieldError;
import vn.cantho.gep.indicator.Comparator;
import vn.cantho.gep.indicator.IndicatorDefinition;
import vn.cantho.gep.indicator.PlanCatalogue;
import vn.cantho.gep.indicator.ValueType;

class ValueRulesTest {
  static final PlanCatalogue CATALOGUE = catalogue();

  @Test
  void acceptsValidValues() {
    assertThat(
            ValueRules.validate(
                List.of(
                    ratio("1.1", 14, 20),
                    sex("5.2a", "female", 97, 98),
                    sex("5.2a", "male", 95, 97),
                    new ValueInput("5.1", null, null, null, true),
                    ratio("4.1", 112, 100)),
                CATALOGUE,
                "ninh-kieu"))
        .isEmpty();
  }

  @Test
  void refusesIndicatorsOutsideThePlanOrTheUnit() {
    assertThat(codes(List.of(ratio("9.9", 1, 2)), "ninh-kieu"))
        .containsExactly("values[0].indicator:INDICATOR_UNKNOWN");
    assertThat(codes(List.of(ratio("2.1", 1, 2)), "ninh-kieu"))
        .containsExactly("values[0].indicator:INDICATOR_NOT_REPORTED");
  }

  @Test
  void refusesImpossibleNumbers() {
    assertThat(codes(List.of(ratio("1.1", -1, 20)), "ninh-kieu"))
        .containsExactly("values[0].numerator:NEGATIVE");
    assertThat(codes(List.of(ratio("1.1", 1, 0)), "ninh-kieu"))
        .containsExactly("values[0].denominator:DENOMINATOR_NOT_POSITIVE");
    assertThat(codes(List.of(ratio("1.1", 21, 20)), "ninh-kieu"))
        .containsExactly("values[0].numerator:NUMERATOR_EXCEEDS_DENOMINATOR");
    assertThat(codes(List.of(new ValueInput("1.1", null, null, BigDecimal.ONE, null)), "ninh-kieu"))
        .containsExactly("values[0].numerator:REQUIRED");
  }

  @Test
  void refusesNumbersTheColumnsWouldRoundOrOverflow() {
    ValueInput tiny =
        new ValueInput("1.1", null, new BigDecimal("1e-7"), new BigDecimal("20"), null);
    ValueInput huge =
        new ValueInput("4.1", null, new BigDecimal("1e16"), new BigDecimal("1e16"), null);
    assertThat(codes(List.of(tiny), "ninh-kieu"))
        .containsExactly("values[0].numerator:NUMBER_OUT_OF_RANGE");
    assertThat(codes(List.of(huge), "ninh-kieu"))
        .containsExactly(
            "values[0].numerator:NUMBER_OUT_OF_RANGE", "values[0].denominator:NUMBER_OUT_OF_RANGE");
    ValueInput largest =
        new ValueInput("4.1", null, new BigDecimal("1e15"), new BigDecimal("0.000001"), null);
    assertThat(codes(List.of(largest), "ninh-kieu")).isEmpty();
  }

  /**
   * Issue 11: the message of 1e999999999 over 1 wrote the number out in full (a billion digits, an
   * OutOfMemoryError); numbers beyond the columns are refused and named in a few characters.
   */
  @Test
  void numbersBeyondTheColumnsAreNamedInAFewCharacters() {
    ValueInput huge =
        new ValueInput("1.1", null, new BigDecimal("1e999999999"), BigDecimal.ONE, null);
    ValueInput tiny =
        new ValueInput("1.1", null, BigDecimal.ONE, new BigDecimal("1e-999999998"), null);
    List<FieldError> errors = ValueRules.validate(List.of(huge, tiny), CATALOGUE, "ninh-kieu");
    assertThat(errors)
        .extracting(e -> e.field() + ":" + e.code())
        .containsExactly(
            "values[0].numerator:NUMBER_OUT_OF_RANGE",
            "values[0].numerator:NUMERATOR_EXCEEDS_DENOMINATOR",
            "values[1].denominator:NUMBER_OUT_OF_RANGE",
            "values[1].numerator:NUMERATOR_EXCEEDS_DENOMINATOR");
    assertThat(errors.get(1).message())
        .isEqualTo("numerator 1E+999999999 exceeds denominator 1 for a percentage");
    assertThat(errors.get(3).message())
        .isEqualTo("numerator 1 exceeds denominator 1E-999999998 for a percentage");
  }

  @Test
  void aNumeratorAboveTheDenominatorIsFineWhereTheUnitIsNotAShare() {
    // 4.1 sex ratio at birth: 112 boys per 100 girls
    assertThat(codes(List.of(ratio("4.1", 112, 100)), "ninh-kieu")).isEmpty();
  }

  @Test
  void flagsOnlyForYesNoIndicators() {
    assertThat(
            codes(
                List.of(new ValueInput("1.1", null, BigDecimal.ONE, BigDecimal.TEN, true)),
                "ninh-kieu"))
        .containsExactly("values[0].flag:FLAG_NOT_ALLOWED");
    assertThat(codes(List.of(new ValueInput("5.1", null, null, null, null)), "ninh-kieu"))
        .containsExactly("values[0].flag:FLAG_REQUIRED");
    assertThat(
            codes(
                List.of(new ValueInput("5.1", null, BigDecimal.ONE, BigDecimal.TEN, true)),
                "ninh-kieu"))
        .containsExactly("values[0].numerator:RATIO_NOT_ALLOWED");
  }

  @Test
  void disaggregationMustMatchTheIndicator() {
    assertThat(codes(List.of(ratio("5.2a", 1, 2)), "ninh-kieu"))
        .containsExactly("values[0].disaggregation:DISAGGREGATION_REQUIRED");
    assertThat(codes(List.of(sex("5.2a", "other", 1, 2)), "ninh-kieu"))
        .containsExactly("values[0].disaggregation.sex:CATEGORY_UNKNOWN");
    assertThat(codes(List.of(sex("1.1", "female", 1, 2)), "ninh-kieu"))
        .containsExactly("values[0].disaggregation:DISAGGREGATION_NOT_ALLOWED");
  }

  @Test
  void aValueMayBeGivenOnlyOnce() {
    assertThat(codes(List.of(ratio("1.1", 1, 2), ratio("1.1", 1, 3)), "ninh-kieu"))
        .containsExactly("values[1]:DUPLICATE_VALUE");
    assertThat(codes(List.of(sex("5.2a", "male", 1, 2), sex("5.2a", "female", 1, 2)), "ninh-kieu"))
        .isEmpty();
  }

  @Test
  void reportsEveryBrokenRuleAtOnce() {
    assertThat(
            codes(
                List.of(ratio("1.1", 30, 20), ratio("9.9", 1, 2), ratio("1.1", -1, 0)),
                "ninh-kieu"))
        .hasSize(4);
  }

  @Test
  void listsWhatIsMissingPerCategory() {
    Set<ValueKey> present = Set.of(new ValueKey("1.1", ""), new ValueKey("5.2a", "sex=female"));
    assertThat(ValueRules.missing(present, CATALOGUE, "ninh-kieu"))
        .containsExactly(
            new MissingValue("4.1", null),
            new MissingValue("5.2a", Map.of("sex", "male")),
            new MissingValue("5.1", null));
    assertThat(ValueRules.partiallyDisaggregated(present, CATALOGUE, "ninh-kieu"))
        .containsExactly("5.2a");
  }

  @Test
  void diffNamesAddedChangedAndRemovedValues() {
    Map<ValueKey, Figure> before = new LinkedHashMap<>();
    before.put(
        new ValueKey("1.1", ""), new Figure(BigDecimal.valueOf(14), BigDecimal.valueOf(20), null));
    before.put(
        new ValueKey("4.1", ""),
        new Figure(BigDecimal.valueOf(110), BigDecimal.valueOf(100), null));
    before.put(new ValueKey("5.1", ""), new Figure(null, null, true));
    Map<ValueKey, Figure> after = new LinkedHashMap<>();
    after.put(
        new ValueKey("1.1", ""),
        new Figure(new BigDecimal("14.000"), BigDecimal.valueOf(20), null));
    after.put(
        new ValueKey("4.1", ""),
        new Figure(BigDecimal.valueOf(111), BigDecimal.valueOf(100), null));
    after.put(new ValueKey("5.2a", "sex=male"), new Figure(BigDecimal.ONE, BigDecimal.TEN, null));
    List<ValueChange> changes = ValueRules.diff(before, after);
    assertThat(changes).extracting(ValueChange::indicator).containsExactly("4.1", "5.1", "5.2a");
    assertThat(changes.get(1).after()).isNull();
    assertThat(changes.get(2).before()).isNull();
    assertThat(changes.get(2).disaggregation()).isEqualTo(Map.of("sex", "male"));
  }

  private static List<String> codes(List<ValueInput> values, String orgUnit) {
    return ValueRules.validate(values, CATALOGUE, orgUnit).stream()
        .map((FieldError e) -> e.field() + ":" + e.code())
        .toList();
  }

  static ValueInput ratio(String indicator, int n, int d) {
    return new ValueInput(indicator, null, BigDecimal.valueOf(n), BigDecimal.valueOf(d), null);
  }

  static ValueInput sex(String indicator, String sex, int n, int d) {
    return new ValueInput(
        indicator, Map.of("sex", sex), BigDecimal.valueOf(n), BigDecimal.valueOf(d), null);
  }

  private static PlanCatalogue catalogue() {
    Map<String, IndicatorDefinition> map = new LinkedHashMap<>();
    map.put("1.1", def("1.1", ValueType.RATIO, "%", Map.of(), Set.of("ninh-kieu", "so-noi-vu")));
    map.put("2.1", def("2.1", ValueType.RATIO, "%", Map.of(), Set.of("so-ldtbxh")));
    map.put(
        "4.1", def("4.1", ValueType.RATIO, "boys per 100 girls", Map.of(), Set.of("ninh-kieu")));
    map.put(
        "5.2a",
        def(
            "5.2a",
            ValueType.RATIO,
            "%",
            Map.of("sex", List.of("male", "female")),
            Set.of("ninh-kieu")));
    map.put("5.1", def("5.1", ValueType.FLAG, "yes/no", Map.of(), Set.of("ninh-kieu")));
    return new PlanCatalogue(2024, map);
  }

  private static IndicatorDefinition def(
      String code,
      ValueType type,
      String unit,
      Map<String, List<String>> categories,
      Set<String> reporters) {
    return new IndicatorDefinition(
        code,
        code.substring(0, 1),
        type,
        unit,
        type == ValueType.FLAG ? null : BigDecimal.valueOf(100),
        true,
        null,
        categories,
        type == ValueType.FLAG ? Comparator.TRUE : Comparator.GE,
        type == ValueType.FLAG ? null : BigDecimal.valueOf(60),
        null,
        reporters);
  }
}
