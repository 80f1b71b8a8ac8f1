package vn.cantho.gep.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** Settings of GEP Monitor itself, under the {@code gep.} prefix. */
@ConfigMapping(prefix = "gep")
public interface GepConfig {
  /**
   * Dev mode only: demo reporter user name to org unit code, for the in-process OIDC server that
   * cannot put an {@code org_unit} claim into tokens. Ignored in every other launch mode.
   */
  Map<String, String> devReporterOrgUnits();

  /**
   * Whether to load the demo data set at start; honoured only in the dev, test and demo profiles.
   */
  @WithDefault("false")
  boolean demoData();

  /** Largest page size a list endpoint accepts. */
  @WithDefault("200")
  int maxPageSize();

  /**
   * Most values one import may carry (POST /api/v1/imports); more is a 413 IMPORT_TOO_LARGE. Bodies
   * are also bounded by {@code quarkus.http.limits.max-body-size}.
   */
  @WithDefault("50000")
  int importMaxRows();

  /** Reminder emails before and after due dates and so-ldtbxh's daily overdue digest. */
  Reminders reminders();

  /** The receipts of requests sent with an Idempotency-Key (package submission). */
  Idempotency idempotency();

  /** Settings of the Idempotency-Key receipts. */
  interface Idempotency {
    /**
     * How long a receipt is kept: a retry within it gets the first answer; after it the key counts
     * as new and an hourly job deletes the receipt.
     */
    @WithDefault("7d")
    java.time.Duration retention();
  }

  /** Settings of the reminder job (package reminder). */
  interface Reminders {
    /** Whether the daily job runs on its schedule; the admin can always run it by hand. */
    @WithDefault("true")
    boolean enabled();

    /** When the daily job runs, a Quartz-style cron in Vietnam's time zone (default 07:00). */
    @WithDefault("0 0 7 * * ?")
    String cron();

    /** Days before a due date on which reporters who have not submitted are reminded. */
    @WithDefault("7,1")
    java.util.List<Integer> daysBefore();

    /** Days after a due date on which reporters who have not submitted are told it is overdue. */
    @WithDefault("1,7")
    java.util.List<Integer> daysAfter();

    /**
     * How many days a reminder may still go out after its day, should the job not have run then;
     * older ones are skipped.
     */
    @WithDefault("3")
    int catchUpDays();

    /**
     * How long a claimed event may stay unfinished before its sender is taken to have died (e.g.
     * killed mid-send) and the next run may claim it again. Longer than any one send may take.
     */
    @WithDefault("10m")
    java.time.Duration claimLease();

    /** Address of the web app, for the link to the entry screen in the emails. */
    @WithDefault("http://localhost:5173")
    String appUrl();
  }
}
