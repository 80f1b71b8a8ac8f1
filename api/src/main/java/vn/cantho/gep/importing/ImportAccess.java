package vn.cantho.gep.importing;

/**
 * For which org units a caller may import: a coordinator for any, a reporter (a person or a
 * system's service account) for the org unit of their token only.
 *
 * @param orgUnit the reporter's org unit; null for a coordinator, or a token that names none
 */
public record ImportAccess(boolean anyOrgUnit, String orgUnit) {

  public static ImportAccess coordinator() {
    return new ImportAccess(true, null);
  }

  public static ImportAccess reporterOf(String orgUnit) {
    return new ImportAccess(false, orgUnit);
  }

  boolean allows(String orgUnitCode) {
    return anyOrgUnit || orgUnitCode.equals(orgUnit);
  }

  String refusal(String orgUnitCode) {
    return orgUnit == null
        ? "your token names no org unit, so you may import for none"
        : "you import for " + orgUnit + " only, not for " + orgUnitCode;
  }
}
