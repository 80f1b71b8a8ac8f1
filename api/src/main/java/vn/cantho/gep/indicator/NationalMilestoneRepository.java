package vn.cantho.gep.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;

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
   * end in an update of one row rather than a key clash.
   */
  public void insertIfAbsent(
      String indicatorCode, int year, Comparator comparator, BigDecimal value, String actor) {
    getEntityManager()
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
        .executeUpdate();
  }
}
