package vn.cantho.gep.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import vn.cantho.gep.common.error.DomainException;
import vn.cantho.gep.common.error.ErrorCode;
import vn.cantho.gep.common.security.Actor;
import vn.cantho.gep.config.GepConfig;

/**
 * Remembers the answer to each request sent with an Idempotency-Key, per caller (by the token's
 * subject, so that a user re-created under the same name replays nothing of the old), in the same
 * transaction as the work itself: the work and its receipt commit together or not at all. A receipt
 * is kept for {@code gep.idempotency.retention}; after that its key counts as new.
 */
@ApplicationScoped
public class IdempotencyRepository {
  @Inject EntityManager em;
  @Inject com.fasterxml.jackson.databind.ObjectMapper json;
  @Inject GepConfig config;

  /** A SHA-256 of the request as JSON: the same key with another request is refused. */
  private String fingerprint(Object request) {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(json.writeValueAsBytes(request));
      return java.util.HexFormat.of().formatHex(digest);
    } catch (java.security.NoSuchAlgorithmException
        | com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A stored answer. */
  public record Receipt(String operation, String requestHash, int status, String body) {}

  /**
   * Claims the key for this request in this transaction: empty when the key is new, else the
   * earlier request's answer to replay. The same key with another request or operation is 422
   * IDEMPOTENCY_KEY_REUSED.
   */
  public Optional<Receipt> replayOrClaim(
      Actor principal, String key, String operation, Object request) {
    String hash = fingerprint(request);
    Optional<Receipt> prior = claim(principal, key, operation, hash);
    prior.ifPresent(
        receipt -> {
          if (!receipt.operation().equals(operation) || !receipt.requestHash().equals(hash)) {
            throw new DomainException(
                ErrorCode.IDEMPOTENCY_KEY_REUSED,
                "Idempotency-Key " + key + " was already used for a different request");
          }
        });
    return prior;
  }

  /**
   * Claims the key for this transaction. Empty when the claim is new (or replaces a receipt older
   * than the retention, not yet purged); else the answer of the earlier request with that key (a
   * concurrent one is waited for by the database).
   */
  private Optional<Receipt> claim(Actor principal, String key, String operation, String hash) {
    int inserted =
        em.createNativeQuery(
                """
                insert into idempotency_record
                  (principal_id, principal, idempotency_key, operation, request_hash, created_at)
                values (:principalId, :principal, :key, :operation, :hash, now())
                on conflict (principal_id, idempotency_key) do update
                set principal = excluded.principal, operation = excluded.operation,
                    request_hash = excluded.request_hash, created_at = excluded.created_at,
                    response_status = null, response_body = null, resource_id = null
                where idempotency_record.created_at < now() - make_interval(secs => :retention)
                """)
            .setParameter("principalId", principal.id())
            .setParameter("principal", principal.name())
            .setParameter("key", key)
            .setParameter("operation", operation)
            .setParameter("hash", hash)
            .setParameter("retention", retentionSeconds())
            .executeUpdate();
    if (inserted == 1) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                """
                select operation, request_hash, response_status, response_body
                from idempotency_record
                where principal_id = :principalId and idempotency_key = :key
                """)
            .setParameter("principalId", principal.id())
            .setParameter("key", key)
            .getResultList();
    Object[] row = rows.get(0);
    return Optional.of(
        new Receipt(
            (String) row[0],
            ((String) row[1]).trim(),
            row[2] == null ? 0 : ((Number) row[2]).intValue(),
            (String) row[3]));
  }

  public void complete(Actor principal, String key, int status, String body) {
    em.createNativeQuery(
            """
            update idempotency_record set response_status = :status, response_body = :body
            where principal_id = :principalId and idempotency_key = :key
            """)
        .setParameter("status", status)
        .setParameter("body", body)
        .setParameter("principalId", principal.id())
        .setParameter("key", key)
        .executeUpdate();
  }

  /**
   * Deletes the receipts older than the retention; returns how many. Safe on several instances at
   * once: each deletes what is expired, and a key claimed again meanwhile is young and stays.
   */
  @Transactional
  public int purgeExpired() {
    return em.createNativeQuery(
            "delete from idempotency_record"
                + " where created_at < now() - make_interval(secs => :retention)")
        .setParameter("retention", retentionSeconds())
        .executeUpdate();
  }

  private double retentionSeconds() {
    return config.idempotency().retention().toMillis() / 1000.0;
  }
}
