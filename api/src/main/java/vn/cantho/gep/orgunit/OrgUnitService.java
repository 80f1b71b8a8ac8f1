package vn.cantho.gep.orgunit;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.cantho.gep.common.changes.DataChanges;
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

  /** A unit's subtree and the version of the reference data it was read at. */
  private record CachedSubtree(DataChanges.Version version, List<String> codes) {}

  private final Map<String, CachedSubtree> subtrees = new ConcurrentHashMap<>();

  /**
   * The codes of a unit and every unit below it. Kept while PostgreSQL's notifications say the
   * reference data is unchanged; read afresh on every call while they are not heard.
   */
  public List<String> subtreeCodes(String code) {
    DataChanges.Version version = changes.referenceVersion();
    CachedSubtree hit = subtrees.get(code);
    if (version.trusted() && hit != null && hit.version().equals(version)) {
      return hit.codes();
    }
    List<String> codes = List.copyOf(repository.subtreeCodes(code));
    if (version.trusted()) {
      subtrees.put(code, new CachedSubtree(version, codes));
    }
    return codes;
  }
}
