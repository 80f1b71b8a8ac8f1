package vn.cantho.gep.period;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.cantho.gep.common.error.DomainException;
import vn.cantho.gep.common.error.ErrorCode;

/** Reads periods and opens or closes them for data entry. */
@ApplicationScoped
@Transactional
public class PeriodService {
  @Inject PeriodRepository repository;

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

  /** Opens or closes a period for writing; nothing is written into a closed period. */
  public Period setOpen(String code, boolean open) {
    Period period = get(code);
    period.open = open;
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

  /** Fails with 409 when the period is closed for writing. */
  public static void requireOpen(Period period) {
    if (!period.open) {
      throw new DomainException(
              ErrorCode.PERIOD_CLOSED,
              "Period " + period.code + " is closed; nothing can be written")
          .with("period", period.code);
    }
  }
}
