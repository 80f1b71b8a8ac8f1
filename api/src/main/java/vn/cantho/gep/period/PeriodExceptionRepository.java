package vn.cantho.gep.period;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import vn.cantho.gep.common.persistence.NativeValues;

/** The exceptions granted per period and org unit (table period_exception). */
@ApplicationScoped
public class PeriodExceptionRepository {
  private static final String COLUMNS =
      "period_code, org_unit_code, until, reason, granted_at, granted_by";

  @Inject EntityManager em;

  public List<PeriodException> list(String period) {
    return rows(
        em.createNativeQuery(
                "select "
                    + COLUMNS
                    + " from period_exception where period_code = :p order by org_unit_code")
            .setParameter("p", period)
            .getResultList());
  }

  public List<PeriodException> listAll() {
    return rows(
        em.createNativeQuery(
                "select " + COLUMNS + " from period_exception order by period_code, org_unit_code")
            .getResultList());
  }

  public Optional<PeriodException> find(String period, String orgUnit) {
    return rows(
            em.createNativeQuery(
                    "select "
                        + COLUMNS
                        + " from period_exception where period_code = :p and org_unit_code = :o")
                .setParameter("p", period)
                .setParameter("o", orgUnit)
                .getResultList())
        .stream()
        .findFirst();
  }

  /** Grants or replaces the exception of one org unit in one period. */
  public void upsert(PeriodException e) {
    em.createNativeQuery(
            """
            insert into period_exception (period_code, org_unit_code, until, reason, granted_at, granted_by)
            values (:p, :o, :u, :r, :at, :by)
            on conflict (period_code, org_unit_code) do update
            set until = excluded.until, reason = excluded.reason,
                granted_at = excluded.granted_at, granted_by = excluded.granted_by
            """)
        .setParameter("p", e.period())
        .setParameter("o", e.orgUnit())
        .setParameter("u", e.until())
        .setParameter("r", e.reason())
        .setParameter("at", e.grantedAt())
        .setParameter("by", e.grantedBy())
        .executeUpdate();
  }

  public boolean delete(String period, String orgUnit) {
    return em.createNativeQuery(
                "delete from period_exception where period_code = :p and org_unit_code = :o")
            .setParameter("p", period)
            .setParameter("o", orgUnit)
            .executeUpdate()
        > 0;
  }

  @SuppressWarnings("unchecked")
  private static List<PeriodException> rows(List<?> result) {
    return ((List<Object[]>) result)
        .stream()
            .map(
                r ->
                    new PeriodException(
                        (String) r[0],
                        (String) r[1],
                        NativeValues.date(r[2]),
                        (String) r[3],
                        NativeValues.utc(r[4]),
                        (String) r[5]))
            .toList();
  }
}
