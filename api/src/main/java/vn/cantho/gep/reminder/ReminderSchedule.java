package vn.cantho.gep.reminder;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Which reminder, if any, is due on a day for a report due on another (pure). */
public final class ReminderSchedule {
  private ReminderSchedule() {}

  /** A reminder some days before (BEFORE_DUE) or after (OVERDUE) the due date. */
  public record Event(ReminderKind kind, int offsetDays) {}

  /**
   * The reminder for today: the latest of those whose day has come within {@code catchUpDays} (so
   * that a day the job did not run is caught up, but a stale one is not sent). A before-due
   * reminder goes out at the latest on the due date itself; at most one event per day and report.
   */
  public static Optional<Event> eventFor(
      LocalDate dueDate,
      LocalDate today,
      List<Integer> daysBefore,
      List<Integer> daysAfter,
      int catchUpDays) {
    if (!today.isAfter(dueDate)) {
      return daysBefore.stream()
          .filter(d -> d >= 0 && inReach(dueDate.minusDays(d), today, catchUpDays))
          .min(Comparator.naturalOrder())
          .map(d -> new Event(ReminderKind.BEFORE_DUE, d));
    }
    return daysAfter.stream()
        .filter(d -> d > 0 && inReach(dueDate.plusDays(d), today, catchUpDays))
        .max(Comparator.naturalOrder())
        .map(d -> new Event(ReminderKind.OVERDUE, d));
  }

  private static boolean inReach(LocalDate day, LocalDate today, int catchUpDays) {
    return !today.isBefore(day) && today.isBefore(day.plusDays(Math.max(1, catchUpDays)));
  }
}
