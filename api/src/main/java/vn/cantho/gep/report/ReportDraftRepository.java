package vn.cantho.gep.report;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/** Report drafts by period code. */
@ApplicationScoped
public class ReportDraftRepository implements PanacheRepositoryBase<ReportDraft, String> {

  /** Loads a period's draft and locks its row until the transaction ends. */
  public Optional<ReportDraft> findForUpdate(String period) {
    return findByIdOptional(period, LockModeType.PESSIMISTIC_WRITE);
  }
}
