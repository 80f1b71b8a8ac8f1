package vn.cantho.gep.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The clock that says what "today" is for entry windows, timeliness and reminders: Vietnam's time
 * (the plan's due dates are dates in Can Tho). Tests replace it with a fixed clock.
 */
@ApplicationScoped
public class ClockProducer {
  /** Can Tho's time zone, as a constant for annotations (the scheduler's {@code timeZone}). */
  public static final String VIETNAM_ID = "Asia/Ho_Chi_Minh";

  /** Can Tho's time zone: the one every date of the plan is read in. */
  public static final ZoneId VIETNAM = ZoneId.of(VIETNAM_ID);

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.system(VIETNAM);
  }
}
