package vn.cantho.gep.reminder;

/** Kinds of reminder event. */
public enum ReminderKind {
  /** To an org unit's reporters some days before the due date. */
  BEFORE_DUE,
  /** To an org unit's reporters some days after the due date. */
  OVERDUE,
  /** To so-ldtbxh's coordinators: the day's overdue units. */
  DIGEST
}
