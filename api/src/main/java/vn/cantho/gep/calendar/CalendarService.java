package vn.cantho.gep.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cantho.gep.common.error.DomainException;
import vn.cantho.gep.common.error.ErrorCode;
import vn.cantho.gep.common.security.CurrentUser;
import vn.cantho.gep.indicator.ExpectedReporters;
import vn.cantho.gep.indicator.IndicatorService;
import vn.cantho.gep.indicator.PlanCatalogue;
import vn.cantho.gep.orgunit.OrgUnit;
import vn.cantho.gep.orgunit.OrgUnitService;
import vn.cantho.gep.orgunit.OrgUnitType;
import vn.cantho.gep.period.EntryState;
import vn.cantho.gep.period.Period;
import vn.cantho.gep.period.PeriodResponse;
import vn.cantho.gep.period.PeriodService;
import vn.cantho.gep.submission.Lateness;
import vn.cantho.gep.submission.SubmissionProgress;
import vn.cantho.gep.submission.SubmissionService;

/**
 * The reporting calendar: who has reported what, on time or not, what is due soon or overdue, and
 * the reporting rates (plan V.17). A reporter sees only their own org unit.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CalendarService {
  @Inject PeriodService periods;
  @Inject OrgUnitService orgUnits;
  @Inject IndicatorService indicators;
  @Inject SubmissionService submissions;
  @Inject CurrentUser user;

  /** The matrix for the periods (all when none named), filtered by org unit type and status. */
  public StatusMatrix matrix(
      List<String> periodCodes, List<OrgUnitType> types, List<ReportingStatus> statuses) {
    List<Period> selected = select(periodCodes);
    LocalDate today = periods.today();
    List<StatusRow> rows =
        visible(board(selected, today)).stream()
            .filter(r -> types.isEmpty() || types.contains(r.type()))
            .filter(
                r ->
                    statuses.isEmpty()
                        || r.cells().stream().anyMatch(c -> statuses.contains(c.status())))
            .toList();
    return new StatusMatrix(
        today, selected.stream().map(p -> PeriodResponse.from(p, today)).toList(), rows);
  }

  /** Reports due within {@code withinDays} and overdue reports, across every period. */
  public DueList due(int withinDays) {
    LocalDate today = periods.today();
    List<DueItem> soon = new ArrayList<>();
    List<DueItem> overdue = new ArrayList<>();
    for (StatusRow row : visible(board(periods.list(null, null, null), today))) {
      for (StatusCell cell : row.cells()) {
        if (cell.status() == ReportingStatus.OVERDUE) {
          overdue.add(DueItem.of(row, cell));
        } else if (cell.daysUntilDue() != null && cell.daysUntilDue() <= withinDays) {
          soon.add(DueItem.of(row, cell));
        }
      }
    }
    soon.sort(Comparator.comparing(DueItem::daysUntilDue).thenComparing(DueItem::orgUnit));
    overdue.sort(
        Comparator.comparing(DueItem::daysLate).reversed().thenComparing(DueItem::orgUnit));
    return new DueList(today, withinDays, soon, overdue);
  }

  /** Reporting rates per period (all when none named), overall and per org unit type. */
  public List<PeriodRates> rates(List<String> periodCodes) {
    List<Period> selected = select(periodCodes);
    List<StatusRow> rows = visible(board(selected, periods.today()));
    List<PeriodRates> result = new ArrayList<>();
    for (int i = 0; i < selected.size(); i++) {
      int column = i;
      List<RateSummary> summary =
          RateSummary.summarize(
              rows.stream()
                  .map(r -> new RateSummary.Entry(r.type(), timeliness(r.cells().get(column))))
                  .toList());
      Period p = selected.get(i);
      result.add(
          new PeriodRates(p.code, p.dueDate, summary.get(0), summary.subList(1, summary.size())));
    }
    return result;
  }

  /**
   * Every org unit's row (the city itself excluded) for these periods, as of {@code today}, with no
   * regard to the caller: for the reminder job and the views above.
   */
  public List<StatusRow> board(List<Period> selected, LocalDate today) {
    Map<String, SubmissionProgress> progress = new HashMap<>();
    for (SubmissionProgress p : submissions.progress(selected.stream().map(p -> p.code).toList())) {
      progress.put(PeriodService.unitPeriodKey(p.orgUnit(), p.period()), p);
    }
    Map<String, LocalDate> exceptions = periods.exceptionDays();
    Map<Integer, Optional<PlanCatalogue>> plansByYear = new HashMap<>();
    List<StatusRow> rows = new ArrayList<>();
    for (OrgUnit unit : orgUnits.list(null, null, null)) {
      if (unit.type == OrgUnitType.CITY) {
        continue;
      }
      List<StatusCell> cells = new ArrayList<>();
      for (Period p : selected) {
        Optional<PlanCatalogue> plan = plansByYear.computeIfAbsent(p.year, this::plan);
        boolean expected = plan.isPresent() && ExpectedReporters.expects(plan.get(), unit, p);
        String key = PeriodService.unitPeriodKey(unit.code, p.code);
        cells.add(cell(p, expected, progress.get(key), exceptions.get(key), today));
      }
      rows.add(new StatusRow(unit.code, unit.nameVi, unit.nameEn, unit.type, cells));
    }
    return rows;
  }

  private static StatusCell cell(
      Period p, boolean expected, SubmissionProgress s, LocalDate exceptionUntil, LocalDate today) {
    LocalDate firstOn = s == null ? null : Lateness.dayOf(s.firstSubmittedAt());
    Timeliness t =
        Timeliness.of(expected, s == null ? null : s.status(), firstOn, p.dueDate, today);
    return new StatusCell(
        p.code,
        t.status(),
        s == null ? null : s.status(),
        s == null ? null : s.id(),
        p.dueDate,
        s == null ? null : s.firstSubmittedAt(),
        t.onTime(),
        t.daysLate(),
        t.daysUntilDue(),
        exceptionUntil,
        expected && EntryState.accepts(p, today, exceptionUntil));
  }

  private static Timeliness timeliness(StatusCell c) {
    return new Timeliness(c.status(), c.onTime(), c.daysLate(), c.daysUntilDue());
  }

  /** The plan of that year, empty when there is none (then nobody is expected to report). */
  private Optional<PlanCatalogue> plan(int year) {
    try {
      return Optional.of(indicators.catalogue(year));
    } catch (DomainException e) {
      if (e.code() == ErrorCode.PLAN_NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private List<Period> select(Collection<String> codes) {
    List<Period> all = periods.list(null, null, null);
    if (codes.isEmpty()) {
      return all;
    }
    codes.forEach(periods::get);
    return all.stream().filter(p -> codes.contains(p.code)).toList();
  }

  /** The rows the caller may read: every unit's, or a reporter's own ({@code ReadPolicy}). */
  private List<StatusRow> visible(List<StatusRow> rows) {
    return user.readableUnits()
        .map(units -> rows.stream().filter(r -> units.contains(r.orgUnit())).toList())
        .orElse(rows);
  }
}
