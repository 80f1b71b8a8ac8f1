package vn.cantho.gep.period;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A reporting period with the date its report is due at so-ldtbxh (plan section V.17). */
@Entity
@Table(name = "period")
public class Period {
  @Id public String code;

  @Enumerated(EnumType.STRING)
  public PeriodType type;

  /** The plan year whose targets apply. */
  public int year;

  @Column(name = "start_date")
  public LocalDate startDate;

  @Column(name = "end_date")
  public LocalDate endDate;

  @Column(name = "due_date")
  public LocalDate dueDate;

  /** The manual switch: an admin closes a period by hand (and may open it again). */
  public boolean open;

  /** First day of the entry window; null means the period's start. */
  @Column(name = "opens_on")
  public LocalDate opensOn;

  /** Last day of the entry window; null means until an admin closes the period by hand. */
  @Column(name = "closes_on")
  public LocalDate closesOn;

  /** The first day of the entry window, defaulting to the period's start. */
  public LocalDate effectiveOpensOn() {
    return opensOn != null ? opensOn : startDate;
  }
}
