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

/**
 * A national target of the Strategy on Gender Equality 2021-2030 (Resolution 28/NQ-CP) for a city
 * indicator in a milestone year (2025, 2030), which the city's yearly targets step toward.
 */
@Entity
@Table(name = "national_milestone")
@IdClass(NationalMilestone.Key.class)
public class NationalMilestone {
  @Id
  @Column(name = "indicator_code")
  public String indicatorCode;

  @Id
  @Column(name = "milestone_year")
  public int year;

  @Enumerated(EnumType.STRING)
  public Comparator comparator;

  @Column(name = "target_value")
  public BigDecimal value;

  /** How the resolution words it where it is not exact, e.g. "khoảng 60 %". */
  @Column(name = "note_vi")
  public String noteVi;

  public String source;

  @Column(name = "updated_at")
  public OffsetDateTime updatedAt;

  @Column(name = "updated_by")
  public String updatedBy;

  /** Composite key. */
  public static class Key implements Serializable {
    public String indicatorCode;
    public int year;

    public Key() {}

    public Key(String indicatorCode, int year) {
      this.indicatorCode = indicatorCode;
      this.year = year;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key other
          && java.util.Objects.equals(indicatorCode, other.indicatorCode)
          && year == other.year;
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(indicatorCode, year);
    }
  }
}
