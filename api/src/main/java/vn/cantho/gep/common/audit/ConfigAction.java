package vn.cantho.gep.common.audit;

/**
 * A change to configuration the audit log records in table config_change, with the kind of entity
 * it changes; each name is also an action of the audit log (audit.AuditEntry.AuditAction).
 */
public enum ConfigAction {
  PERIOD_OPENED(Entity.PERIOD),
  PERIOD_CLOSED(Entity.PERIOD),
  ENTRY_WINDOW_CHANGED(Entity.PERIOD),
  EXCEPTION_GRANTED(Entity.PERIOD_EXCEPTION),
  EXCEPTION_CHANGED(Entity.PERIOD_EXCEPTION),
  EXCEPTION_REVOKED(Entity.PERIOD_EXCEPTION),
  CONTACT_ADDED(Entity.CONTACT),
  CONTACT_REMOVED(Entity.CONTACT),
  PLAN_YEAR_STARTED(Entity.PLAN),
  REMINDERS_RUN(Entity.REMINDERS);

  /** What a configuration change is about; each name is also a kind of audit entry. */
  public enum Entity {
    PERIOD,
    PERIOD_EXCEPTION,
    CONTACT,
    PLAN,
    REMINDERS
  }

  private final Entity entity;

  ConfigAction(Entity entity) {
    this.entity = entity;
  }

  public Entity entity() {
    return entity;
  }
}
