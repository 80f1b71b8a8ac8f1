package vn.cantho.gep.orgunit;

/**
 * Levels of the administrative tree; communes sit under districts. A city or, for a national data
 * set, a country is the root; provinces sit under the country and communes under them.
 */
public enum OrgUnitType {
  COUNTRY,
  PROVINCE,
  CITY,
  DEPARTMENT,
  DISTRICT,
  COMMUNE
}
