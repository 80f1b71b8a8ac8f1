package vn.cantho.gep.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** An indicator's target in one plan year, with its comparator and optional baseline. */
@Entity
@Table(name = "target")
@IdClass(Target.Key.class)
public class Target {
  @Id
  @Column(name = "plan_year")
  public int planYear;

  @Id
  @Column(name = "indicator_code")
  public String indicatorCode;

  @Enumerated(EnumType.STRING)
  public Comparator comparator;

  @Column(name = "target_value")
  public BigDecimal value;

  public BigDecimal baseline;

  @Column(name = "updated_at")
  public OffsetDateTime updatedAt;

  @Column(name = "updated_by")
  public String updatedBy;

  /** Composite key. */
  public static class Key implements Serializable {
    public int planYear;
    public String indicatorCode;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key other
          && java.util.Objects.equals(planYear, other.planYear)
          && java.util.Objects.equals(indicatorCode, other.indicatorCode);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(planYear, indicatorCode);
    }
  }
}
