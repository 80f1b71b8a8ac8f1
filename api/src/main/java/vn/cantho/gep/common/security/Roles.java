package vn.cantho.gep.common.security;

/**
 * Realm roles of the {@code gender-equality} realm, as they appear in tokens. Mirrored in the SPA.
 */
public final class Roles {
  /** Changes the plan: targets, periods. */
  public static final String ADMIN = "admin";

  /** so-ldtbxh staff: reviews, approves, returns and reopens every unit's submissions. */
  public static final String COORDINATOR = "coordinator";

  /** Enters and submits the figures of the one org unit named by the token's {@code org_unit}. */
  public static final String REPORTER = "reporter";

  /** Reads everything, changes nothing (leaders, auditors). */
  public static final String VIEWER = "viewer";

  /** The token claim that binds a reporter to an org unit code. */
  public static final String ORG_UNIT_CLAIM = "org_unit";

  private Roles() {}
}
