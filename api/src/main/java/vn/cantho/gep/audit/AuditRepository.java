package vn.cantho.gep.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.cantho.gep.config.ClockProducer;
import vn.cantho.gep.submission.SubmissionStatus;
import vn.cantho.gep.submission.ValueChange;

/**
 * Reads the audit log: every submission's history joined with its org unit and period, every target
 * change, national milestone change, report draft save and configuration change, as one list newest
 * first.
 */
@ApplicationScoped
public class AuditRepository {
  private static final String LOG =
      """
      with log as (
        select 'SUBMISSION' as kind, e.id, e.occurred_at as at, e.actor,
          e.actor_id, e.action,
          s.org_unit_code as org_unit, o.name_vi as org_unit_name, s.period_code as period,
          null::integer as plan_year, e.submission_id, e.from_status, e.to_status, e.version,
          e.reason, e.changes, null::varchar as indicator, null::jsonb as before,
          null::jsonb as after
        from submission_event e
          join submission s on s.id = e.submission_id
          join org_unit o on o.code = s.org_unit_code
        union all
        select 'TARGET', t.id, t.changed_at, t.changed_by, t.changed_by_id, 'TARGET_CHANGED', null, null, null,
          t.plan_year, null, null, null, null, null, '[]'::jsonb, t.indicator_code, t.before,
          t.after
        from target_change t
        union all
        select 'MILESTONE', m.id, m.changed_at, m.changed_by, m.changed_by_id, m.action, null, null, null,
          m.milestone_year, null, null, null, null, null, '[]'::jsonb, m.indicator_code, m.before,
          m.after
        from milestone_change m
        union all
        select 'REPORT_DRAFT', r.id, r.changed_at, r.changed_by, r.changed_by_id, 'REPORT_DRAFT_CHANGED', null,
          null, r.period_code, null, null, null, null, r.version, null, '[]'::jsonb, null, r.before,
          r.after
        from report_draft_change r
        union all
        select c.entity, c.id, c.changed_at, c.actor_name, c.actor_id, c.action, c.org_unit_code,
          o.name_vi, c.period_code, c.plan_year, null, null, null, null, null, '[]'::jsonb, null,
          c.before, c.after
        from config_change c
          left join org_unit o on o.code = c.org_unit_code
      )
      """;

  @Inject EntityManager em;
  @Inject ObjectMapper json;

  public List<AuditEntry> page(AuditFilter filter, int page, int size) {
    Map<String, Object> params = new LinkedHashMap<>();
    String where = where(filter, params);
    Query q =
        em.createNativeQuery(
            LOG
                + """
                select kind, at, actor, actor_id, action, org_unit, org_unit_name, period, plan_year,
                  submission_id, from_status, to_status, version, reason, changes::text,
                  indicator, before::text, after::text
                from log
                """
                + where
                + " order by at desc, kind, id desc limit :limit offset :offset");
    params.forEach(q::setParameter);
    q.setParameter("limit", size);
    q.setParameter("offset", (long) page * size);
    List<AuditEntry> entries = new ArrayList<>();
    for (Object row : q.getResultList()) {
      entries.add(entry((Object[]) row));
    }
    return entries;
  }

  public long count(AuditFilter filter) {
    Map<String, Object> params = new LinkedHashMap<>();
    Query q = em.createNativeQuery(LOG + "select count(*) from log" + where(filter, params));
    params.forEach(q::setParameter);
    return ((Number) q.getSingleResult()).longValue();
  }

  private static String where(AuditFilter f, Map<String, Object> params) {
    List<String> clauses = new ArrayList<>();
    if (f.actor() != null) {
      clauses.add("(lower(actor) = lower(:actor) or actor_id = :actor)");
      params.put("actor", f.actor());
    }
    if (f.orgUnit() != null) {
      clauses.add("org_unit = :orgUnit");
      params.put("orgUnit", f.orgUnit());
    }
    if (f.period() != null) {
      clauses.add("(period = :period or plan_year = :planYear)");
      params.put("period", f.period());
      params.put("planYear", f.planYear());
    }
    if (f.indicator() != null) {
      clauses.add(
          "(indicator = :indicator or exists (select 1 from jsonb_array_elements(changes) c"
              + " where c->>'indicator' = :indicator))");
      params.put("indicator", f.indicator());
    }
    if (f.action() != null) {
      clauses.add("action = :action");
      params.put("action", f.action().name());
    }
    if (f.from() != null) {
      clauses.add("at >= :from");
      params.put("from", f.from().atStartOfDay(ClockProducer.VIETNAM).toOffsetDateTime());
    }
    if (f.to() != null) {
      clauses.add("at < :to");
      params.put("to", f.to().plusDays(1).atStartOfDay(ClockProducer.VIETNAM).toOffsetDateTime());
    }
    if (f.text() != null) {
      clauses.add(
          "concat_ws(' ', actor, action, org_unit, org_unit_name, period, plan_year, reason,"
              + " indicator, changes::text, before::text, after::text) ilike :text escape '\\'");
      params.put("text", "%" + f.text().replaceAll("([\\\\%_])", "\\\\$1") + "%");
    }
    return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
  }

  private AuditEntry entry(Object[] r) {
    return new AuditEntry(
        AuditEntry.AuditKind.valueOf((String) r[0]),
        at(r[1]),
        (String) r[2],
        (String) r[3],
        AuditEntry.AuditAction.valueOf((String) r[4]),
        (String) r[5],
        (String) r[6],
        (String) r[7],
        r[8] == null ? null : ((Number) r[8]).intValue(),
        (UUID) r[9],
        r[10] == null ? null : SubmissionStatus.valueOf((String) r[10]),
        r[11] == null ? null : SubmissionStatus.valueOf((String) r[11]),
        r[12] == null ? null : ((Number) r[12]).intValue(),
        (String) r[13],
        read((String) r[14], new TypeReference<List<ValueChange>>() {}),
        (String) r[15],
        read((String) r[16], new TypeReference<Map<String, Object>>() {}),
        read((String) r[17], new TypeReference<Map<String, Object>>() {}));
  }

  private static OffsetDateTime at(Object value) {
    if (value instanceof OffsetDateTime odt) {
      return odt;
    }
    if (value instanceof java.time.Instant instant) {
      return instant.atOffset(java.time.ZoneOffset.UTC);
    }
    return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
  }

  private <T> T read(String text, TypeReference<T> type) {
    if (text == null) {
      return null;
    }
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable audit JSON", e);
    }
  }
}
