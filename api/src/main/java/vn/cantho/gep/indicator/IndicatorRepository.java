package vn.cantho.gep.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import vn.cantho.gep.common.security.Actor;

/** Indicators with the plan data that hangs off them: objectives, plans, targets, reporters. */
@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, String> {

  public List<Indicator> listInPlanOrder() {
    return list("order by sortOrder");
  }

  public List<Objective> objectives() {
    return getEntityManager()
        .createQuery("from Objective order by sortOrder", Objective.class)
        .getResultList();
  }

  public List<DisaggregationCategory> categories() {
    return getEntityManager()
        .createQuery(
            "from DisaggregationCategory order by dimension, sortOrder",
            DisaggregationCategory.class)
        .getResultList();
  }

  public List<Plan> plans() {
    return getEntityManager().createQuery("from Plan order by year", Plan.class).getResultList();
  }

  public Optional<Plan> plan(int year) {
    return Optional.ofNullable(getEntityManager().find(Plan.class, year));
  }

  public List<Target> targets(int year) {
    return getEntityManager()
        .createQuery("from Target where planYear = :year", Target.class)
        .setParameter("year", year)
        .getResultList();
  }

  public Optional<Target> targetForUpdate(int year, String indicatorCode) {
    Target.Key key = new Target.Key();
    key.planYear = year;
    key.indicatorCode = indicatorCode;
    return Optional.ofNullable(
        getEntityManager()
            .find(Target.class, key, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
  }

  public List<PlanReporter> reporters(int year) {
    return getEntityManager()
        .createQuery(
            "from PlanReporter where planYear = :year order by indicatorCode, orgUnitCode",
            PlanReporter.class)
        .setParameter("year", year)
        .getResultList();
  }

  /** Records an admin's change to a target, before and after as JSON. */
  public void recordTargetChange(
      int year, String indicatorCode, Actor actor, String beforeJson, String afterJson) {
    getEntityManager()
        .createNativeQuery(
            """
            insert into target_change (plan_year, indicator_code, changed_at, changed_by,
                                       changed_by_id, before, after)
            values (:year, :indicator, now(), :actor, :actorId, cast(:before as jsonb),
                    cast(:after as jsonb))
            """)
        .setParameter("year", year)
        .setParameter("indicator", indicatorCode)
        .setParameter("actor", actor.name())
        .setParameter("actorId", actor.id())
        .setParameter("before", beforeJson)
        .setParameter("after", afterJson)
        .executeUpdate();
  }

  /** Inserts a plan unless one exists for the year; false when it existed. */
  public boolean insertPlan(int year, String titleVi, String titleEn, String issuedByVi) {
    return getEntityManager()
            .createNativeQuery(
                """
                insert into plan (year, title_vi, title_en, issued_by_vi)
                values (:year, :titleVi, :titleEn, :issuedBy)
                on conflict (year) do nothing
                """)
            .setParameter("year", year)
            .setParameter("titleVi", titleVi)
            .setParameter("titleEn", titleEn)
            .setParameter("issuedBy", issuedByVi)
            .executeUpdate()
        > 0;
  }

  /** Copies every target of one plan year into another; returns how many. */
  public int copyTargets(int fromYear, int toYear, String actor) {
    return getEntityManager()
        .createNativeQuery(
            """
            insert into target (plan_year, indicator_code, comparator, target_value, baseline,
                                updated_at, updated_by)
            select :to, indicator_code, comparator, target_value, baseline, now(), :actor
            from target where plan_year = :from
            """)
        .setParameter("to", toYear)
        .setParameter("from", fromYear)
        .setParameter("actor", actor)
        .executeUpdate();
  }

  /** Copies the expected reporters of one plan year into another; returns how many. */
  public int copyReporters(int fromYear, int toYear) {
    return getEntityManager()
        .createNativeQuery(
            """
            insert into plan_reporter (plan_year, indicator_code, org_unit_code)
            select :to, indicator_code, org_unit_code from plan_reporter where plan_year = :from
            """)
        .setParameter("to", toYear)
        .setParameter("from", fromYear)
        .executeUpdate();
  }
}
