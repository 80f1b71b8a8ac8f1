package vn.cantho.gep.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Direct access to the test database, to start each test from the reference data alone. */
public final class Db {
  private Db() {}

  /**
   * Removes every submission, receipt, target change, milestone change, report draft and its
   * changes, exception, contact, reminder and configuration change, reopens the periods with their
   * default windows, restores the 2024 targets and the seeded national milestones and removes other
   * plan years (plans, targets, reporters, periods), so that no test depends on another's leftovers
   * or order (the demo data adds 2023).
   */
  public static void reset() {
    exec(
        """
        create table if not exists test_target_snapshot as select * from target;
        create table if not exists test_milestone_snapshot as select * from national_milestone;
        truncate submission, submission_value, submission_event, idempotency_record, target_change,
          report_draft, report_draft_change, milestone_change, period_exception, org_unit_contact,
          reminder, config_change;
        update period set open = true, opens_on = null, closes_on = null;
        update target t set comparator = s.comparator, target_value = s.target_value,
          baseline = s.baseline, updated_at = s.updated_at, updated_by = s.updated_by
        from test_target_snapshot s
        where s.plan_year = t.plan_year and s.indicator_code = t.indicator_code;
        delete from target_change where plan_year <> 2024;
        delete from target where plan_year <> 2024;
        delete from plan_reporter where plan_year <> 2024;
        delete from plan where year <> 2024;
        delete from period where year <> 2024;
        delete from national_milestone;
        insert into national_milestone select * from test_milestone_snapshot;
        """);
  }

  /**
   * When the application runs in this JVM, waits until it has heard the changes just made, so that
   * none of its caches answers from the data before them.
   */
  private static void awaitApplication() {
    var container = io.quarkus.arc.Arc.container();
    if (container != null && container.isRunning()) {
      container.instance(vn.cantho.gep.common.changes.DataChanges.class).get().awaitOwnWrites();
    }
  }

  public static void exec(String sql) {
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    awaitApplication();
  }

  public static long count(String sql) {
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
