package vn.cantho.gep.testing;

import io.quarkus.test.junit.QuarkusMock;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import vn.cantho.gep.config.ClockProducer;

/** Fixes the application's "today" (Vietnam) for the current test; Quarkus resets it after. */
public final class TestClock {
  private TestClock() {}

  public static void today(LocalDate day) {
    at(day.atTime(LocalTime.of(9, 0)));
  }

  /** Fixes the application's clock at a time of day in Vietnam. */
  public static void at(LocalDateTime time) {
    QuarkusMock.installMockForType(
        Clock.fixed(time.atZone(ClockProducer.VIETNAM).toInstant(), ClockProducer.VIETNAM),
        Clock.class);
  }
}
