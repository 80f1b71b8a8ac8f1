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
  /** Can Tho's time zone. */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.system(VIETNAM);
  }
}
