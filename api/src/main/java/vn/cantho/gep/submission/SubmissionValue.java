package vn.cantho.gep.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One reported figure: an indicator's numerator and denominator (or yes/no) for one category. */
@Entity
@Table(name = "submission_value")
public class SubmissionValue {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "submission_id")
  public Submission submission;

  @Column(name = "indicator_code")
  public String indicatorCode;

  /** '' for an undivided figure, else e.g. {@code sex=female}; see Categories. */
  @Column(name = "category_key")
  public String categoryKey;

  public BigDecimal numerator;
  public BigDecimal denominator;
  public Boolean flag;

  /** Which value of its submission this is. */
  public ValueKey key() {
    return new ValueKey(indicatorCode, categoryKey);
  }

  public Figure figure() {
    return new Figure(numerator, denominator, flag);
  }
}
