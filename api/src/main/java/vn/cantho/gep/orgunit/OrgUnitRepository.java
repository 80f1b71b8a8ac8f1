package vn.cantho.gep.orgunit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Org units and their subtrees. */
@ApplicationScoped
public class OrgUnitRepository implements PanacheRepositoryBase<OrgUnit, String> {

  /** Codes of the unit and every unit below it, at any depth. */
  @SuppressWarnings("unchecked")
  public List<String> subtreeCodes(String code) {
    return getEntityManager()
        .createNativeQuery(
            """
            with recursive sub(code) as (
              select code from org_unit where code = :code
              union all
              select o.code from org_unit o join sub on o.parent_code = sub.code)
            select code from sub
            """)
        .setParameter("code", code)
        .getResultList();
  }
}
