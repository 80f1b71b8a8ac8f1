package vn.cantho.gep.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One year's plan: the document that sets that year's targets and reporters. */
@Entity
@Table(name = "plan")
public class Plan {
  @Id public int year;

  @Column(name = "title_vi")
  public String titleVi;

  @Column(name = "title_en")
  public String titleEn;

  @Column(name = "issued_by_vi")
  public String issuedByVi;
}
