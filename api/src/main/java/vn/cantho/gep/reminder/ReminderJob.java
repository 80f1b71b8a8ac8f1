package vn.cantho.gep.reminder;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import vn.cantho.gep.config.ClockProducer;
import vn.cantho.gep.config.GepConfig;

/** Runs the reminders once a day ({@code gep.reminders.cron}, Vietnam time). */
@ApplicationScoped
public class ReminderJob {
  private static final Logger LOG = Logger.getLogger(ReminderJob.class);

  @Inject ReminderService reminders;
  @Inject GepConfig config;

  @Scheduled(
      identity = "reminders",
      cron = "${gep.reminders.cron:0 0 7 * * ?}",
      timeZone = ClockProducer.VIETNAM_ID,
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void daily() {
    if (!config.reminders().enabled()) {
      return;
    }
    ReminderRun run = reminders.run();
    LOG.infof(
        "Reminders for %s: %d sent, %d failed, %d without recipients, %d already handled",
        run.today(), run.sent(), run.failed(), run.withoutRecipients(), run.alreadyHandled());
  }
}
