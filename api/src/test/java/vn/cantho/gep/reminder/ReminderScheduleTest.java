package vn.cantho.gep.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which reminder goes out on which day, with the default 7 and 1 days before, 1 and 7 after. */
class ReminderScheduleTest {
  static final LocalDate DUE = LocalDate.of(2024, 6, 10);

  static Optional<ReminderSchedule.Event> on(LocalDate today) {
    return ReminderSchedule.eventFor(DUE, today, List.of(7, 1), List.of(1, 7), 3);
  }

  static Optional<ReminderSchedule.Event> event(ReminderKind kind, int days) {
    return Optional.of(new ReminderSchedule.Event(kind, days));
  }

  @Test
  void nothingBeforeTheFirstReminderDay() {
    assertThat(on(DUE.minusDays(8))).isEmpty();
  }

  @Test
  void sevenDaysBeforeAndCaughtUpForTwoMoreDaysThenNothingUntilTheLastDay() {
    assertThat(on(DUE.minusDays(7))).isEqualTo(event(ReminderKind.BEFORE_DUE, 7));
    assertThat(on(DUE.minusDays(5))).isEqualTo(event(ReminderKind.BEFORE_DUE, 7));
    assertThat(on(DUE.minusDays(4))).isEmpty();
  }

  @Test
  void theDayBeforeAndOnTheDueDateTheOneDayReminder() {
    assertThat(on(DUE.minusDays(1))).isEqualTo(event(ReminderKind.BEFORE_DUE, 1));
    assertThat(on(DUE)).isEqualTo(event(ReminderKind.BEFORE_DUE, 1));
  }

  @Test
  void afterTheDueDateTheOverdueReminders() {
    assertThat(on(DUE.plusDays(1))).isEqualTo(event(ReminderKind.OVERDUE, 1));
    assertThat(on(DUE.plusDays(4))).isEmpty();
    assertThat(on(DUE.plusDays(7))).isEqualTo(event(ReminderKind.OVERDUE, 7));
    assertThat(on(DUE.plusDays(10))).isEmpty();
  }
}
