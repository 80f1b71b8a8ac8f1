package vn.cantho.gep.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import vn.cantho.gep.common.security.Actor;

/** Report drafts by period code, and the record of their saves for the audit log. */
@ApplicationScoped
public class ReportDraftRepository implements PanacheRepositoryBase<ReportDraft, String> {
  @Inject ObjectMapper json;

  /** Loads a period's draft and locks its row until the transaction ends. */
  public Optional<ReportDraft> findForUpdate(String period) {
    return findByIdOptional(period, LockModeType.PESSIMISTIC_WRITE);
  }

  /** Records what a save changed (table report_draft_change). */
  public void recordChange(String period, int version, Actor actor, ReportDraftChange change) {
    getEntityManager()
        .createNativeQuery(
            """
            insert into report_draft_change (period_code, version, changed_at, changed_by,
                                             changed_by_id, before, after)
            values (:period, :version, now(), :actor, :actorId, cast(:before as jsonb),
                    cast(:after as jsonb))
            """)
        .setParameter("period", period)
        .setParameter("version", version)
        .setParameter("actor", actor.name())
        .setParameter("actorId", actor.id())
        .setParameter("before", change.before() == null ? null : write(change.before()))
        .setParameter("after", write(change.after()))
        .executeUpdate();
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
