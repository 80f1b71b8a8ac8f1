package vn.cantho.gep.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.cantho.gep.common.persistence.NativeValues;

/**
 * The reminder log (table reminder). An event is claimed by inserting its key in a transaction of
 * its own that commits before anything is sent: of two job runs, on one instance or two, only the
 * one whose insert wins sends. A FAILED or NO_RECIPIENTS event may be claimed again, and so may a
 * CLAIMED one whose claim is older than the lease (its sender died mid-send): the claim is one
 * conditional upsert, which PostgreSQL applies to the row's latest version under its row lock, so
 * of two runs re-claiming the same event only one wins. Each claim counts an attempt, and a sender
 * records its outcome only while its attempt is still the event's latest.
 */
@ApplicationScoped
public class ReminderRepository {
  @Inject EntityManager em;

  /**
   * Claims an event: its attempt number when this caller won it and must send it, else empty.
   *
   * @param staleBefore a CLAIMED event claimed before this time is claimed again
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public java.util.OptionalInt claim(
      String key,
      ReminderKind kind,
      String orgUnit,
      String period,
      Integer offsetDays,
      LocalDate digestDate,
      String instance,
      OffsetDateTime now,
      OffsetDateTime staleBefore) {
    List<?> won =
        em.createNativeQuery(
                """
            insert into reminder (event_key, kind, org_unit_code, period_code, offset_days,
                                  digest_date, status, claimed_at, claimed_by)
            values (:key, :kind, :orgUnit, :period, :offset, :digestDate, 'CLAIMED', :now, :instance)
            on conflict (event_key) do update
            set status = 'CLAIMED', attempts = reminder.attempts + 1, error = null,
                claimed_at = excluded.claimed_at, claimed_by = excluded.claimed_by, finished_at = null
            where reminder.status in ('FAILED', 'NO_RECIPIENTS')
               or (reminder.status = 'CLAIMED' and reminder.claimed_at < :staleBefore)
            returning attempts
            """)
            .setParameter("key", key)
            .setParameter("kind", kind.name())
            .setParameter("orgUnit", orgUnit)
            .setParameter("period", period)
            .setParameter("offset", offsetDays)
            .setParameter("digestDate", digestDate)
            .setParameter("now", now)
            .setParameter("instance", instance)
            .setParameter("staleBefore", staleBefore)
            .getResultList();
    return won.isEmpty()
        ? java.util.OptionalInt.empty()
        : java.util.OptionalInt.of(((Number) won.get(0)).intValue());
  }

  /**
   * Records the outcome of a claimed event, unless another run has claimed it again since (this
   * sender outlived its lease): then that run's outcome stands.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void finish(
      String key,
      int attempt,
      ReminderStatus status,
      String recipients,
      String subject,
      String error,
      OffsetDateTime now) {
    em.createNativeQuery(
            """
            update reminder set status = :status, recipients = :recipients, subject = :subject,
                                error = :error, finished_at = :now
            where event_key = :key and attempts = :attempt and status = 'CLAIMED'
            """)
        .setParameter("key", key)
        .setParameter("attempt", attempt)
        .setParameter("status", status.name())
        .setParameter("recipients", recipients)
        .setParameter("subject", subject)
        .setParameter("error", error)
        .setParameter("now", now)
        .executeUpdate();
  }

  /** The latest events first, optionally of one kind or status. */
  @SuppressWarnings("unchecked")
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ReminderLogEntry> list(ReminderKind kind, ReminderStatus status, int limit) {
    List<Object[]> rows =
        em.createNativeQuery(
                """
                select event_key, kind, org_unit_code, period_code, offset_days, digest_date, status,
                       recipients, subject, error, attempts, claimed_at, claimed_by, finished_at
                from reminder
                where (cast(:kind as varchar) is null or kind = cast(:kind as varchar))
                  and (cast(:status as varchar) is null or status = cast(:status as varchar))
                order by claimed_at desc, event_key
                limit :limit
                """)
            .setParameter("kind", kind == null ? null : kind.name())
            .setParameter("status", status == null ? null : status.name())
            .setParameter("limit", limit)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new ReminderLogEntry(
                    (String) r[0],
                    ReminderKind.valueOf((String) r[1]),
                    (String) r[2],
                    (String) r[3],
                    (Integer) r[4],
                    NativeValues.date(r[5]),
                    ReminderStatus.valueOf((String) r[6]),
                    (String) r[7],
                    (String) r[8],
                    (String) r[9],
                    (Integer) r[10],
                    NativeValues.utc(r[11]),
                    (String) r[12],
                    NativeValues.utc(r[13])))
        .toList();
  }
}
