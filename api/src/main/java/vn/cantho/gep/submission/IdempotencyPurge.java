package vn.cantho.gep.submission;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Deletes the Idempotency-Key receipts older than {@code gep.idempotency.retention}, hourly. */
@ApplicationScoped
public class IdempotencyPurge {
  private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);

  @Inject IdempotencyRepository receipts;

  @Scheduled(
      identity = "idempotency-purge",
      every = "1h",
      delayed = "1m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void hourly() {
    int purged = receipts.purgeExpired();
    if (purged > 0) {
      LOG.infof("Purged %d expired idempotency receipts", purged);
    }
  }
}
