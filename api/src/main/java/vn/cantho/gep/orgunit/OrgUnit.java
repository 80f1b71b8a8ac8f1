package vn.cantho.gep.orgunit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A department, district, commune or the city itself; it exists between its opening and closing.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit {
  @Id public String code;

  @Column(name = "name_vi")
  public String nameVi;

  @Column(name = "name_en")
  public String nameEn;

  @Enumerated(EnumType.STRING)
  public OrgUnitType type;

  @Column(name = "parent_code")
  public String parentCode;

  @Column(name = "opened_on")
  public LocalDate openedOn;

  @Column(name = "closed_on")
  public LocalDate closedOn;

  /** so-ldtbxh: receives, reviews and consolidates every unit's report (plan section V.1). */
  public boolean coordinator;

  @Column(name = "sort_order")
  public int sortOrder;

  /** Whether the unit existed at any time between the two dates (inclusive). */
  public boolean activeBetween(LocalDate start, LocalDate end) {
    return !openedOn.isAfter(end) && (closedOn == null || closedOn.isAfter(start));
  }
}
