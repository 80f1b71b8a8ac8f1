package vn.cantho.gep.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import vn.cantho.gep.common.security.Actor;

/** National milestones of Resolution 28/NQ-CP. */
@ApplicationScoped
public class NationalMilestoneRepository
    implements PanacheRepositoryBase<NationalMilestone, NationalMilestone.Key> {

  /** Every milestone, or one indicator's, by indicator and year. */
  public List<NationalMilestone> listFor(String indicatorCode) {
    return indicatorCode == null
        ? list("order by indicatorCode, year")
        : list("indicatorCode = ?1 order by year", indicatorCode);
  }

  /**
   * Creates the row when there is none, so that two admins adding the same milestone at once both
   * end in an update of one row rather than a key clash; true when this call created it.
   */
  public boolean insertIfAbsent(
      String indicatorCode, int year, Comparator comparator, BigDecimal value, String actor) {
    return getEntityManager()
            .createNativeQuery(
                """
            insert into national_milestone (indicator_code, milestone_year, comparator, target_value,
                                            source, updated_by)
            values (:indicator, :year, :comparator, :value, :source, :actor)
            on conflict do nothing
            """)
            .setParameter("indicator", indicatorCode)
            .setParameter("year", year)
            .setParameter("comparator", comparator.name())
            .setParameter("value", value)
            .setParameter("source", MilestoneService.DEFAULT_SOURCE)
            .setParameter("actor", actor)
            .executeUpdate()
        == 1;
  }

  /**
   * Records an admin's change to a milestone (table milestone_change), before and after as JSON;
   * before is null for a new one, after for a removed one.
   */
  public void recordChange(
      String indicatorCode,
      int year,
      String action,
      Actor actor,
      String beforeJson,
      String afterJson) {
    getEntityManager()
        .createNativeQuery(
            """
            insert into milestone_change (indicator_code, milestone_year, action, changed_at,
                                          changed_by, changed_by_id, before, after)
            values (:indicator, :year, :action, now(), :actor, :actorId, cast(:before as jsonb),
                    cast(:after as jsonb))
            """)
        .setParameter("indicator", indicatorCode)
        .setParameter("year", year)
        .setParameter("action", action)
        .setParameter("actor", actor.name())
        .setParameter("actorId", actor.id())
        .setParameter("before", beforeJson)
        .setParameter("after", afterJson)
        .executeUpdate();
  }
}
