package vn.cantho.gep.submission;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Submissions with their values and history. */
@ApplicationScoped
public class SubmissionRepository implements PanacheRepositoryBase<Submission, UUID> {

  /** Loads a submission and locks its row until the transaction ends (writers queue here). */
  public Optional<Submission> findForUpdate(UUID id) {
    return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
  }

  public Optional<Submission> findByOrgUnitAndPeriod(String orgUnit, String period) {
    return find("orgUnitCode = ?1 and periodCode = ?2", orgUnit, period).firstResultOptional();
  }

  /**
   * Serialises creation for one org unit and period across transactions and API instances, so that
   * the check for an existing submission and the insert cannot interleave.
   */
  public void lockOrgUnitPeriod(String orgUnit, String period) {
    getEntityManager()
        .createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))")
        .setParameter("key", "submission:" + orgUnit + "/" + period)
        .getSingleResult();
  }

  /** One page of submissions matching the filters; a null filter matches everything. */
  public List<Submission> page(Filter filter, int page, int size) {
    Query q = query(filter);
    return find(q.where, Sort.by("periodCode").and("orgUnitCode"), q.params)
        .page(Page.of(page, size))
        .list();
  }

  public long count(Filter filter) {
    Query q = query(filter);
    return count(q.where, q.params);
  }

  /** The values of the given org units' submissions of a period that are in one of the statuses. */
  @SuppressWarnings("unchecked")
  public List<ReportedFigure> figures(
      String period, Collection<String> orgUnits, Collection<SubmissionStatus> statuses) {
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                """
                select s.org_unit_code, v.indicator_code, v.category_key, v.numerator, v.denominator, v.flag
                from submission s join submission_value v on v.submission_id = s.id
                where s.period_code = :period and s.org_unit_code in (:orgUnits)
                  and s.status in (:statuses)
                """)
            .setParameter("period", period)
            .setParameter("orgUnits", orgUnits)
            .setParameter("statuses", statuses.stream().map(Enum::name).toList())
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new ReportedFigure(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (java.math.BigDecimal) r[3],
                    (java.math.BigDecimal) r[4],
                    (Boolean) r[5]))
        .toList();
  }

  public List<SubmissionEvent> history(UUID id) {
    return getEntityManager()
        .createQuery(
            "from SubmissionEvent where submissionId = :id order by id", SubmissionEvent.class)
        .setParameter("id", id)
        .getResultList();
  }

  public void record(SubmissionEvent event) {
    getEntityManager().persist(event);
  }

  /** Filters of a submission list. */
  public record Filter(
      Collection<String> orgUnits, String period, Collection<SubmissionStatus> statuses) {}

  private record Query(String where, Parameters params) {}

  private static Query query(Filter f) {
    List<String> clauses = new ArrayList<>();
    Parameters params = new Parameters();
    if (f.orgUnits() != null) {
      clauses.add("orgUnitCode in :orgUnits");
      params.and("orgUnits", f.orgUnits());
    }
    if (f.period() != null) {
      clauses.add("periodCode = :period");
      params.and("period", f.period());
    }
    if (f.statuses() != null && !f.statuses().isEmpty()) {
      clauses.add("status in :statuses");
      params.and("statuses", f.statuses());
    }
    return new Query(clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses), params);
  }
}
