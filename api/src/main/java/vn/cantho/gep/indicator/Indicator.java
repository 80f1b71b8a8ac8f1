package vn.cantho.gep.indicator;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;

/** What an indicator counts and how; its yearly target lives in {@link Target}. */
@Entity
@Table(name = "indicator")
public class Indicator {
  @Id public String code;

  @Column(name = "objective_code")
  public String objectiveCode;

  @Column(name = "name_vi")
  public String nameVi;

  @Column(name = "name_en")
  public String nameEn;

  public String unit;

  @Column(name = "unit_vi")
  public String unitVi;

  @Enumerated(EnumType.STRING)
  @Column(name = "value_type")
  public ValueType valueType;

  /** value = numerator / denominator x scale; null for yes/no indicators. */
  public BigDecimal scale;

  @Column(name = "numerator_vi")
  public String numeratorVi;

  @Column(name = "numerator_en")
  public String numeratorEn;

  @Column(name = "denominator_vi")
  public String denominatorVi;

  @Column(name = "denominator_en")
  public String denominatorEn;

  /** Whether reporters' figures add up; survey figures (2.1, 2.2, 3.1, 6.1) do not. */
  public boolean additive;

  @Column(name = "owner_code")
  public String ownerCode;

  @Column(name = "owner_inferred")
  public boolean ownerInferred;

  @Column(name = "source_ref")
  public String sourceRef;

  @Column(name = "source_text_vi")
  public String sourceTextVi;

  @Column(name = "sort_order")
  public int sortOrder;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "indicator_disaggregation",
      joinColumns = @JoinColumn(name = "indicator_code"))
  @Column(name = "dimension")
  public Set<String> dimensions = new TreeSet<>();
}
