package vn.cantho.gep.orgunit;

/** Levels of the administrative tree; communes sit under districts. */
public enum OrgUnitType {
  CITY,
  DEPARTMENT,
  DISTRICT,
  COMMUNE
}
