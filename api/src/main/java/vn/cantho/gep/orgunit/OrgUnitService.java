package vn.cantho.gep.orgunit;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import vn.cantho.gep.common.changes.DataChanges;
import vn.cantho.gep.common.changes.ReferenceCache;
import vn.cantho.gep.common.error.DomainException;
import vn.cantho.gep.common.error.ErrorCode;

/** Reads the org unit tree. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrgUnitService {
  @Inject OrgUnitRepository repository;
  @Inject DataChanges changes;

  public OrgUnit get(String code) {
    return repository
        .findByIdOptional(code)
        .orElseThrow(
            () -> DomainException.notFound(ErrorCode.ORG_UNIT_NOT_FOUND, "Org unit " + code));
  }

  /** Units filtered by type, parent and the date on which they must exist; all filters optional. */
  public List<OrgUnit> list(OrgUnitType type, String parent, LocalDate activeOn) {
    if (parent != null) {
      get(parent);
    }
    return repository.listAll(Sort.by("sortOrder").and("code")).stream()
        .filter(o -> type == null || o.type == type)
        .filter(o -> parent == null || parent.equals(o.parentCode))
        .filter(o -> activeOn == null || o.activeBetween(activeOn, activeOn))
        .toList();
  }

  private final ReferenceCache<String, List<String>> subtrees = new ReferenceCache<>();

  /**
   * The codes of a unit and every unit below it. Kept while PostgreSQL's notifications say the
   * reference data is unchanged; read afresh on every call while they are not heard.
   */
  public List<String> subtreeCodes(String code) {
    return subtrees.get(
        changes.referenceVersion(), code, () -> List.copyOf(repository.subtreeCodes(code)));
  }
}
