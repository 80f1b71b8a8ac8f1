package vn.cantho.gep.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import vn.cantho.gep.common.error.DomainException;
import vn.cantho.gep.common.error.ErrorCode;
import vn.cantho.gep.common.security.CurrentUser;
import vn.cantho.gep.orgunit.OrgUnitService;

/** Who receives reminders: the admin keeps each org unit's contacts. */
@ApplicationScoped
@Transactional
public class ContactService {
  @Inject ContactRepository repository;
  @Inject OrgUnitService orgUnits;
  @Inject CurrentUser user;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Contact> list(String orgUnit, ContactKind kind) {
    if (orgUnit != null) {
      orgUnits.get(orgUnit);
    }
    return repository.list(orgUnit, kind);
  }

  /** Adds a contact; the same address twice for one unit and kind is 409 CONTACT_EXISTS. */
  public Contact create(CreateContactRequest request) {
    String orgUnit = request.orgUnit().strip();
    orgUnits.get(orgUnit);
    String email = request.email().strip();
    if (repository.exists(orgUnit, request.kind(), email)) {
      throw new DomainException(
          ErrorCode.CONTACT_EXISTS,
          orgUnit + " already has " + email + " as a " + request.kind() + " contact");
    }
    Contact c = new Contact();
    c.orgUnitCode = orgUnit;
    c.kind = request.kind();
    c.email = email;
    c.name = request.name().strip();
    c.createdAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    c.createdBy = user.name();
    repository.persist(c);
    return c;
  }

  public void delete(long id) {
    if (!repository.deleteById(id)) {
      throw DomainException.notFound(ErrorCode.CONTACT_NOT_FOUND, "Contact " + id);
    }
  }
}
