package vn.cantho.gep.reminder;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.cantho.gep.calendar.CalendarService;
import vn.cantho.gep.calendar.ReportingStatus;
import vn.cantho.gep.calendar.StatusCell;
import vn.cantho.gep.calendar.StatusRow;
import vn.cantho.gep.common.audit.ConfigAction;
import vn.cantho.gep.common.audit.ConfigChange;
import vn.cantho.gep.common.audit.ConfigChangeLog;
import vn.cantho.gep.common.security.Actor;
import vn.cantho.gep.config.GepConfig;
import vn.cantho.gep.orgunit.OrgUnit;
import vn.cantho.gep.orgunit.OrgUnitService;
import vn.cantho.gep.period.Period;
import vn.cantho.gep.period.PeriodService;

/**
 * Sends the reminders of the day (plan V.17: nobody should have to chase late reporters by phone):
 * to the reporters of each org unit that has not submitted, some days before and after the due
 * date, and to so-ldtbxh a digest of the overdue units. Each event is claimed in the database
 * before it is sent, so it goes out once whichever instance runs the job; a claim left unfinished
 * for longer than {@code gep.reminders.claim-lease} (its sender died mid-send) is claimed again.
 */
@ApplicationScoped
public class ReminderService {
  private static final Logger LOG = Logger.getLogger(ReminderService.class);
  private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

  /** One SMTP conversation at a time per instance: runs started together queue for the server. */
  private static final java.util.concurrent.locks.ReentrantLock SENDING =
      new java.util.concurrent.locks.ReentrantLock();

  @Inject CalendarService calendar;
  @Inject PeriodService periods;
  @Inject OrgUnitService orgUnits;
  @Inject ContactRepository contacts;
  @Inject ReminderRepository log;
  @Inject Mailer mailer;
  @Inject GepConfig config;
  @Inject ConfigChangeLog changes;
  @Inject Clock clock;

  /** Runs the job at a person's request; the audit log records who ran it and what it did. */
  public ReminderRun runFor(Actor actor) {
    ReminderRun run = run();
    changes.record(
        actor, ConfigChange.of(ConfigAction.REMINDERS_RUN, run.today().toString(), null, run));
    return run;
  }

  /** Sends whatever is due today and not yet sent. */
  public ReminderRun run() {
    LocalDate today = LocalDate.now(clock);
    GepConfig.Reminders settings = config.reminders();
    List<Period> all = periods.list(null, null, null);
    Map<String, Period> byCode =
        all.stream().collect(Collectors.toMap(p -> p.code, Function.identity()));
    List<StatusRow> board = calendar.board(all, today);
    Tally tally = new Tally();
    List<ReminderMessages.OverdueLine> overdue = new ArrayList<>();
    for (StatusRow row : board) {
      for (StatusCell cell : row.cells()) {
        if (!cell.status().awaitingSubmission() || !cell.acceptingEntries()) {
          continue;
        }
        Period period = byCode.get(cell.period());
        if (cell.status() == ReportingStatus.OVERDUE) {
          overdue.add(
              new ReminderMessages.OverdueLine(
                  row.nameVi(), period.code, period.type, period.dueDate, cell.daysLate()));
        }
        ReminderSchedule.eventFor(
                period.dueDate,
                today,
                settings.daysBefore(),
                settings.daysAfter(),
                settings.catchUpDays())
            .ifPresent(event -> remindUnit(row, period, event, tally));
      }
    }
    if (!overdue.isEmpty()) {
      overdue.sort(
          Comparator.comparing(ReminderMessages.OverdueLine::daysLate)
              .reversed()
              .thenComparing(ReminderMessages.OverdueLine::orgUnitName));
      for (OrgUnit coordinator : orgUnits.list(null, null, today)) {
        if (coordinator.coordinator) {
          sendDigest(coordinator, today, overdue, tally);
        }
      }
    }
    return new ReminderRun(
        today, tally.sent, tally.failed, tally.withoutRecipients, tally.alreadyHandled);
  }

  private void remindUnit(StatusRow row, Period period, ReminderSchedule.Event event, Tally tally) {
    String key = event.kind() + ":" + period.code + ":" + row.orgUnit() + ":" + event.offsetDays();
    OffsetDateTime now = now();
    OptionalInt attempt =
        log.claim(
            key,
            event.kind(),
            row.orgUnit(),
            period.code,
            event.offsetDays(),
            null,
            INSTANCE,
            now,
            now.minus(config.reminders().claimLease()));
    if (attempt.isEmpty()) {
      tally.alreadyHandled++;
      return;
    }
    String entryUrl = config.reminders().appUrl() + "/entry/" + period.code;
    ReminderMessages.Message message =
        event.kind() == ReminderKind.BEFORE_DUE
            ? ReminderMessages.beforeDue(
                row.nameVi(),
                period.code,
                period.type,
                period.dueDate,
                event.offsetDays(),
                entryUrl)
            : ReminderMessages.overdue(
                row.nameVi(),
                period.code,
                period.type,
                period.dueDate,
                event.offsetDays(),
                entryUrl);
    deliver(
        key,
        attempt.getAsInt(),
        contacts.list(row.orgUnit(), ContactKind.REPORTER),
        message,
        tally);
  }

  private void sendDigest(
      OrgUnit coordinator,
      LocalDate today,
      List<ReminderMessages.OverdueLine> overdue,
      Tally tally) {
    String key = ReminderKind.DIGEST + ":" + coordinator.code + ":" + today;
    OffsetDateTime now = now();
    OptionalInt attempt =
        log.claim(
            key,
            ReminderKind.DIGEST,
            coordinator.code,
            null,
            null,
            today,
            INSTANCE,
            now,
            now.minus(config.reminders().claimLease()));
    if (attempt.isEmpty()) {
      tally.alreadyHandled++;
      return;
    }
    ReminderMessages.Message message =
        ReminderMessages.digest(
            coordinator.nameVi, today, overdue, config.reminders().appUrl() + "/status");
    deliver(
        key,
        attempt.getAsInt(),
        contacts.list(coordinator.code, ContactKind.COORDINATOR),
        message,
        tally);
  }

  /** Sends one claimed event to its recipients and records the outcome. */
  private void deliver(
      String key, int attempt, List<Contact> to, ReminderMessages.Message message, Tally tally) {
    if (to.isEmpty()) {
      log.finish(key, attempt, ReminderStatus.NO_RECIPIENTS, "", message.subject(), null, now());
      tally.withoutRecipients++;
      return;
    }
    List<String> addresses = to.stream().map(c -> c.email).toList();
    SENDING.lock();
    try {
      mailer.send(
          new Mail().setTo(addresses).setSubject(message.subject()).setText(message.body()));
      log.finish(
          key,
          attempt,
          ReminderStatus.SENT,
          String.join(", ", addresses),
          message.subject(),
          null,
          now());
      tally.sent++;
    } catch (RuntimeException e) {
      LOG.warnf("Reminder %s could not be sent: %s", key, e.getMessage());
      log.finish(
          key,
          attempt,
          ReminderStatus.FAILED,
          String.join(", ", addresses),
          message.subject(),
          String.valueOf(e.getMessage()),
          now());
      tally.failed++;
    } finally {
      SENDING.unlock();
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  private static final class Tally {
    int sent;
    int failed;
    int withoutRecipients;
    int alreadyHandled;
  }
}
