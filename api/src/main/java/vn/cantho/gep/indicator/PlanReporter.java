package vn.cantho.gep.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** An org unit the plan of a year expects to report an indicator. */
@Entity
@Table(name = "plan_reporter")
@IdClass(PlanReporter.Key.class)
public class PlanReporter {
  @Id
  @Column(name = "plan_year")
  public int planYear;

  @Id
  @Column(name = "indicator_code")
  public String indicatorCode;

  @Id
  @Column(name = "org_unit_code")
  public String orgUnitCode;

  /** Composite key. */
  public static class Key implements Serializable {
    public int planYear;
    public String indicatorCode;
    public String orgUnitCode;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key other
          && java.util.Objects.equals(planYear, other.planYear)
          && java.util.Objects.equals(indicatorCode, other.indicatorCode)
          && java.util.Objects.equals(orgUnitCode, other.orgUnitCode);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(planYear, indicatorCode, orgUnitCode);
    }
  }
}
