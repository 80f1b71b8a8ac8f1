package vn.cantho.gep.importing;

/** What an import did, or in a dry run would do, with one value. */
public enum ImportOutcome {
  /** New to its submission (or its submission is new). */
  IMPORTED,
  /** Replaced a different figure for the same indicator and category. */
  UPDATED,
  /** Equal in value to the stored figure (14 equals 14.0): nothing written. */
  IGNORED,
  /** Not written, with the rule it broke; see {@link ImportRules}. */
  REJECTED
}
