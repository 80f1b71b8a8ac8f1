package vn.cantho.gep.attainment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cantho.gep.attainment.AttainmentStatus.ACHIEVED;
import static vn.cantho.gep.attainment.AttainmentStatus.NOT_ACHIEVED;
import static vn.cantho.gep.attainment.AttainmentStatus.NO_DATA;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cantho.gep.indicator.Comparator;

class AttainmentRulesTest {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static AttainmentStatus status(
      Comparator c, String target, String scale, String n, String d) {
    return AttainmentRules.status(
        c,
        new BigDecimal(target),
        new BigDecimal(scale),
        n == null ? null : new BigDecimal(n),
        d == null ? null : new BigDecimal(d));
  }

  @ParameterizedTest(name = "{0} {1}: {2}/{3} -> {4}")
  @CsvSource({
    // GE at, just below and above the boundary
    "GE, 60, 60, 100, ACHIEVED",
    "GE, 60, 59.996, 100, NOT_ACHIEVED",
    "GE, 60, 60.001, 100, ACHIEVED",
    "GE, 60, 3, 5, ACHIEVED",
    // GT: the boundary itself is not enough (5.2a: above 98 %)
    "GT, 98, 98, 100, NOT_ACHIEVED",
    "GT, 98, 98.0001, 100, ACHIEVED",
    "GT, 98, 49, 50, NOT_ACHIEVED",
    // LE: lower is better, the boundary meets it (4.3: 12 per 1,000)
    "LE, 105, 105, 100, ACHIEVED",
    "LE, 105, 105.01, 100, NOT_ACHIEVED",
    "LE, 105, 104, 100, ACHIEVED",
    // LT: lower is better, the boundary does not meet it (2.2: below 26 %)
    "LT, 26, 26, 100, NOT_ACHIEVED",
    "LT, 26, 25.999, 100, ACHIEVED",
    "LT, 26, 13, 50, NOT_ACHIEVED",
    // zero numerator
    "GE, 60, 0, 100, NOT_ACHIEVED",
    "LT, 35, 0, 12000, ACHIEVED",
  })
  void comparesTheExactValueWithTheTarget(
      Comparator c, String target, String n, String d, AttainmentStatus expected) {
    assertThat(status(c, target, "100", n, d)).isEqualTo(expected);
  }

  @Test
  void roundingNeverDecides() {
    // 59.996 % rounds to 60.0 but is not >= 60
    assertThat(status(Comparator.GE, "60", "100", "14999", "25000")).isEqualTo(NOT_ACHIEVED);
    // 2/3 = 66.666...% against 66.6667: exact comparison says not reached
    assertThat(status(Comparator.GE, "66.6667", "100", "2", "3")).isEqualTo(NOT_ACHIEVED);
    assertThat(status(Comparator.GE, "66.6666", "100", "2", "3")).isEqualTo(ACHIEVED);
  }

  @Test
  void appliesTheScaleOfTheUnit() {
    // 4.2: 4 maternal deaths per 12,000 live births = 33.3 per 100,000 < 35
    assertThat(status(Comparator.LT, "35", "100000", "4", "12000")).isEqualTo(ACHIEVED);
    assertThat(status(Comparator.LT, "35", "100000", "5", "12000")).isEqualTo(NOT_ACHIEVED);
    // 3.1: 1.4 times, scale 1
    assertThat(status(Comparator.LE, "1.4", "1", "140", "100")).isEqualTo(ACHIEVED);
    assertThat(status(Comparator.LE, "1.4", "1", "141", "100")).isEqualTo(NOT_ACHIEVED);
  }

  @Test
  void missingOrZeroDenominatorIsNoData() {
    assertThat(status(Comparator.GE, "60", "100", null, null)).isEqualTo(NO_DATA);
    assertThat(status(Comparator.GE, "60", "100", "5", null)).isEqualTo(NO_DATA);
    assertThat(status(Comparator.GE, "60", "100", null, "5")).isEqualTo(NO_DATA);
    assertThat(status(Comparator.GE, "60", "100", "0", "0")).isEqualTo(NO_DATA);
  }

  @Test
  void yesNoIsDecidedByFlagsNotNumbers() {
    assertThatThrownBy(() -> status(Comparator.TRUE, "0", "1", "1", "1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(AttainmentRules.flagStatus(List.of(true))).isEqualTo(ACHIEVED);
    assertThat(AttainmentRules.flagStatus(List.of(true, false))).isEqualTo(NOT_ACHIEVED);
    assertThat(AttainmentRules.flagStatus(List.of(false))).isEqualTo(NOT_ACHIEVED);
    assertThat(AttainmentRules.flagStatus(List.of())).isEqualTo(NO_DATA);
  }

  @Test
  void aDisaggregatedIndicatorNeedsEveryCategory() {
    assertThat(AttainmentRules.combine(List.of(ACHIEVED, ACHIEVED))).isEqualTo(ACHIEVED);
    assertThat(AttainmentRules.combine(List.of(ACHIEVED, NOT_ACHIEVED))).isEqualTo(NOT_ACHIEVED);
    assertThat(AttainmentRules.combine(List.of(NO_DATA, NOT_ACHIEVED))).isEqualTo(NOT_ACHIEVED);
    assertThat(AttainmentRules.combine(List.of(ACHIEVED, NO_DATA))).isEqualTo(NO_DATA);
    assertThat(AttainmentRules.combine(List.of())).isEqualTo(NO_DATA);
  }

  @Test
  void progressRunsFromBaselineTowardTarget() {
    BigDecimal baseline = BigDecimal.valueOf(15);
    BigDecimal target = BigDecimal.valueOf(12);
    BigDecimal scale = BigDecimal.valueOf(1000);
    // 4.3: 13.5 per 1,000 is half way from 15 to 12
    assertThat(AttainmentRules.progress(baseline, target, scale, dec("135"), dec("10000")))
        .isEqualByComparingTo("50");
    assertThat(AttainmentRules.progress(baseline, target, scale, dec("150"), dec("10000")))
        .isEqualByComparingTo("0");
    assertThat(AttainmentRules.progress(baseline, target, scale, dec("120"), dec("10000")))
        .isEqualByComparingTo("100");
    assertThat(AttainmentRules.progress(baseline, target, scale, dec("110"), dec("10000")))
        .isEqualByComparingTo("133.33");
    // moved away from the target
    assertThat(AttainmentRules.progress(baseline, target, scale, dec("180"), dec("10000")))
        .isEqualByComparingTo("-100");
  }

  @Test
  void noProgressWithoutBaselineFigureOrSpan() {
    assertThat(AttainmentRules.progress(null, HUNDRED, HUNDRED, dec("1"), dec("2"))).isNull();
    assertThat(AttainmentRules.progress(dec("15"), dec("12"), HUNDRED, null, null)).isNull();
    assertThat(AttainmentRules.progress(dec("12"), dec("12"), HUNDRED, dec("1"), dec("2")))
        .isNull();
    assertThat(AttainmentRules.progress(dec("15"), dec("12"), HUNDRED, dec("1"), dec("0")))
        .isNull();
  }

  @Test
  void everyComparatorIsCovered() {
    assertThat(Arrays.stream(Comparator.values()).map(Enum::name))
        .containsExactly("GE", "GT", "LE", "LT", "TRUE");
  }

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }
}
