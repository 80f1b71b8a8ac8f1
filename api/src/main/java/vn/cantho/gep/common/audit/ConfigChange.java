package vn.cantho.gep.common.audit;

/**
 * One change to configuration as the audit log keeps it: what, which one, where it belongs, and the
 * changed fields or the whole entity before and after (each serialised as JSON; null before for
 * something new, null after for something removed).
 *
 * @param key identifies the changed entity within its kind, e.g. "2024S1/co-do" for an exception
 * @param orgUnit the org unit it concerns, if any
 * @param period the period it concerns, if any
 * @param planYear the plan year it concerns, if any (selected by every period of that year)
 */
public record ConfigChange(
    ConfigAction action,
    String key,
    String orgUnit,
    String period,
    Integer planYear,
    Object before,
    Object after) {

  public static ConfigChange of(ConfigAction action, String key, Object before, Object after) {
    return new ConfigChange(action, key, null, null, null, before, after);
  }

  public ConfigChange orgUnit(String code) {
    return new ConfigChange(action, key, code, period, planYear, before, after);
  }

  public ConfigChange period(String code) {
    return new ConfigChange(action, key, orgUnit, code, planYear, before, after);
  }

  public ConfigChange planYear(int year) {
    return new ConfigChange(action, key, orgUnit, period, year, before, after);
  }
}
