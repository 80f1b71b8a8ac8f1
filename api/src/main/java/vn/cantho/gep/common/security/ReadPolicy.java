package vn.cantho.gep.common.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may read which org unit's figures and reporting status: the one rule every read endpoint
 * follows (the table in the README, "Who reads what").
 *
 * <ul>
 *   <li>Admins, coordinators and viewers read every org unit, on every basis.
 *   <li>A reporter reads the approved figures of every org unit and scope: the city publishes them.
 *   <li>A reporter reads figures not yet reviewed (basis submitted) only of a scope that holds no
 *       unit but its own: not of another unit, nor of a scope with other units in it (the city, a
 *       district with communes under it).
 *   <li>A reporter reads the reporting status (submissions, their history and comparison, who
 *       submitted, late, returned, exceptions, rates) of its own unit only.
 *   <li>A reporter whose token names no org unit reads approved figures only.
 * </ul>
 */
public final class ReadPolicy {
  private static final Set<String> READ_EVERYTHING =
      Set.of(Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER);

  private ReadPolicy() {}

  /**
   * A caller as the rule sees it.
   *
   * @param seesAll whether it reads every org unit (admin, coordinator, viewer)
   * @param orgUnit the org unit its token binds it to; null when none
   */
  public record Reader(boolean seesAll, String orgUnit) {

    /** The reader of a caller with these realm roles and this org unit claim (or null). */
    public static Reader of(Collection<String> roles, String orgUnit) {
      return new Reader(roles.stream().anyMatch(READ_EVERYTHING::contains), orgUnit);
    }
  }

  /** Whether the reader may read the reporting status and submissions of an org unit. */
  public static boolean mayReadUnit(Reader reader, String orgUnit) {
    return reader.seesAll() || (reader.orgUnit() != null && reader.orgUnit().equals(orgUnit));
  }

  /**
   * The only org units whose reporting status the reader may list, or empty for every unit. A
   * reporter without an org unit gets an empty list: nothing.
   */
  public static Optional<List<String>> readableUnits(Reader reader) {
    if (reader.seesAll()) {
      return Optional.empty();
    }
    return Optional.of(reader.orgUnit() == null ? List.of() : List.of(reader.orgUnit()));
  }

  /**
   * Whether the reader may read the figures of a scope: approved ones always; unreviewed ones
   * (submitted, not yet approved) only when it may read every org unit of the scope.
   *
   * @param scope the scope's org unit and every unit below it; empty for an unknown org unit, which
   *     holds nothing to refuse (its lookup answers 404)
   * @param unreviewed whether figures not yet approved count
   */
  public static boolean mayReadFigures(
      Reader reader, Collection<String> scope, boolean unreviewed) {
    return !unreviewed || scope.stream().allMatch(unit -> mayReadUnit(reader, unit));
  }
}
