package vn.cantho.gep.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.cantho.gep.submission.Lateness;
import vn.cantho.gep.submission.SubmissionStatus;

/**
 * The reporting status of one org unit in one period and whether it met the due date.
 *
 * @param onTime for a unit that has submitted: whether its first submission came on or before the
 *     due date (Vietnam time); null otherwise
 * @param daysLate days past the due date of a late first submission or of an overdue report; null
 *     when not late
 * @param daysUntilDue days left until the due date while nothing is submitted and it has not passed
 *     (0 on the due date); null otherwise
 */
public record Timeliness(
    ReportingStatus status, Boolean onTime, Integer daysLate, Integer daysUntilDue) {

  /**
   * Plan V.17 ({@link Lateness}): a report is on time when it first reaches so-ldtbxh on or before
   * the due date; a resubmission after a return keeps the first date. Overdue means the due date
   * has passed and nothing was ever submitted.
   *
   * @param expected whether the plan of the period's year gives the unit indicators to report
   * @param status the submission's status, null when there is none
   * @param firstSubmittedOn the day (Vietnam) of its first submission, null if never submitted
   */
  public static Timeliness of(
      boolean expected,
      SubmissionStatus status,
      LocalDate firstSubmittedOn,
      LocalDate dueDate,
      LocalDate today) {
    if (!expected) {
      return new Timeliness(ReportingStatus.NOT_EXPECTED, null, null, null);
    }
    if (firstSubmittedOn == null && (status == null || status == SubmissionStatus.DRAFT)) {
      if (Lateness.pastDue(today, dueDate)) {
        return new Timeliness(ReportingStatus.OVERDUE, null, days(dueDate, today), null);
      }
      ReportingStatus pending =
          status == null ? ReportingStatus.NOT_STARTED : ReportingStatus.DRAFT;
      return new Timeliness(pending, null, null, days(today, dueDate));
    }
    ReportingStatus reported =
        switch (status) {
          case SUBMITTED -> ReportingStatus.SUBMITTED;
          case RETURNED -> ReportingStatus.RETURNED;
          case APPROVED -> ReportingStatus.APPROVED;
          case DRAFT -> ReportingStatus.DRAFT;
        };
    if (firstSubmittedOn == null) {
      return new Timeliness(reported, null, null, null);
    }
    boolean onTime = !Lateness.pastDue(firstSubmittedOn, dueDate);
    return new Timeliness(reported, onTime, onTime ? null : days(dueDate, firstSubmittedOn), null);
  }

  private static int days(LocalDate from, LocalDate to) {
    return (int) ChronoUnit.DAYS.between(from, to);
  }
}
