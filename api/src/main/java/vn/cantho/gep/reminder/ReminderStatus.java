package vn.cantho.gep.reminder;

/** Outcome of a reminder event. */
public enum ReminderStatus {
  /**
   * Claimed by a job that is sending it. One claimed longer ago than {@code
   * gep.reminders.claim-lease} is taken as left by a sender that died, and the next run claims it
   * again.
   */
  CLAIMED,
  SENT,
  /** The SMTP server refused it; the next run tries again. */
  FAILED,
  /** The org unit has no contact of the kind; the next run tries again. */
  NO_RECIPIENTS
}
