package vn.cantho.gep.attainment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.indicator.Comparator;
import vn.cantho.gep.indicator.IndicatorDefinition;
import vn.cantho.gep.indicator.ValueType;
import vn.cantho.gep.submission.ReportedFigure;

class AggregationTest {
  static final IndicatorDefinition WOMEN_LEADERS =
      ratio("1.1", Comparator.GE, "60", null, true, "so-noi-vu", Map.of());
  static final IndicatorDefinition PRIMARY =
      ratio(
          "5.2a",
          Comparator.GT,
          "98",
          null,
          true,
          "so-gddt",
          Map.of("sex", List.of("male", "female")));
  static final IndicatorDefinition WAGE_WORK =
      ratio("2.1", Comparator.GE, "60", null, false, "so-ldtbxh", Map.of());
  static final IndicatorDefinition CURRICULA =
      new IndicatorDefinition(
          "5.1",
          "5",
          ValueType.FLAG,
          "yes/no",
          null,
          true,
          "so-gddt",
          Map.of(),
          Comparator.TRUE,
          null,
          null,
          Set.of("so-gddt"));

  @Test
  void cityFigureIsTheRatioOfSumsNotTheMeanOfPercentages() {
    // so-noi-vu 1 of 1 (100 %), ninh-kieu 10 of 30 (33.3 %): the mean 66.7 % would pass,
    // the city's real share 11 of 31 = 35.5 % does not.
    IndicatorResult r =
        Aggregation.aggregate(
            WOMEN_LEADERS, List.of(fig("so-noi-vu", "", 1, 1), fig("ninh-kieu", "", 10, 30)));
    assertThat(r.numerator()).isEqualByComparingTo("11");
    assertThat(r.denominator()).isEqualByComparingTo("31");
    assertThat(r.value()).isEqualByComparingTo("35.483871");
    assertThat(r.status()).isEqualTo(AttainmentStatus.NOT_ACHIEVED);
  }

  @Test
  void aDisaggregatedIndicatorIsMetOnlyWhenEverySexIsMet() {
    IndicatorResult r =
        Aggregation.aggregate(
            PRIMARY,
            List.of(
                fig("so-gddt", "sex=female", 99, 100),
                fig("so-gddt", "sex=male", 97, 100),
                fig("co-do", "sex=female", 50, 50),
                fig("co-do", "sex=male", 49, 50)));
    assertThat(r.breakdown())
        .extracting(IndicatorResult.CategoryResult::categoryKey)
        .containsExactly("sex=male", "sex=female");
    // female 149/150 = 99.33 % > 98; male 146/150 = 97.33 % not > 98
    assertThat(r.breakdown().get(1).status()).isEqualTo(AttainmentStatus.ACHIEVED);
    assertThat(r.breakdown().get(0).status()).isEqualTo(AttainmentStatus.NOT_ACHIEVED);
    assertThat(r.status()).isEqualTo(AttainmentStatus.NOT_ACHIEVED);
    // the total 295/300 = 98.33 % would pass: it must not decide
    assertThat(r.value()).isEqualByComparingTo("98.333333");
  }

  @Test
  void aSurveyFigureIsTakenFromItsOwnerNotAdded() {
    IndicatorResult r =
        Aggregation.aggregate(
            WAGE_WORK, List.of(fig("so-ldtbxh", "", 62, 100), fig("ninh-kieu", "", 10, 100)));
    assertThat(r.numerator()).isEqualByComparingTo("62");
    assertThat(r.status()).isEqualTo(AttainmentStatus.ACHIEVED);
  }

  @Test
  void noFiguresIsNoData() {
    assertThat(Aggregation.aggregate(WOMEN_LEADERS, List.of()).status())
        .isEqualTo(AttainmentStatus.NO_DATA);
    IndicatorResult disaggregated = Aggregation.aggregate(PRIMARY, List.of());
    assertThat(disaggregated.status()).isEqualTo(AttainmentStatus.NO_DATA);
    assertThat(disaggregated.breakdown()).allMatch(c -> c.status() == AttainmentStatus.NO_DATA);
    assertThat(Aggregation.aggregate(CURRICULA, List.of()).status())
        .isEqualTo(AttainmentStatus.NO_DATA);
  }

  @Test
  void aYesNoIndicatorCountsTheYesAnswers() {
    IndicatorResult r =
        Aggregation.aggregate(
            CURRICULA, List.of(new ReportedFigure("so-gddt", "5.1", "", null, null, true)));
    assertThat(r.flag()).isTrue();
    assertThat(r.status()).isEqualTo(AttainmentStatus.ACHIEVED);
    IndicatorResult no =
        Aggregation.aggregate(
            CURRICULA, List.of(new ReportedFigure("so-gddt", "5.1", "", null, null, false)));
    assertThat(no.flag()).isFalse();
    assertThat(no.status()).isEqualTo(AttainmentStatus.NOT_ACHIEVED);
  }

  static IndicatorDefinition ratio(
      String code,
      Comparator comparator,
      String target,
      String baseline,
      boolean additive,
      String owner,
      Map<String, List<String>> categories) {
    return new IndicatorDefinition(
        code,
        code.substring(0, 1),
        ValueType.RATIO,
        "%",
        BigDecimal.valueOf(100),
        additive,
        owner,
        categories,
        comparator,
        new BigDecimal(target),
        baseline == null ? null : new BigDecimal(baseline),
        Set.of(owner));
  }

  static ReportedFigure fig(String orgUnit, String category, int n, int d) {
    return new ReportedFigure(
        orgUnit, "x", category, BigDecimal.valueOf(n), BigDecimal.valueOf(d), null);
  }
}
