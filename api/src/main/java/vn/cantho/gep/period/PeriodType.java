package vn.cantho.gep.period;

/** Period kinds, named after DHIS2's period types. */
public enum PeriodType {
  YEARLY,
  SIX_MONTHLY,
  QUARTERLY
}
