package vn.cantho.gep.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import vn.cantho.gep.common.audit.ConfigAction;
import vn.cantho.gep.common.audit.ConfigChange;
import vn.cantho.gep.common.audit.ConfigChangeLog;
import vn.cantho.gep.common.error.DomainException;
import vn.cantho.gep.common.error.ErrorCode;
import vn.cantho.gep.common.security.Actor;
import vn.cantho.gep.orgunit.OrgUnitService;

/** Who receives reminders: the admin keeps each org unit's contacts, each change audited. */
@ApplicationScoped
@Transactional
public class ContactService {
  @Inject ContactRepository repository;
  @Inject OrgUnitService orgUnits;
  @Inject ConfigChangeLog changes;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Contact> list(String orgUnit, ContactKind kind) {
    if (orgUnit != null) {
      orgUnits.get(orgUnit);
    }
    return repository.list(orgUnit, kind);
  }

  /** Adds a contact; the same address twice for one unit and kind is 409 CONTACT_EXISTS. */
  public Contact create(CreateContactRequest request, Actor actor) {
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
    c.createdBy = actor.name();
    repository.persistAndFlush(c);
    changes.record(
        actor,
        ConfigChange.of(ConfigAction.CONTACT_ADDED, c.id.toString(), null, ContactResponse.from(c))
            .orgUnit(orgUnit));
    return c;
  }

  /** Removes a contact; the audit log keeps what it was. */
  public void delete(long id, Actor actor) {
    Contact c =
        repository
            .findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
            .orElseThrow(
                () -> DomainException.notFound(ErrorCode.CONTACT_NOT_FOUND, "Contact " + id));
    ContactResponse before = ContactResponse.from(c);
    repository.delete(c);
    changes.record(
        actor,
        ConfigChange.of(ConfigAction.CONTACT_REMOVED, Long.toString(id), before, null)
            .orgUnit(c.orgUnitCode));
  }
}
