package vn.cantho.gep.indicator;

/** RATIO: numerator over denominator times scale. FLAG: a yes/no statement. */
public enum ValueType {
  RATIO,
  FLAG
}
