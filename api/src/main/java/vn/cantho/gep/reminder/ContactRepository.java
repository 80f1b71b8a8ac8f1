package vn.cantho.gep.reminder;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Org unit contacts. */
@ApplicationScoped
public class ContactRepository implements PanacheRepositoryBase<Contact, Long> {
  private static final Sort ORDER = Sort.by("orgUnitCode").and("kind").and("email");

  public List<Contact> list(String orgUnit, ContactKind kind) {
    if (orgUnit != null && kind != null) {
      return list("orgUnitCode = ?1 and kind = ?2", ORDER, orgUnit, kind);
    }
    if (orgUnit != null) {
      return list("orgUnitCode", ORDER, orgUnit);
    }
    if (kind != null) {
      return list("kind", ORDER, kind);
    }
    return listAll(ORDER);
  }

  public boolean exists(String orgUnit, ContactKind kind, String email) {
    return count(
            "orgUnitCode = ?1 and kind = ?2 and lower(email) = lower(?3)", orgUnit, kind, email)
        > 0;
  }
}
