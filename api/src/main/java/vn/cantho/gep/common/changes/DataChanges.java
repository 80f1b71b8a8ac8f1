package vn.cantho.gep.common.changes;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * What this instance knows about changes to the data its caches hold, from PostgreSQL's
 * notifications on the channel {@code gep_changes} (V11's triggers announce every committed change
 * to submissions, which every change to their values goes with, and to reference data, whoever made
 * it).
 *
 * <p>A cache keeps the {@link Version} that was current when it started reading the data, and may
 * reuse its result while {@link #version} still returns an equal one. A version is only {@link
 * Version#trusted() trusted} while the listener's connection is up: while it is down (PostgreSQL
 * restarting, say) caches must check the data itself, and when it comes back every version moves
 * on, since changes may have been missed meanwhile.
 *
 * <p>Notifications arrive a moment after the commit. So that a client that has just written through
 * this instance reads its own change here, {@link #awaitOwnWrites} (called after every successful
 * write request) sends a marker notification and waits until the listener has seen it: PostgreSQL
 * delivers notifications in commit order, so everything committed before it has been applied by
 * then. Other instances see the change within the notification's delay (milliseconds).
 */
@ApplicationScoped
public class DataChanges {
  static final String CHANNEL = "gep_changes";

  /** The listener connection's application_name, to find it in pg_stat_activity. */
  public static final String LISTENER = "gep-data-changes";

  private static final Logger LOG = Logger.getLogger(DataChanges.class);

  /**
   * The state of the data as far as this instance knows: the listener session, the count of
   * all-changing events, of reference-data changes, and of changes to one period's submissions.
   */
  public record Version(long session, long all, long reference, long period) {
    public boolean trusted() {
      return session > 0;
    }
  }

  @Inject AgroalDataSource dataSource;

  @Inject ChangesConfig config;

  private final String instance = UUID.randomUUID().toString();
  private final Map<String, Long> periods = new ConcurrentHashMap<>();
  private final Object lock = new Object();
  private volatile long session;
  private volatile long all;
  private volatile long reference;
  private long sessions;
  private long syncSent;
  private long syncSeen;
  private volatile boolean running;
  private Thread listener;

  void onStart(@Observes StartupEvent event) {
    if (!config.listen()) {
      return;
    }
    running = true;
    listener = new Thread(this::listenLoop, "gep-data-changes");
    listener.setDaemon(true);
    listener.start();
  }

  void onStop(@Observes ShutdownEvent event) {
    running = false;
    if (listener != null) {
      listener.interrupt();
    }
  }

  /** The version of the reference data: org units, periods, plans, targets, reporters. */
  public Version referenceVersion() {
    return new Version(session, all, reference, 0);
  }

  /** The version of a period's submissions together with the reference data. */
  public Version version(String period) {
    return new Version(session, all, reference, periods.getOrDefault(period, 0L));
  }

  /** How many of its own sync markers this instance has heard (see {@link #awaitOwnWrites}). */
  public long markersHeard() {
    synchronized (lock) {
      return syncSeen;
    }
  }

  /** Whether changes made elsewhere are being heard. */
  public boolean listening() {
    return session > 0;
  }

  /**
   * Returns once this instance has applied every change committed before the call (at most 2 s); at
   * once when not listening, since caches then check the data themselves.
   */
  public void awaitOwnWrites() {
    if (!listening()) {
      return;
    }
    long marker;
    synchronized (lock) {
      marker = ++syncSent;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select pg_notify(?, ?)")) {
      ps.setString(1, CHANNEL);
      ps.setString(2, "sync:" + instance + ":" + marker);
      ps.execute();
    } catch (SQLException e) {
      LOG.debugf("could not send a sync marker: %s", e.getMessage());
      return;
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    synchronized (lock) {
      while (syncSeen < marker && listening()) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          LOG.warnf("sync marker %d not heard within 2 s; dropping cached results", marker);
          changedAll();
          return;
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(lock, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** Applies one notification's payload (see V11__notify_data_changes.sql). */
  void apply(String payload) {
    if (payload.startsWith("s:")) {
      periods.merge(payload.substring(2), 1L, Long::sum);
    } else if (payload.equals("r")) {
      reference++;
    } else if (payload.startsWith("sync:")) {
      String[] parts = payload.split(":");
      if (parts.length == 3 && parts[1].equals(instance)) {
        synchronized (lock) {
          syncSeen = Math.max(syncSeen, Long.parseLong(parts[2]));
          lock.notifyAll();
        }
      }
    } else {
      changedAll();
    }
  }

  private void changedAll() {
    synchronized (lock) {
      all++;
      lock.notifyAll();
    }
  }

  private void listenLoop() {
    boolean warned = false;
    while (running) {
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(true);
        c.setNetworkTimeout(Runnable::run, 10_000);
        try (Statement s = c.createStatement()) {
          s.execute("set application_name = '" + LISTENER + "'");
          s.execute("listen " + CHANNEL);
        }
        PGConnection pg = c.unwrap(PGConnection.class);
        synchronized (lock) {
          all++;
          session = ++sessions;
          lock.notifyAll();
        }
        LOG.infof("listening for data changes (session %d)", session);
        warned = false;
        long checked = System.nanoTime();
        while (running) {
          PGNotification[] notifications = pg.getNotifications(500);
          if (notifications != null) {
            for (PGNotification n : notifications) {
              apply(n.getParameter());
            }
          }
          if (System.nanoTime() - checked > TimeUnit.SECONDS.toNanos(5)) {
            try (Statement s = c.createStatement()) {
              s.execute("select 1");
            }
            checked = System.nanoTime();
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (!running) {
          return;
        }
        synchronized (lock) {
          session = 0;
          all++;
          lock.notifyAll();
        }
        if (!warned) {
          LOG.warnf("not listening for data changes (%s); caches check the data on every read", e);
          warned = true;
        }
        try {
          Thread.sleep(1000);
        } catch (InterruptedException ie) {
          return;
        }
      }
    }
  }
}
