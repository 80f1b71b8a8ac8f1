package vn.cantho.gep.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A category of a disaggregation dimension, e.g. sex = female. */
@Entity
@Table(name = "disaggregation_category")
@IdClass(DisaggregationCategory.Key.class)
public class DisaggregationCategory {
  @Id public String dimension;
  @Id public String code;

  @Column(name = "name_vi")
  public String nameVi;

  @Column(name = "name_en")
  public String nameEn;

  @Column(name = "sort_order")
  public int sortOrder;

  /** Composite key. */
  public static class Key implements Serializable {
    public String dimension;
    public String code;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key other
          && java.util.Objects.equals(dimension, other.dimension)
          && java.util.Objects.equals(code, other.code);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(dimension, code);
    }
  }
}
