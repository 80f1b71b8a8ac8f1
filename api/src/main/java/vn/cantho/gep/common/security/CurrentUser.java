package vn.cantho.gep.common.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.cantho.gep.common.error.DomainException;
import vn.cantho.gep.common.error.ErrorCode;
import vn.cantho.gep.config.GepConfig;

/** The caller of the current request: name, roles and, for a reporter, the one org unit. */
@RequestScoped
public class CurrentUser {
  @Inject SecurityIdentity identity;
  @Inject JsonWebToken token;
  @Inject GepConfig config;

  /** The caller's stable identity, recorded with every change: the token's subject. */
  public String id() {
    String subject = token.getSubject();
    if (subject != null && !subject.isBlank()) {
      return subject;
    }
    return identity.getPrincipal().getName();
  }

  /** The name shown beside a change: the token's preferred username, else its subject. */
  public String name() {
    String preferred = token.getClaim("preferred_username");
    if (preferred != null && !preferred.isBlank()) {
      return preferred;
    }
    return identity.getPrincipal().getName();
  }

  public boolean is(String role) {
    return identity.hasRole(role);
  }

  /** The caller as {@link ReadPolicy} sees it: its roles and its org unit. */
  public ReadPolicy.Reader reader() {
    return ReadPolicy.Reader.of(identity.getRoles(), orgUnit().orElse(null));
  }

  /**
   * The org unit of a reporter: the token's {@code org_unit} claim. Only in dev mode, where the
   * in-process OIDC server cannot add claims, a configured demo mapping from user name stands in.
   */
  public Optional<String> orgUnit() {
    String claimed = claimedOrgUnit(token.getClaim(Roles.ORG_UNIT_CLAIM));
    if (claimed != null) {
      return Optional.of(claimed);
    }
    if (LaunchMode.current() == LaunchMode.DEVELOPMENT) {
      var demo = config.devReporterOrgUnits();
      return Optional.ofNullable(demo.getOrDefault(name(), demo.get(token.getSubject())));
    }
    return Optional.empty();
  }

  /**
   * The claim's org unit code: a string, or a one-element array as an identity provider writes a
   * user attribute that may hold several values. Anything else binds to no org unit.
   */
  static String claimedOrgUnit(Object claim) {
    Object value = claim;
    if (value instanceof jakarta.json.JsonArray array) {
      value = array.size() == 1 ? array.get(0) : null;
    } else if (value instanceof java.util.Collection<?> list) {
      value = list.size() == 1 ? list.iterator().next() : null;
    }
    if (value instanceof jakarta.json.JsonString string) {
      value = string.getString();
    }
    if (value instanceof String code && !code.isBlank()) {
      return code.strip();
    }
    return null;
  }

  /** Whether the caller may read the reporting status and submissions of an org unit. */
  public boolean mayRead(String orgUnitCode) {
    return ReadPolicy.mayReadUnit(reader(), orgUnitCode);
  }

  /** The only org units whose reporting status the caller may list, or empty for every unit. */
  public Optional<List<String>> readableUnits() {
    return ReadPolicy.readableUnits(reader());
  }

  /**
   * Fails with 403 {@code BASIS_NOT_ALLOWED} unless the caller may read the figures of a scope on
   * this basis (see {@link ReadPolicy#mayReadFigures}).
   *
   * @param orgUnitCode the scope's org unit, as the caller named it
   * @param scope that org unit and every unit below it
   * @param unreviewed whether figures not yet approved count
   */
  public void requireFigures(String orgUnitCode, Collection<String> scope, boolean unreviewed) {
    if (!ReadPolicy.mayReadFigures(reader(), scope, unreviewed)) {
      throw new DomainException(
          ErrorCode.BASIS_NOT_ALLOWED,
          "Only approved figures of "
              + orgUnitCode
              + " are open to you: figures not yet reviewed are shown to their own org unit's"
              + " reporter and to coordinators, viewers and admins; ask for basis=approved");
    }
  }

  /** Whether the caller is the reporter of that org unit (and so may write its figures). */
  public boolean isReporterOf(String orgUnitCode) {
    return is(Roles.REPORTER) && orgUnit().map(orgUnitCode::equals).orElse(false);
  }

  /** Fails with 403 unless the caller is the reporter of that org unit. */
  public void requireReporterOf(String orgUnitCode) {
    if (!is(Roles.REPORTER)) {
      throw new DomainException(ErrorCode.FORBIDDEN, "Only a reporter may do this");
    }
    if (!isReporterOf(orgUnitCode)) {
      throw new DomainException(
          ErrorCode.ORG_UNIT_FORBIDDEN,
          "You report for "
              + orgUnit().orElse("no org unit")
              + " and may not act for "
              + orgUnitCode);
    }
  }

  /** The caller as recorded with a change: subject and name. */
  public Actor actor() {
    return new Actor(id(), name());
  }
}
