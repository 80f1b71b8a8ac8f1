package vn.cantho.gep.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
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
}
