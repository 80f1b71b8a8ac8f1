package vn.cantho.gep.period;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cantho.gep.common.audit.ConfigAction;
import vn.cantho.gep.common.audit.ConfigChange;
import vn.cantho.gep.common.audit.ConfigChangeLog;
import vn.cantho.gep.common.error.DomainException;
import vn.cantho.gep.common.error.ErrorCode;
import vn.cantho.gep.common.security.Actor;
import vn.cantho.gep.common.security.CurrentUser;
import vn.cantho.gep.orgunit.OrgUnitService;

/**
 * Reads periods, sets their entry windows, opens or closes them and grants per-unit exceptions;
 * every change is written to the audit log with who made it, before and after.
 */
@ApplicationScoped
@Transactional
public class PeriodService {
  @Inject PeriodRepository repository;
  @Inject PeriodExceptionRepository exceptions;
  @Inject OrgUnitService orgUnits;
  @Inject CurrentUser user;
  @Inject ConfigChangeLog changes;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.SUPPORTS)
  public Period get(String code) {
    return repository
        .findByIdOptional(code)
        .orElseThrow(() -> DomainException.notFound(ErrorCode.PERIOD_NOT_FOUND, "Period " + code));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Period> list(Integer year, PeriodType type, Boolean open) {
    return repository
        .listAll(Sort.by("startDate").and("endDate", Sort.Direction.Descending))
        .stream()
        .filter(p -> year == null || p.year == year)
        .filter(p -> type == null || p.type == type)
        .filter(p -> open == null || p.open == open)
        .toList();
  }

  /** Today in Vietnam, by the application's clock. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * The period, locked until the transaction ends so that concurrent changes to it or its
   * exceptions are recorded one after the other, each with the true before.
   */
  private Period lockForChange(String code) {
    return repository
        .findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE)
        .orElseThrow(() -> DomainException.notFound(ErrorCode.PERIOD_NOT_FOUND, "Period " + code));
  }

  /**
   * Opens or closes a period for writing by hand; the entry window still applies when open. Opening
   * an open period (or closing a closed one) changes nothing and is not recorded.
   */
  public Period setOpen(String code, boolean open, Actor actor) {
    Period period = lockForChange(code);
    if (period.open != open) {
      changes.record(
          actor,
          ConfigChange.of(
                  open ? ConfigAction.PERIOD_OPENED : ConfigAction.PERIOD_CLOSED,
                  code,
                  Map.of("open", period.open),
                  Map.of("open", open))
              .period(code));
      period.open = open;
    }
    return period;
  }

  /**
   * Creates the year's standard periods where missing (plan section V.17): the first half year, due
   * 10 June, and the whole year, due 10 December; both open. Existing periods are kept as they are.
   * Returns the codes created.
   */
  public List<String> ensureStandardPeriods(int year) {
    List<String> created = new java.util.ArrayList<>();
    for (StandardPeriod p : StandardPeriod.of(year)) {
      int rows =
          repository
              .getEntityManager()
              .createNativeQuery(
                  """
                  insert into period (code, type, year, start_date, end_date, due_date, open)
                  values (:code, :type, :year, :start, :end, :due, true)
                  on conflict (code) do nothing
                  """)
              .setParameter("code", p.code())
              .setParameter("type", p.type().name())
              .setParameter("year", year)
              .setParameter("start", p.start())
              .setParameter("end", p.end())
              .setParameter("due", p.due())
              .executeUpdate();
      if (rows > 0) {
        created.add(p.code());
      }
    }
    return created;
  }

  /** Sets the entry window (admin); the last day may not precede the first. */
  public Period updateWindow(String code, UpdateEntryWindowRequest request, Actor actor) {
    Period period = lockForChange(code);
    LocalDate opensOn = request.opensOn() != null ? request.opensOn() : period.startDate;
    if (request.closesOn() != null && request.closesOn().isBefore(opensOn)) {
      throw new DomainException(
              ErrorCode.ENTRY_WINDOW_INVALID,
              "The window cannot close on "
                  + request.closesOn()
                  + ", before it opens on "
                  + opensOn)
          .with("opensOn", opensOn);
    }
    UpdateEntryWindowRequest before = new UpdateEntryWindowRequest(period.opensOn, period.closesOn);
    if (!before.equals(request)) {
      changes.record(
          actor,
          ConfigChange.of(ConfigAction.ENTRY_WINDOW_CHANGED, code, before, request).period(code));
    }
    period.opensOn = request.opensOn();
    period.closesOn = request.closesOn();
    return period;
  }

  /** A period's exceptions; a reporter sees only their own unit's. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<PeriodException> exceptions(String code) {
    get(code);
    return exceptions.list(code).stream().filter(e -> user.mayRead(e.orgUnit())).toList();
  }

  /** The last day of every exception by {@link #unitPeriodKey}, read once for many checks. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, LocalDate> exceptionDays() {
    Map<String, LocalDate> days = new HashMap<>();
    for (PeriodException e : exceptions.listAll()) {
      days.put(unitPeriodKey(e.orgUnit(), e.period()), e.until());
    }
    return days;
  }

  public static String unitPeriodKey(String orgUnit, String period) {
    return orgUnit + "|" + period;
  }

  /**
   * Lets one org unit keep writing a period's figures until a date (coordinator), recording who and
   * when; granting again replaces the earlier exception, whose grant the audit log keeps.
   */
  public PeriodException grantException(
      String code, String orgUnit, GrantExceptionRequest request, Actor actor) {
    lockForChange(code);
    orgUnits.get(orgUnit);
    if (request.until().isBefore(today())) {
      throw new DomainException(
          ErrorCode.EXCEPTION_INVALID,
          "An exception must run until today (" + today() + ") or later, not " + request.until());
    }
    PeriodException granted =
        new PeriodException(
            code,
            orgUnit,
            request.until(),
            request.reason().strip(),
            OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
            actor.name());
    PeriodException before = exceptions.find(code, orgUnit).orElse(null);
    exceptions.upsert(granted);
    changes.record(
        actor,
        ConfigChange.of(
                before == null ? ConfigAction.EXCEPTION_GRANTED : ConfigAction.EXCEPTION_CHANGED,
                exceptionKey(code, orgUnit),
                before,
                granted)
            .orgUnit(orgUnit)
            .period(code));
    return granted;
  }

  /** Withdraws an org unit's exception; the audit log keeps what it was. */
  public void revokeException(String code, String orgUnit, Actor actor) {
    lockForChange(code);
    orgUnits.get(orgUnit);
    PeriodException before =
        exceptions
            .find(code, orgUnit)
            .orElseThrow(
                () ->
                    DomainException.notFound(
                        ErrorCode.EXCEPTION_NOT_FOUND,
                        "An exception for " + orgUnit + " in period " + code));
    exceptions.delete(code, orgUnit);
    changes.record(
        actor,
        ConfigChange.of(ConfigAction.EXCEPTION_REVOKED, exceptionKey(code, orgUnit), before, null)
            .orgUnit(orgUnit)
            .period(code));
  }

  private static String exceptionKey(String period, String orgUnit) {
    return period + "/" + orgUnit;
  }

  /**
   * Fails with 409 unless the org unit may write the period's figures today: the period is open and
   * inside its entry window, or the coordinator granted the unit an exception that still runs.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public void requireAcceptingEntries(Period period, String orgUnit) {
    LocalDate today = today();
    EntryState state = EntryState.of(period, today);
    if (state == EntryState.OPEN) {
      return;
    }
    LocalDate until =
        exceptions.find(period.code, orgUnit).map(PeriodException::until).orElse(null);
    if (EntryState.accepts(period, today, until)) {
      return;
    }
    throw new DomainException(
            state.refusalCode(),
            "Period "
                + period.code
                + " "
                + state.refusal(period)
                + (until != null ? "; the exception for " + orgUnit + " ended on " + until : "")
                + "; nothing can be written")
        .with("period", period.code)
        .with("entryState", state);
  }
}
