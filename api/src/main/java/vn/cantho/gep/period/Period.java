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

  /** Whether figures may still be written for this period. */
  public boolean open;
}
