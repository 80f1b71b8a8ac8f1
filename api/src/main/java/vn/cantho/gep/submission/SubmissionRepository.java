package vn.cantho.gep.submission;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import vn.cantho.gep.common.persistence.NativeValues;

/** Submissions with their values and history. */
@ApplicationScoped
public class SubmissionRepository implements PanacheRepositoryBase<Submission, UUID> {

  /** Loads a submission and locks its row until the transaction ends (writers queue here). */
  public Optional<Submission> findForUpdate(UUID id) {
    return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
  }

  public Optional<Submission> findByOrgUnitAndPeriod(String orgUnit, String period) {
    return find("orgUnitCode = ?1 and periodCode = ?2", orgUnit, period).firstResultOptional();
  }

  /**
   * Serialises creation for one org unit and period across transactions and API instances, so that
   * the check for an existing submission and the insert cannot interleave.
   */
  public void lockOrgUnitPeriod(String orgUnit, String period) {
    getEntityManager()
        .createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))")
        .setParameter("key", new SubmissionKey(orgUnit, period).lockName())
        .getSingleResult();
  }

  /**
   * Takes the creation lock of each pair ({@link #lockOrgUnitPeriod}) in one statement, in the
   * order given; callers sort the pairs so that two bulk writers cannot deadlock.
   */
  public void lockOrgUnitPeriods(List<SubmissionKey> keys) {
    if (keys.isEmpty()) {
      return;
    }
    String[] names = keys.stream().map(SubmissionKey::lockName).toArray(String[]::new);
    getEntityManager()
        .unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement ps =
                  connection.prepareStatement(
                      "select count(pg_advisory_xact_lock(hashtext(k))) from unnest(?) as k")) {
                ps.setArray(1, connection.createArrayOf("text", names));
                ps.executeQuery().close();
              }
            });
  }

  /**
   * The ids of the submissions of these pairs. Reads no entity, so that a later locking read loads
   * each one fresh.
   */
  public Map<SubmissionKey, UUID> idsOf(Collection<SubmissionKey> keys) {
    Map<SubmissionKey, UUID> ids = new HashMap<>();
    if (keys.isEmpty()) {
      return ids;
    }
    Set<String> orgUnits = new HashSet<>();
    Set<String> periods = new HashSet<>();
    keys.forEach(
        k -> {
          orgUnits.add(k.orgUnit());
          periods.add(k.period());
        });
    Set<SubmissionKey> wanted = new HashSet<>(keys);
    getEntityManager()
        .createQuery(
            """
            select s.id, s.orgUnitCode, s.periodCode from Submission s
            where s.orgUnitCode in :orgUnits and s.periodCode in :periods
            """,
            Object[].class)
        .setParameter("orgUnits", orgUnits)
        .setParameter("periods", periods)
        .getResultList()
        .forEach(
            r -> {
              SubmissionKey key = new SubmissionKey((String) r[1], (String) r[2]);
              if (wanted.contains(key)) {
                ids.put(key, (UUID) r[0]);
              }
            });
    return ids;
  }

  /**
   * Loads these submissions in id order, with {@code lock} locking each row until the transaction
   * ends (in that order, so that bulk writers queue rather than deadlock).
   */
  public List<Submission> findByIds(Collection<UUID> ids, boolean lock) {
    if (ids.isEmpty()) {
      return List.of();
    }
    var query =
        getEntityManager()
            .createQuery("from Submission where id in :ids order by id", Submission.class)
            .setParameter("ids", ids);
    if (lock) {
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return query.getResultList();
  }

  /** The figures of these submissions by submission id and value key, in one query. */
  public Map<UUID, Map<ValueKey, Figure>> figuresOf(Collection<UUID> ids) {
    Map<UUID, Map<ValueKey, Figure>> figures = new HashMap<>();
    if (ids.isEmpty()) {
      return figures;
    }
    getEntityManager()
        .createQuery(
            """
            select v.submission.id, v.indicatorCode, v.categoryKey, v.numerator, v.denominator,
              v.flag
            from SubmissionValue v where v.submission.id in :ids order by v.id
            """,
            Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(
            r ->
                figures
                    .computeIfAbsent((UUID) r[0], id -> new LinkedHashMap<>())
                    .put(
                        new ValueKey((String) r[1], (String) r[2]),
                        new Figure((BigDecimal) r[3], (BigDecimal) r[4], (Boolean) r[5])));
    return figures;
  }

  /**
   * Inserts new submissions in one statement, bypassing the entities: for bulk writes, whose
   * callers never read these submissions as entities afterwards in the same transaction.
   */
  public void insertSubmissions(List<Submission> submissions) {
    if (submissions.isEmpty()) {
      return;
    }
    int n = submissions.size();
    String[][] columns = new String[11][n];
    for (int i = 0; i < n; i++) {
      Submission s = submissions.get(i);
      columns[0][i] = s.id.toString();
      columns[1][i] = s.orgUnitCode;
      columns[2][i] = s.periodCode;
      columns[3][i] = s.status.name();
      columns[4][i] = Integer.toString(s.version);
      columns[5][i] = s.createdAt.toString();
      columns[6][i] = s.createdBy;
      columns[7][i] = s.updatedAt.toString();
      columns[8][i] = s.updatedBy;
      columns[9][i] = s.submittedAt == null ? null : s.submittedAt.toString();
      columns[10][i] = s.submittedBy;
    }
    unnest(
        """
        insert into submission (id, org_unit_code, period_code, status, version, created_at,
          created_by, updated_at, updated_by, submitted_at, submitted_by)
        select id::uuid, org_unit, period, status, version::int, created_at::timestamptz,
          created_by, updated_at::timestamptz, updated_by, submitted_at::timestamptz,
          submitted_by
        from unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          as u(id, org_unit, period, status, version, created_at, created_by, updated_at,
            updated_by, submitted_at, submitted_by)
        """,
        columns);
  }

  /**
   * Inserts history entries in one statement, bypassing the entities; {@code changes} holds each
   * entry's value changes already written as JSON.
   */
  public void insertEvents(List<SubmissionEvent> events, List<String> changes) {
    if (events.isEmpty()) {
      return;
    }
    int n = events.size();
    String[][] columns = new String[10][n];
    for (int i = 0; i < n; i++) {
      SubmissionEvent e = events.get(i);
      columns[0][i] = e.submissionId.toString();
      columns[1][i] = e.occurredAt.toString();
      columns[2][i] = e.actor;
      columns[3][i] = e.action.name();
      columns[4][i] = e.fromStatus == null ? null : e.fromStatus.name();
      columns[5][i] = e.toStatus.name();
      columns[6][i] = Integer.toString(e.version);
      columns[7][i] = e.reason;
      columns[8][i] = changes.get(i);
      columns[9][i] = e.actorId;
    }
    // with ordinality: ids in the order of the list, as one persist after another would give them
    unnest(
        """
        insert into submission_event (submission_id, occurred_at, actor, action, from_status,
          to_status, version, reason, changes, actor_id)
        select submission_id::uuid, occurred_at::timestamptz, actor, action, from_status,
          to_status, version::int, reason, changes::jsonb, actor_id
        from unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) with ordinality
          as u(submission_id, occurred_at, actor, action, from_status, to_status, version, reason,
            changes, actor_id, n)
        order by n
        """,
        columns);
  }

  /**
   * Inserts or overwrites the values of several submissions in one statement, bypassing the
   * entities: for bulk writes, whose callers never read {@link Submission#values} afterwards in the
   * same transaction. Flushes first, so that new submissions exist before their values.
   */
  public void upsertValues(Map<UUID, Map<ValueKey, Figure>> figuresBySubmission) {
    int n = figuresBySubmission.values().stream().mapToInt(Map::size).sum();
    if (n == 0) {
      return;
    }
    String[][] columns = new String[6][n];
    int i = 0;
    for (var submission : figuresBySubmission.entrySet()) {
      for (var e : submission.getValue().entrySet()) {
        Figure f = e.getValue();
        columns[0][i] = submission.getKey().toString();
        columns[1][i] = e.getKey().indicator();
        columns[2][i] = e.getKey().category();
        columns[3][i] = f.numerator() == null ? null : f.numerator().toPlainString();
        columns[4][i] = f.denominator() == null ? null : f.denominator().toPlainString();
        columns[5][i] = f.flag() == null ? null : f.flag().toString();
        i++;
      }
    }
    getEntityManager().flush();
    unnest(
        """
        insert into submission_value
          (submission_id, indicator_code, category_key, numerator, denominator, flag)
        select submission_id::uuid, indicator, category_key, numerator::numeric,
          denominator::numeric, flag::boolean
        from unnest(?, ?, ?, ?, ?, ?)
          as u(submission_id, indicator, category_key, numerator, denominator, flag)
        on conflict (submission_id, indicator_code, category_key) do update
        set numerator = excluded.numerator, denominator = excluded.denominator,
          flag = excluded.flag
        """,
        columns);
  }

  /**
   * Runs one statement whose parameters are text arrays, one per column: many rows in one round
   * trip, however many there are (PostgreSQL's unnest of parallel arrays).
   */
  private void unnest(String sql, String[][] columns) {
    getEntityManager()
        .unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (int c = 0; c < columns.length; c++) {
                  ps.setArray(c + 1, connection.createArrayOf("text", columns[c]));
                }
                ps.executeUpdate();
              }
            });
  }

  /** One page of submissions matching the filters; a null filter matches everything. */
  public List<Submission> page(Filter filter, int page, int size) {
    Query q = query(filter);
    return find(q.where, Sort.by("periodCode").and("orgUnitCode"), q.params)
        .page(Page.of(page, size))
        .list();
  }

  public long count(Filter filter) {
    Query q = query(filter);
    return count(q.where, q.params);
  }

  /** The values of the given org units' submissions of a period that are in one of the statuses. */
  @SuppressWarnings("unchecked")
  public List<ReportedFigure> figures(
      String period, Collection<String> orgUnits, Collection<SubmissionStatus> statuses) {
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                """
                select s.org_unit_code, v.indicator_code, v.category_key, v.numerator, v.denominator, v.flag
                from submission s join submission_value v on v.submission_id = s.id
                where s.period_code = :period and s.org_unit_code in (:orgUnits)
                  and s.status in (:statuses)
                """)
            .setParameter("period", period)
            .setParameter("orgUnits", orgUnits)
            .setParameter("statuses", statuses.stream().map(Enum::name).toList())
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new ReportedFigure(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (java.math.BigDecimal) r[3],
                    (java.math.BigDecimal) r[4],
                    (Boolean) r[5]))
        .toList();
  }

  /**
   * The submission of an org unit in the latest period that ends before {@code end}; of periods
   * ending the same day, one of the given type first, then the shortest.
   */
  public Optional<UUID> latestEarlier(String orgUnit, java.time.LocalDate end, String type) {
    List<?> ids =
        getEntityManager()
            .createNativeQuery(
                """
                select s.id from submission s join period p on p.code = s.period_code
                where s.org_unit_code = :orgUnit and p.end_date < :end
                order by p.end_date desc, (p.type = :type) desc, p.start_date desc
                limit 1
                """)
            .setParameter("orgUnit", orgUnit)
            .setParameter("end", end)
            .setParameter("type", type)
            .getResultList();
    return ids.stream().findFirst().map(id -> (UUID) id);
  }

  /**
   * A fingerprint of a period's submissions that changes with every write to them: each write
   * raises a version and sets updated_at, and none is ever deleted. Read from an index alone.
   */
  public String stamp(String period) {
    Object[] r =
        (Object[])
            getEntityManager()
                .createNativeQuery(
                    """
                    select count(*), coalesce(sum(version), 0), coalesce(max(updated_at)::text, '')
                    from submission where period_code = :period
                    """)
                .setParameter("period", period)
                .getSingleResult();
    return r[0] + ":" + r[1] + ":" + r[2];
  }

  /** Status and first submission time of every submission of these periods, in one query. */
  @SuppressWarnings("unchecked")
  public List<SubmissionProgress> progress(Collection<String> periods) {
    if (periods.isEmpty()) {
      return List.of();
    }
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                """
                select s.id, s.org_unit_code, s.period_code, s.status,
                  coalesce((select min(e.occurred_at) from submission_event e
                            where e.submission_id = s.id and e.action = 'SUBMITTED'),
                           s.submitted_at) as first_submitted_at
                from submission s
                where s.period_code in (:periods)
                """)
            .setParameter("periods", periods)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new SubmissionProgress(
                    (UUID) r[0],
                    (String) r[1],
                    (String) r[2],
                    SubmissionStatus.valueOf((String) r[3]),
                    NativeValues.utc(r[4])))
        .toList();
  }

  /**
   * When each of these submissions was first submitted: its earliest SUBMITTED event, as in {@link
   * #progress}. Submissions never submitted are absent.
   */
  public Map<UUID, OffsetDateTime> firstSubmittedAt(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    List<Object[]> rows =
        getEntityManager()
            .createQuery(
                "select e.submissionId, min(e.occurredAt) from SubmissionEvent e"
                    + " where e.submissionId in :ids and e.action = :submitted"
                    + " group by e.submissionId",
                Object[].class)
            .setParameter("ids", ids)
            .setParameter("submitted", SubmissionEvent.Action.SUBMITTED)
            .getResultList();
    Map<UUID, OffsetDateTime> first = new HashMap<>();
    rows.forEach(r -> first.put((UUID) r[0], (OffsetDateTime) r[1]));
    return first;
  }

  public List<SubmissionEvent> history(UUID id) {
    return getEntityManager()
        .createQuery(
            "from SubmissionEvent where submissionId = :id order by id", SubmissionEvent.class)
        .setParameter("id", id)
        .getResultList();
  }

  public void record(SubmissionEvent event) {
    getEntityManager().persist(event);
  }

  /** Filters of a submission list. */
  public record Filter(
      Collection<String> orgUnits, String period, Collection<SubmissionStatus> statuses) {}

  private record Query(String where, Parameters params) {}

  private static Query query(Filter f) {
    List<String> clauses = new ArrayList<>();
    Parameters params = new Parameters();
    if (f.orgUnits() != null) {
      clauses.add("orgUnitCode in :orgUnits");
      params.and("orgUnits", f.orgUnits());
    }
    if (f.period() != null) {
      clauses.add("periodCode = :period");
      params.and("period", f.period());
    }
    if (f.statuses() != null && !f.statuses().isEmpty()) {
      clauses.add("status in :statuses");
      params.and("statuses", f.statuses());
    }
    return new Query(clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses), params);
  }
}
