package vn.cantho.gep.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.cantho.gep.common.security.Actor;

/**
 * Writes configuration changes to the audit log (table config_change) in the caller's transaction,
 * so that a change and its audit row commit together or not at all.
 */
@ApplicationScoped
@Transactional
public class ConfigChangeLog {
  @Inject EntityManager em;
  @Inject ObjectMapper json;

  public void record(Actor actor, ConfigChange change) {
    em.createNativeQuery(
            """
            insert into config_change (changed_at, actor_id, actor_name, entity, entity_key,
              action, org_unit_code, period_code, plan_year, before, after)
            values (now(), :actorId, :actorName, :entity, :key, :action, :orgUnit, :period,
              cast(:planYear as integer), cast(:before as jsonb), cast(:after as jsonb))
            """)
        .setParameter("actorId", actor.id())
        .setParameter("actorName", actor.name())
        .setParameter("entity", change.action().entity().name())
        .setParameter("key", change.key())
        .setParameter("action", change.action().name())
        .setParameter("orgUnit", change.orgUnit())
        .setParameter("period", change.period())
        .setParameter("planYear", change.planYear())
        .setParameter("before", write(change.before()))
        .setParameter("after", write(change.after()))
        .executeUpdate();
  }

  private String write(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unwritable audit JSON", e);
    }
  }
}
