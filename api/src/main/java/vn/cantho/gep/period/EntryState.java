package vn.cantho.gep.period;

import vn.cantho.gep.common.error.ErrorCode;

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

  /**
   * The state that applies to one org unit on a day: {@link #OPEN} when it may write (the period is
   * open, or its exception still runs), else why the period refuses its figures.
   */
  public static EntryState forUnit(
      Period period, java.time.LocalDate today, java.time.LocalDate exceptionUntil) {
    return accepts(period, today, exceptionUntil) ? OPEN : of(period, today);
  }

  /**
   * The code a write refused in this state answers with: PERIOD_NOT_YET_OPEN before the window,
   * PERIOD_CLOSED after it or after a manual close.
   */
  public ErrorCode refusalCode() {
    return switch (this) {
      case NOT_YET_OPEN -> ErrorCode.PERIOD_NOT_YET_OPEN;
      case CLOSED, WINDOW_ENDED -> ErrorCode.PERIOD_CLOSED;
      case OPEN -> throw new IllegalStateException("an open period refuses nothing");
    };
  }

  /** Why the period refuses figures in this state, e.g. "opens for entry on 2024-05-01". */
  public String refusal(Period period) {
    return switch (this) {
      case NOT_YET_OPEN -> "opens for entry on " + period.effectiveOpensOn();
      case CLOSED -> "was closed by an admin";
      case WINDOW_ENDED -> "closed for entry after " + period.closesOn;
      case OPEN -> throw new IllegalStateException("an open period refuses nothing");
    };
  }
}
