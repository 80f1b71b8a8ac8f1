package vn.cantho.gep.importing;

/**
 * What became of one value of an import; a rejected one carries the rule it broke.
 *
 * @param field the offending field as the body names it (see {@link ImportFormat#field}); null when
 *     the whole value is meant
 */
record RowOutcome(ImportRow row, ImportOutcome outcome, String code, String message, String field) {

  static RowOutcome of(ImportRow row, ImportOutcome outcome) {
    return new RowOutcome(row, outcome, null, null, null);
  }

  static RowOutcome rejected(ImportRow row, String code, String message, String field) {
    return new RowOutcome(row, ImportOutcome.REJECTED, code, message, field);
  }
}
