package vn.cantho.gep.calendar;

/**
 * Where an org unit stands with one period's report (plan V.17: units report to so-ldtbxh by the
 * due date), in the order a coordinator reads them.
 *
 * <ul>
 *   <li>NOT_EXPECTED: the plan of the period's year gives the unit nothing to report.
 *   <li>NOT_STARTED: nothing entered yet and the due date has not passed.
 *   <li>DRAFT: being entered, never submitted, the due date has not passed.
 *   <li>OVERDUE: the due date has passed and nothing was ever submitted (draft or not).
 *   <li>SUBMITTED: with so-ldtbxh for review.
 *   <li>RETURNED: sent back to the unit with a reason.
 *   <li>APPROVED: accepted by so-ldtbxh.
 * </ul>
 */
public enum ReportingStatus {
  NOT_EXPECTED,
  NOT_STARTED,
  DRAFT,
  OVERDUE,
  SUBMITTED,
  RETURNED,
  APPROVED;

  /** The unit has sent its report at least once (counts as reported in the reporting rate). */
  public boolean reported() {
    return this == SUBMITTED || this == RETURNED || this == APPROVED;
  }

  /** Nothing has been sent yet: the states a reminder is about. */
  public boolean awaitingSubmission() {
    return this == NOT_STARTED || this == DRAFT || this == OVERDUE;
  }
}
