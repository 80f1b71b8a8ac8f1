package vn.cantho.gep.reminder;

/** Outcome of a reminder event. */
public enum ReminderStatus {
  /** Claimed by a job that is sending it (or stopped while sending: it is not sent again). */
  CLAIMED,
  SENT,
  /** The SMTP server refused it; the next run tries again. */
  FAILED,
  /** The org unit has no contact of the kind; the next run tries again. */
  NO_RECIPIENTS
}
