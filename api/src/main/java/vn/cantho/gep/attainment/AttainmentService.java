package vn.cantho.gep.attainment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cantho.gep.common.error.DomainException;
import vn.cantho.gep.common.error.ErrorCode;
import vn.cantho.gep.indicator.Categories;
import vn.cantho.gep.indicator.IndicatorDefinition;
import vn.cantho.gep.indicator.IndicatorService;
import vn.cantho.gep.indicator.MilestoneService;
import vn.cantho.gep.indicator.NationalMilestone;
import vn.cantho.gep.indicator.Objective;
import vn.cantho.gep.indicator.PlanCatalogue;
import vn.cantho.gep.orgunit.OrgUnit;
import vn.cantho.gep.orgunit.OrgUnitService;
import vn.cantho.gep.period.Period;
import vn.cantho.gep.period.PeriodService;
import vn.cantho.gep.period.PeriodType;
import vn.cantho.gep.submission.ReportedFigure;
import vn.cantho.gep.submission.SubmissionService;

/**
 * How far each target of the plan is met for an org unit and period: the city adds up every
 * reporter under it, a district or department counts its own figures (and those of units below it).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AttainmentService {
  /** Results kept; beyond it the oldest goes (a national tree: ~3,400 units a period). */
  static final int CACHED_RESULTS = 2_000;

  @Inject OrgUnitService orgUnits;
  @Inject PeriodService periods;
  @Inject IndicatorService indicators;
  @Inject SubmissionService submissions;
  @Inject MilestoneService milestones;

  /** A computed result and the state of the data it was computed from. */
  private record Cached(String stamp, List<AttainmentRow> rows) {}

  private final Map<String, Cached> cache =
      java.util.Collections.synchronizedMap(
          new java.util.LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
              return size() > CACHED_RESULTS;
            }
          });

  /**
   * The attainment rows of an org unit and period. A result is reused while the period's
   * submissions and the year's targets are unchanged (checked on every call against the database,
   * so an approval or a target change through any instance shows at once); org units and plan
   * reporters change only through migrations.
   */
  public List<AttainmentRow> attainment(
      String orgUnitCode, String periodCode, String indicatorCode, Basis basis) {
    OrgUnit orgUnit = orgUnits.get(orgUnitCode);
    Period period = periods.get(periodCode);
    String key = orgUnit.code + "|" + period.code + "|" + indicatorCode + "|" + basis;
    String stamp = submissions.stamp(period.code) + "|" + targetsStamp(period.year);
    Cached cached = cache.get(key);
    if (cached != null && cached.stamp().equals(stamp)) {
      return cached.rows();
    }
    List<AttainmentRow> rows = compute(orgUnit, period, indicatorCode, basis);
    cache.put(key, new Cached(stamp, rows));
    return rows;
  }

  private String targetsStamp(int year) {
    return indicators.targets(year).stream()
        .map(t -> t.indicatorCode + "=" + t.updatedAt)
        .sorted()
        .collect(Collectors.joining(","));
  }

  private List<AttainmentRow> compute(
      OrgUnit orgUnit, Period period, String indicatorCode, Basis basis) {
    PlanCatalogue catalogue = indicators.catalogue(period.year);
    List<IndicatorDefinition> selected =
        indicatorCode == null
            ? List.copyOf(catalogue.indicators().values())
            : List.of(
                catalogue
                    .find(indicatorCode)
                    .orElseThrow(
                        () ->
                            DomainException.notFound(
                                ErrorCode.INDICATOR_NOT_FOUND,
                                "Indicator " + indicatorCode + " in the plan of " + period.year)));
    List<String> subtree = orgUnits.subtreeCodes(orgUnit.code);
    Set<String> active =
        orgUnits.list(null, null, null).stream()
            .filter(o -> o.activeBetween(period.startDate, period.endDate))
            .map(o -> o.code)
            .collect(Collectors.toSet());
    Set<String> scope = new HashSet<>(subtree);
    Map<String, List<ReportedFigure>> byIndicator =
        submissions.figures(period.code, subtree, basis.statuses()).stream()
            .collect(Collectors.groupingBy(ReportedFigure::indicator));
    Map<String, String> names =
        indicators.listDefinitions().stream().collect(Collectors.toMap(i -> i.code, i -> i.nameVi));

    List<AttainmentRow> rows = new ArrayList<>();
    for (IndicatorDefinition def : selected) {
      List<String> expected =
          def.reporters().stream()
              .filter(scope::contains)
              .filter(active::contains)
              .sorted()
              .toList();
      IndicatorResult result =
          Aggregation.aggregate(def, byIndicator.getOrDefault(def.code(), List.of()));
      rows.add(
          new AttainmentRow(
              def.code(),
              def.objectiveCode(),
              names.get(def.code()),
              def.unit(),
              orgUnit.code,
              period.code,
              basis,
              result.numerator(),
              result.denominator(),
              result.value(),
              result.flag(),
              def.target(),
              def.comparator(),
              def.baseline(),
              result.progress(),
              result.status(),
              new AttainmentRow.Reporters(
                  expected.size(),
                  result.reportedBy().size(),
                  expected.stream().filter(c -> !result.reportedBy().contains(c)).toList()),
              result.breakdown().stream()
                  .map(
                      c ->
                          new AttainmentRow.Breakdown(
                              Categories.parse(c.categoryKey()),
                              c.numerator(),
                              c.denominator(),
                              c.value(),
                              c.status()))
                  .toList()));
    }
    return List.copyOf(rows);
  }

  /**
   * An indicator's attainment in every period whose plan year has it, ordered by end date, each
   * against the target of its own plan year, computed as {@link #attainment} computes one period;
   * with the national milestones set beside the latest city target and value.
   */
  public AttainmentSeries series(
      String orgUnitCode, String indicatorCode, PeriodType type, Basis basis) {
    orgUnits.get(orgUnitCode);
    String unit = indicators.get(indicatorCode).unit;
    Map<Integer, IndicatorDefinition> byYear = new java.util.TreeMap<>();
    for (var plan : indicators.plans()) {
      indicators.catalogue(plan.year).find(indicatorCode).ifPresent(d -> byYear.put(plan.year, d));
    }
    List<SeriesPoint> points =
        periods.list(null, type, null).stream()
            .filter(p -> byYear.containsKey(p.year))
            .sorted(
                java.util.Comparator.comparing((Period p) -> p.endDate)
                    .thenComparing(p -> p.startDate, java.util.Comparator.reverseOrder()))
            .map(
                p ->
                    SeriesPoint.of(p, attainment(orgUnitCode, p.code, indicatorCode, basis).get(0)))
            .toList();
    SeriesPoint latest =
        points.stream().filter(p -> p.value() != null).reduce((a, b) -> b).orElse(null);
    List<MilestoneComparison> comparisons = new ArrayList<>();
    for (NationalMilestone m : milestones.list(indicatorCode)) {
      var cityYear =
          byYear.keySet().stream().filter(y -> y <= m.year).reduce((a, b) -> b).orElse(null);
      IndicatorDefinition city = cityYear == null ? null : byYear.get(cityYear);
      var cityTarget = city == null ? null : city.target();
      var latestValue = latest == null ? null : latest.value();
      comparisons.add(
          new MilestoneComparison(
              m.year,
              m.comparator,
              m.value,
              m.noteVi,
              m.source,
              cityYear,
              cityTarget,
              MilestoneGap.gap(m.comparator, m.value, cityTarget),
              MilestoneGap.meets(m.comparator, m.value, cityTarget),
              latest == null ? null : latest.period(),
              latestValue,
              MilestoneGap.gap(m.comparator, m.value, latestValue),
              MilestoneGap.meets(m.comparator, m.value, latestValue)));
    }
    return new AttainmentSeries(indicatorCode, unit, orgUnitCode, basis, points, comparisons);
  }

  /** Per objective, how many indicators are achieved, not achieved, or lack data. */
  public List<ObjectiveSummary> summary(String orgUnitCode, String periodCode, Basis basis) {
    List<AttainmentRow> rows = attainment(orgUnitCode, periodCode, null, basis);
    List<ObjectiveSummary> summaries = new ArrayList<>();
    for (Objective o : indicators.objectives()) {
      List<AttainmentRow> mine = rows.stream().filter(r -> r.objective().equals(o.code)).toList();
      summaries.add(
          new ObjectiveSummary(
              o.code,
              o.nameVi,
              o.nameEn,
              mine.size(),
              count(mine, AttainmentStatus.ACHIEVED),
              count(mine, AttainmentStatus.NOT_ACHIEVED),
              count(mine, AttainmentStatus.NO_DATA)));
    }
    return summaries;
  }

  private static int count(List<AttainmentRow> rows, AttainmentStatus status) {
    return (int) rows.stream().filter(r -> r.status() == status).count();
  }
}
