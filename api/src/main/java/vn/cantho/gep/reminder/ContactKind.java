package vn.cantho.gep.reminder;

/** What a contact receives. */
public enum ContactKind {
  /** The org unit's reminders before and after due dates. */
  REPORTER,
  /** so-ldtbxh's daily digest of overdue units (contacts of the coordinating org unit). */
  COORDINATOR
}
