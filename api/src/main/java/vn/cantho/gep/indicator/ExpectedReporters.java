package vn.cantho.gep.indicator;

import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import vn.cantho.gep.orgunit.OrgUnit;
import vn.cantho.gep.period.Period;

/**
 * Who is expected to report in a period, the one home of the rule: the org units the plan of the
 * period's year names as reporters that exist at some time in the period. The attainment SQL
 * (ScopeFiguresQuery) is checked against it by ScopeFiguresQueryTest.
 */
public final class ExpectedReporters {
  private ExpectedReporters() {}

  /** Whether the plan expects a report from {@code unit} in {@code period}. */
  public static boolean expects(PlanCatalogue plan, OrgUnit unit, Period period) {
    return open(unit, period) && !plan.reportedBy(unit.code).isEmpty();
  }

  /** The codes of the units among {@code units} the plan expects a report from, sorted. */
  public static SortedSet<String> of(PlanCatalogue plan, Collection<OrgUnit> units, Period period) {
    SortedSet<String> expected = new TreeSet<>();
    for (OrgUnit unit : units) {
      if (expects(plan, unit, period)) {
        expected.add(unit.code);
      }
    }
    return expected;
  }

  /** The codes of the units among {@code units} expected to report {@code indicator}, sorted. */
  public static List<String> of(
      IndicatorDefinition indicator, Collection<OrgUnit> units, Period period) {
    return units.stream()
        .filter(u -> open(u, period) && indicator.reporters().contains(u.code))
        .map(u -> u.code)
        .sorted()
        .toList();
  }

  private static boolean open(OrgUnit unit, Period period) {
    return unit.activeBetween(period.startDate, period.endDate);
  }
}
