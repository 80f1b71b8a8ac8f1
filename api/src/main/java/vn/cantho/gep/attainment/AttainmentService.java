package vn.cantho.gep.attainment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.cantho.gep.common.changes.DataChanges;
import vn.cantho.gep.common.error.DomainException;
import vn.cantho.gep.common.error.ErrorCode;
import vn.cantho.gep.common.security.CurrentUser;
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
  @Inject ScopeFiguresQuery scopeFigures;
  @Inject DataChanges changes;
  @Inject CurrentUser user;

  /**
   * A computed result with the state of the data it was computed from: the version of the
   * notifications heard, and the submissions' and targets' stamp read while not hearing them.
   */
  private record Cached(DataChanges.Version version, String stamp, Object result) {}

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
   * submissions and the reference data are unchanged: known without a query from PostgreSQL's
   * change notifications while they are heard (see {@link DataChanges}), else checked against a
   * stamp of the period's submissions and the year's targets on every call. Either way an approval
   * or a target change through any instance shows in the next read.
   */
  public List<AttainmentRow> attainment(
      String orgUnitCode, String periodCode, String indicatorCode, Basis basis) {
    requireReadable(orgUnitCode, basis);
    return rows(orgUnitCode, periodCode, indicatorCode, basis);
  }

  /**
   * Refuses (403) figures of a scope the caller may not read on this basis ({@link
   * vn.cantho.gep.common.security.ReadPolicy}). The scope comes from the cached tree: no query.
   */
  private void requireReadable(String orgUnitCode, Basis basis) {
    user.requireFigures(orgUnitCode, orgUnits.subtreeCodes(orgUnitCode), basis.unreviewed());
  }

  private List<AttainmentRow> rows(
      String orgUnitCode, String periodCode, String indicatorCode, Basis basis) {
    return cached(
        "rows|" + orgUnitCode + "|" + periodCode + "|" + indicatorCode + "|" + basis,
        periodCode,
        () -> compute(orgUnitCode, periodCode, indicatorCode, basis));
  }

  /**
   * The cached result under a key, or a new one. A hit while notifications are heard costs no
   * query: the key's org unit and period existed when it was computed, and neither is ever deleted.
   */
  @SuppressWarnings("unchecked") // each key's prefix stands for one result type
  private <T> T cached(String key, String periodCode, java.util.function.Supplier<T> compute) {
    DataChanges.Version version = changes.version(periodCode);
    Cached hit = cache.get(key);
    if (version.trusted()) {
      if (hit != null && version.equals(hit.version())) {
        return (T) hit.result();
      }
      T result = compute.get();
      cache.put(key, new Cached(version, null, result));
      return result;
    }
    Period period = periods.get(periodCode);
    String stamp = submissions.stamp(period.code) + "|" + targetsStamp(period.year);
    if (hit != null && stamp.equals(hit.stamp())) {
      return (T) hit.result();
    }
    T result = compute.get();
    cache.put(key, new Cached(version, stamp, result));
    return result;
  }

  private String targetsStamp(int year) {
    return indicators.targets(year).stream()
        .map(t -> t.indicatorCode + "=" + t.updatedAt)
        .sorted()
        .collect(Collectors.joining(","));
  }

  private List<AttainmentRow> compute(
      String orgUnitCode, String periodCode, String indicatorCode, Basis basis) {
    OrgUnit orgUnit = orgUnits.get(orgUnitCode);
    Period period = periods.get(periodCode);
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
    List<String> surveys =
        selected.stream().filter(d -> !d.additive()).map(IndicatorDefinition::code).toList();
    ScopeFigures figures =
        scopeFigures.figures(
            orgUnits.subtreeCodes(orgUnit.code), period, basis.statuses(), surveys);
    Map<String, String> names =
        indicators.listDefinitions().stream().collect(Collectors.toMap(i -> i.code, i -> i.nameVi));

    List<AttainmentRow> rows = new ArrayList<>();
    for (IndicatorDefinition def : selected) {
      IndicatorResult result =
          def.additive()
              ? Aggregation.fromSums(def, figures.sums().getOrDefault(def.code(), Map.of()))
              : Aggregation.aggregate(
                  def, figures.surveyFigures().getOrDefault(def.code(), List.of()));
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
                  figures.expected().getOrDefault(def.code(), 0L).intValue(),
                  figures.reported().getOrDefault(def.code(), 0L).intValue(),
                  figures.missing().getOrDefault(def.code(), List.of())),
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
    requireReadable(orgUnitCode, basis);
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
            .map(p -> SeriesPoint.of(p, rows(orgUnitCode, p.code, indicatorCode, basis).get(0)))
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
    requireReadable(orgUnitCode, basis);
    return cached(
        "summary|" + orgUnitCode + "|" + periodCode + "|" + basis,
        periodCode,
        () -> summarise(rows(orgUnitCode, periodCode, null, basis)));
  }

  private List<ObjectiveSummary> summarise(List<AttainmentRow> rows) {
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
    return List.copyOf(summaries);
  }

  private static int count(List<AttainmentRow> rows, AttainmentStatus status) {
    return (int) rows.stream().filter(r -> r.status() == status).count();
  }
}
