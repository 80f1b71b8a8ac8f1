package vn.cantho.gep.period;

/** Whether a period takes figures on a given day, and if not, why. */
public enum EntryState {
  /** Before the entry window opens. */
  NOT_YET_OPEN,
  /** Inside the window and not closed by hand. */
  OPEN,
  /** An admin closed the period by hand. */
  CLOSED,
  /** The entry window's last day has passed. */
  WINDOW_ENDED;

  /**
   * The state of a period on a day (plan V.17's reporting deadlines): the admin's manual close
   * wins, then the entry window from {@link Period#effectiveOpensOn()} to {@link Period#closesOn}.
   */
  public static EntryState of(Period period, java.time.LocalDate today) {
    if (!period.open) {
      return CLOSED;
    }
    if (today.isBefore(period.effectiveOpensOn())) {
      return NOT_YET_OPEN;
    }
    if (period.closesOn != null && today.isAfter(period.closesOn)) {
      return WINDOW_ENDED;
    }
    return OPEN;
  }

  /**
   * Whether an org unit may write on a day: the period is {@link #OPEN}, or the coordinator granted
   * that unit an exception that runs until {@code exceptionUntil} (inclusive).
   */
  public static boolean accepts(
      Period period, java.time.LocalDate today, java.time.LocalDate exceptionUntil) {
    return of(period, today) == OPEN || (exceptionUntil != null && !today.isAfter(exceptionUntil));
  }
}
