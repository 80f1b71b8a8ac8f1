package vn.cantho.gep.attainment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.indicator.Comparator;

class MilestoneGapTest {
  private static BigDecimal n(String s) {
    return new BigDecimal(s);
  }

  @Test
  void aCityTargetEqualToANationalAtLeastMilestoneHasNoGapAndMeetsIt() {
    // 1.1: city 2024 target 60 %, national 2025 >= 60 %
    assertThat(MilestoneGap.gap(Comparator.GE, n("60"), n("60"))).isEqualByComparingTo("0");
    assertThat(MilestoneGap.meets(Comparator.GE, n("60"), n("60"))).isTrue();
  }

  @Test
  void aValueBelowAnAtLeastMilestoneIsBehindByTheDifference() {
    // 1.1 latest value 57.142857 % against national 2030 >= 75 %: 17.857143 points behind
    assertThat(MilestoneGap.gap(Comparator.GE, n("75"), n("57.142857")))
        .isEqualByComparingTo("-17.857143");
    assertThat(MilestoneGap.meets(Comparator.GE, n("75"), n("57.142857"))).isFalse();
    assertThat(MilestoneGap.gap(Comparator.GE, n("27"), n("31"))).isEqualByComparingTo("4");
  }

  @Test
  void whereLowerIsBetterBeingBelowIsAhead() {
    // 2.2: city target < 26 % against national 2025 < 30 %: 4 points ahead
    assertThat(MilestoneGap.gap(Comparator.LT, n("30"), n("26"))).isEqualByComparingTo("4");
    assertThat(MilestoneGap.meets(Comparator.LT, n("30"), n("26"))).isTrue();
    assertThat(MilestoneGap.gap(Comparator.LT, n("25"), n("27.5"))).isEqualByComparingTo("-2.5");
    assertThat(MilestoneGap.meets(Comparator.LT, n("25"), n("27.5"))).isFalse();
  }

  @Test
  void aStrictMilestoneIsNotMetAtEquality() {
    assertThat(MilestoneGap.meets(Comparator.LT, n("25"), n("25"))).isFalse();
    assertThat(MilestoneGap.meets(Comparator.GT, n("25"), n("25"))).isFalse();
    assertThat(MilestoneGap.meets(Comparator.LE, n("25"), n("25"))).isTrue();
  }

  @Test
  void yesNoMilestonesAndMissingFiguresHaveNoGap() {
    assertThat(MilestoneGap.gap(Comparator.TRUE, null, n("1"))).isNull();
    assertThat(MilestoneGap.gap(Comparator.GE, n("60"), null)).isNull();
    assertThat(MilestoneGap.meets(Comparator.GE, n("60"), null)).isNull();
  }
}
