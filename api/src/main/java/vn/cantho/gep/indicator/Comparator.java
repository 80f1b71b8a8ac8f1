package vn.cantho.gep.indicator;

/** How a value is held against its target; TRUE is a yes/no indicator that must be yes. */
public enum Comparator {
  GE(">="),
  GT(">"),
  LE("<="),
  LT("<"),
  TRUE("= yes");

  private final String symbol;

  Comparator(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  /** Lower values are better for LE and LT (plan: 2.2, 3.1, 4.1, 4.2, 4.3). */
  public boolean lowerIsBetter() {
    return this == LE || this == LT;
  }
}
