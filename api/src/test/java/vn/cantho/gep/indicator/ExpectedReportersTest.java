package vn.cantho.gep.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.orgunit.OrgUnit;
import vn.cantho.gep.period.Period;

/** A unit is expected when the plan names it as a reporter and it exists during the period. */
class ExpectedReportersTest {
  static final Period H1 = period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30));
  static final PlanCatalogue PLAN =
      plan(def("1.1", Set.of("ninh-kieu", "co-do")), def("4.1", Set.of("so-gddt", "co-do")));

  @Test
  void thePlansReportersOpenInThePeriod() {
    List<OrgUnit> units =
        List.of(
            unit("ninh-kieu", null, null),
            unit("co-do", null, null),
            unit("so-gddt", null, null),
            unit("so-yte", null, null));
    assertThat(ExpectedReporters.of(PLAN, units, H1))
        .containsExactly("co-do", "ninh-kieu", "so-gddt");
    assertThat(ExpectedReporters.of(PLAN.indicators().get("4.1"), units, H1))
        .containsExactly("co-do", "so-gddt");
    assertThat(ExpectedReporters.expects(PLAN, units.get(3), H1)).isFalse();
  }

  @Test
  void aUnitOpenOnAnyDayOfThePeriodIsExpected() {
    assertThat(ExpectedReporters.expects(PLAN, unit("co-do", H1.endDate, null), H1)).isTrue();
    assertThat(ExpectedReporters.expects(PLAN, unit("co-do", null, H1.startDate.plusDays(1)), H1))
        .isTrue();
  }

  @Test
  void aUnitClosedBeforeOrOpenedAfterThePeriodIsNot() {
    assertThat(ExpectedReporters.expects(PLAN, unit("co-do", H1.endDate.plusDays(1), null), H1))
        .isFalse();
    assertThat(ExpectedReporters.expects(PLAN, unit("co-do", null, H1.startDate), H1)).isFalse();
    assertThat(
            ExpectedReporters.of(
                PLAN.indicators().get("1.1"), List.of(unit("co-do", null, H1.startDate)), H1))
        .isEmpty();
  }

  private static OrgUnit unit(String code, LocalDate openedOn, LocalDate closedOn) {
    OrgUnit u = new OrgUnit();
    u.code = code;
    u.openedOn = openedOn == null ? LocalDate.of(2000, 1, 1) : openedOn;
    u.closedOn = closedOn;
    return u;
  }

  private static Period period(LocalDate start, LocalDate end) {
    Period p = new Period();
    p.code = "2024S1";
    p.year = 2024;
    p.startDate = start;
    p.endDate = end;
    p.dueDate = end.plusDays(10);
    return p;
  }

  private static PlanCatalogue plan(IndicatorDefinition... defs) {
    Map<String, IndicatorDefinition> map = new LinkedHashMap<>();
    for (IndicatorDefinition d : defs) {
      map.put(d.code(), d);
    }
    return new PlanCatalogue(2024, map);
  }

  private static IndicatorDefinition def(String code, Set<String> reporters) {
    return new IndicatorDefinition(
        code,
        code.substring(0, 1),
        ValueType.RATIO,
        "%",
        BigDecimal.valueOf(100),
        true,
        null,
        Map.of(),
        Comparator.GE,
        BigDecimal.valueOf(60),
        null,
        reporters);
  }
}
