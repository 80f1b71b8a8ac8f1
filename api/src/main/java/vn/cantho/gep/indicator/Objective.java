package vn.cantho.gep.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the plan's six objectives (section II.2). */
@Entity
@Table(name = "objective")
public class Objective {
  @Id public String code;

  @Column(name = "name_vi")
  public String nameVi;

  @Column(name = "name_en")
  public String nameEn;

  @Column(name = "sort_order")
  public int sortOrder;
}
