package vn.cantho.gep.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.submission.SubmissionStatus;

/** Reporting status and timeliness of one unit in one period, against a due date of 10/06/2024. */
class TimelinessTest {
  static final LocalDate DUE = LocalDate.of(2024, 6, 10);

  @Test
  void aUnitThePlanAsksNothingIsNotExpectedWhateverTheDate() {
    assertThat(Timeliness.of(false, null, null, DUE, DUE.plusDays(30)))
        .isEqualTo(new Timeliness(ReportingStatus.NOT_EXPECTED, null, null, null));
  }

  @Test
  void nothingEnteredBeforeTheDueDateIsNotStartedWithTheDaysLeft() {
    assertThat(Timeliness.of(true, null, null, DUE, DUE.minusDays(7)))
        .isEqualTo(new Timeliness(ReportingStatus.NOT_STARTED, null, null, 7));
    assertThat(Timeliness.of(true, null, null, DUE, DUE).daysUntilDue()).isZero();
  }

  @Test
  void aDraftBeforeTheDueDateIsADraft() {
    assertThat(Timeliness.of(true, SubmissionStatus.DRAFT, null, DUE, DUE.minusDays(1)))
        .isEqualTo(new Timeliness(ReportingStatus.DRAFT, null, null, 1));
  }

  @Test
  void theDayAfterTheDueDateNothingSubmittedIsOverdueDraftOrNot() {
    assertThat(Timeliness.of(true, null, null, DUE, DUE.plusDays(1)))
        .isEqualTo(new Timeliness(ReportingStatus.OVERDUE, null, 1, null));
    assertThat(Timeliness.of(true, SubmissionStatus.DRAFT, null, DUE, DUE.plusDays(5)))
        .isEqualTo(new Timeliness(ReportingStatus.OVERDUE, null, 5, null));
  }

  @Test
  void submittedOnTheDueDateIsOnTime() {
    assertThat(Timeliness.of(true, SubmissionStatus.SUBMITTED, DUE, DUE, DUE.plusDays(20)))
        .isEqualTo(new Timeliness(ReportingStatus.SUBMITTED, true, null, null));
  }

  @Test
  void submittedTheDayAfterIsLateByOneDay() {
    assertThat(
            Timeliness.of(true, SubmissionStatus.SUBMITTED, DUE.plusDays(1), DUE, DUE.plusDays(2)))
        .isEqualTo(new Timeliness(ReportingStatus.SUBMITTED, false, 1, null));
  }

  @Test
  void returnedAndApprovedKeepTheTimelinessOfTheFirstSubmission() {
    assertThat(
            Timeliness.of(true, SubmissionStatus.RETURNED, DUE.minusDays(3), DUE, DUE.plusDays(9)))
        .isEqualTo(new Timeliness(ReportingStatus.RETURNED, true, null, null));
    assertThat(
            Timeliness.of(true, SubmissionStatus.APPROVED, DUE.plusDays(4), DUE, DUE.plusDays(9)))
        .isEqualTo(new Timeliness(ReportingStatus.APPROVED, false, 4, null));
  }

  @Test
  void onlyReportedStatesCountAsReportedAndOnlyUnsentOnesAwaitSubmission() {
    assertThat(ReportingStatus.values())
        .filteredOn(ReportingStatus::reported)
        .containsExactly(
            ReportingStatus.SUBMITTED, ReportingStatus.RETURNED, ReportingStatus.APPROVED);
    assertThat(ReportingStatus.values())
        .filteredOn(ReportingStatus::awaitingSubmission)
        .containsExactly(
            ReportingStatus.NOT_STARTED, ReportingStatus.DRAFT, ReportingStatus.OVERDUE);
  }
}
