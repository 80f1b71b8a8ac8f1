package vn.cantho.gep.importing;

/** The verdict on a whole import. */
public enum ImportStatus {
  /** Every value was imported, updated or ignored. */
  SUCCESS,
  /** Some values were rejected, others went through. */
  WARNING,
  /** Every value was rejected: nothing was written. */
  ERROR
}
