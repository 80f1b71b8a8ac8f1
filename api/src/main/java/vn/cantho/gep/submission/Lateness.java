package vn.cantho.gep.submission;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.cantho.gep.config.ClockProducer;

/** Plan V.17's due-date rule, the one home of "late" for submissions and the status matrix. */
public final class Lateness {
  private Lateness() {}

  /**
   * Plan V.17: reports reach so-ldtbxh by the due date. A report is late when its first submission
   * came after the due date had ended in Vietnam; a resubmission after a return keeps the first
   * date.
   *
   * @param firstSubmittedAt the first submission, null if never submitted (then not late)
   */
  public static boolean late(OffsetDateTime firstSubmittedAt, LocalDate dueDate) {
    return pastDue(dayOf(firstSubmittedAt), dueDate);
  }

  /**
   * Whether {@code day} comes after the due date: the due date itself is still on time.
   *
   * @param day a day in Vietnam, null for none (then not past due)
   */
  public static boolean pastDue(LocalDate day, LocalDate dueDate) {
    return day != null && day.isAfter(dueDate);
  }

  /** The day in Vietnam of {@code at}, null for null. */
  public static LocalDate dayOf(OffsetDateTime at) {
    return at == null ? null : at.atZoneSameInstant(ClockProducer.VIETNAM).toLocalDate();
  }
}
