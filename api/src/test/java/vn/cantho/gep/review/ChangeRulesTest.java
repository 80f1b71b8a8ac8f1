package vn.cantho.gep.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cantho.gep.indicator.Comparator;
import vn.cantho.gep.indicator.IndicatorDefinition;
import vn.cantho.gep.indicator.ValueType;
import vn.cantho.gep.submission.Figure;

class ChangeRulesTest {
  static final ChangeRules.Thresholds DEFAULTS =
      new ChangeRules.Thresholds(BigDecimal.TEN, BigDecimal.valueOf(50));
  static final IndicatorDefinition SHARE = def("1.1", ValueType.RATIO, "%", "100");
  static final IndicatorDefinition RATIO = def("4.1", ValueType.RATIO, "bé trai/100 bé gái", "100");
  static final IndicatorDefinition RATE = def("4.2", ValueType.RATIO, "/100.000", "100000");
  static final IndicatorDefinition FLAG = def("5.1", ValueType.FLAG, "có/không", null);

  static IndicatorDefinition def(String code, ValueType type, String unit, String scale) {
    return new IndicatorDefinition(
        code,
        code.substring(0, 1),
        type,
        unit,
        scale == null ? null : new BigDecimal(scale),
        true,
        "so-y-te",
        Map.of(),
        type == ValueType.FLAG ? Comparator.TRUE : Comparator.GE,
        BigDecimal.ONE,
        null,
        Set.of("so-y-te"));
  }

  static Figure f(String n, String d) {
    return new Figure(new BigDecimal(n), new BigDecimal(d), null);
  }

  static Optional<ValueChangeSummary> compare(IndicatorDefinition def, Figure now, Figure then) {
    return ChangeRules.compare(def, now, then, DEFAULTS);
  }

  @ParameterizedTest(name = "share {2}/{3} after {0}/{1}: {4} points, large {5}")
  @CsvSource({
    // exactly 10 points is large, just under is not, in both directions
    "10, 20, 12, 20, 10, true",
    "10, 20, 5999, 10000, 9.99, false",
    "12, 20, 10, 20, -10, true",
    "15, 20, 5, 20, -50, true",
    "10, 20, 10, 20, 0, false",
    // 1/3 to 13/30 is exactly 10 points although both values are rounded
    "1, 3, 13, 30, 10, true",
    "1, 3, 12.99, 30, 9.966667, false",
  })
  void sharesMoveInPercentagePoints(
      String n0, String d0, String n1, String d1, String points, boolean large) {
    ValueChangeSummary c = compare(SHARE, f(n1, d1), f(n0, d0)).orElseThrow();
    assertThat(c.kind()).isEqualTo(ChangeKind.PERCENTAGE_POINTS);
    assertThat(c.amount()).isEqualByComparingTo(points);
    assertThat(c.large()).isEqualTo(large);
    assertThat(c.reason()).isEqualTo(large ? LargeChangeReason.SHARE_POINTS : null);
  }

  @ParameterizedTest(name = "ratio {2}/{3} after {0}/{1}: {4} %, large {5}")
  @CsvSource({
    "110, 100, 165, 100, 50, true",
    "110, 100, 164, 100, 49.090909, false",
    "110, 100, 55, 100, -50, true",
    "110, 100, 56, 100, -49.090909, false",
    // the denominators count: 110/100 against 220/200 is no change at all
    "110, 100, 220, 200, 0, false",
  })
  void otherNumbersMoveRelativeToTheirPreviousValue(
      String n0, String d0, String n1, String d1, String percent, boolean large) {
    ValueChangeSummary c = compare(RATIO, f(n1, d1), f(n0, d0)).orElseThrow();
    assertThat(c.kind()).isEqualTo(ChangeKind.RELATIVE);
    assertThat(c.amount()).isEqualByComparingTo(percent);
    assertThat(c.large()).isEqualTo(large);
    assertThat(c.reason()).isEqualTo(large ? LargeChangeReason.RELATIVE_CHANGE : null);
  }

  @Test
  void aNumberLeavingZeroIsLargeWithoutAPercentage() {
    ValueChangeSummary c = compare(RATE, f("1", "12000"), f("0", "11000")).orElseThrow();
    assertThat(c.large()).isTrue();
    assertThat(c.reason()).isEqualTo(LargeChangeReason.FROM_ZERO);
    assertThat(c.amount()).isNull();

    ValueChangeSummary still = compare(RATE, f("0", "12000"), f("0", "11000")).orElseThrow();
    assertThat(still.large()).isFalse();
    assertThat(still.amount()).isEqualByComparingTo("0");
  }

  @Test
  void anyFlipOfAYesNoAnswerIsLarge() {
    Figure yes = new Figure(null, null, true);
    Figure no = new Figure(null, null, false);
    ValueChangeSummary flipped = compare(FLAG, no, yes).orElseThrow();
    assertThat(flipped.kind()).isEqualTo(ChangeKind.FLIP);
    assertThat(flipped.large()).isTrue();
    assertThat(flipped.reason()).isEqualTo(LargeChangeReason.FLAG_FLIPPED);
    assertThat(compare(FLAG, no, no).orElseThrow().large()).isFalse();
    assertThat(compare(FLAG, yes, yes).orElseThrow().reason()).isNull();
  }

  @Test
  void nothingToCompareWithoutBothFigures() {
    assertThat(compare(SHARE, f("1", "2"), null)).isEmpty();
    assertThat(compare(SHARE, null, f("1", "2"))).isEmpty();
    assertThat(compare(FLAG, new Figure(null, null, true), new Figure(null, null, null))).isEmpty();
  }

  @Test
  void thresholdsComeFromConfiguration() {
    var strict = new ChangeRules.Thresholds(BigDecimal.valueOf(5), BigDecimal.valueOf(20));
    assertThat(
            ChangeRules.compare(SHARE, f("12", "20"), f("11", "20"), strict).orElseThrow().large())
        .isTrue();
    assertThat(
            ChangeRules.compare(RATIO, f("132", "100"), f("110", "100"), strict)
                .orElseThrow()
                .large())
        .isTrue();
    assertThat(compare(RATIO, f("132", "100"), f("110", "100")).orElseThrow().large()).isFalse();
    assertThat(List.of(DEFAULTS.sharePoints(), DEFAULTS.relativePercent()))
        .containsExactly(BigDecimal.TEN, BigDecimal.valueOf(50));
  }
}
