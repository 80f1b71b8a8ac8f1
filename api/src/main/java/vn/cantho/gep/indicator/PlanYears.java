package vn.cantho.gep.indicator;

/** The years of the National Strategy on Gender Equality 2021-2030 (Resolution 28/NQ-CP). */
public final class PlanYears {
  public static final int FIRST = 2021;
  public static final int LAST = 2030;

  private PlanYears() {}
}
