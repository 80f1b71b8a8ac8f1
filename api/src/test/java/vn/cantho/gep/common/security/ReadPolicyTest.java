package vn.cantho.gep.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cantho.gep.common.security.ReadPolicy.Reader;

/** The read rule without a server: every role against its own unit, another and the city. */
class ReadPolicyTest {
  static final List<String> OWN = List.of("ninh-kieu");
  static final List<String> OTHER = List.of("co-do");
  static final List<String> CITY = List.of("can-tho", "ninh-kieu", "co-do", "so-y-te");
  static final List<String> DISTRICT_WITH_COMMUNES = List.of("ninh-kieu", "an-hoa", "cai-khe");

  static Reader reader(String who) {
    return switch (who) {
      case "admin" -> Reader.of(Set.of(Roles.ADMIN), null);
      case "coordinator" -> Reader.of(Set.of(Roles.COORDINATOR), null);
      case "viewer" -> Reader.of(Set.of(Roles.VIEWER), null);
      case "reporter" -> Reader.of(Set.of(Roles.REPORTER), "ninh-kieu");
      case "unbound-reporter" -> Reader.of(Set.of(Roles.REPORTER), null);
      case "reporter-and-viewer" -> Reader.of(Set.of(Roles.REPORTER, Roles.VIEWER), "ninh-kieu");
      default -> throw new IllegalArgumentException(who);
    };
  }

  static List<String> scope(String name) {
    return switch (name) {
      case "own" -> OWN;
      case "other" -> OTHER;
      case "city" -> CITY;
      case "own-with-communes" -> DISTRICT_WITH_COMMUNES;
      default -> throw new IllegalArgumentException(name);
    };
  }

  @ParameterizedTest(name = "{0} reads {1}: approved {2}, submitted {3}")
  @CsvSource({
    "admin, own, true, true",
    "admin, other, true, true",
    "admin, city, true, true",
    "coordinator, other, true, true",
    "coordinator, city, true, true",
    "viewer, other, true, true",
    "viewer, city, true, true",
    "reporter-and-viewer, city, true, true",
    "reporter, own, true, true",
    "reporter, other, true, false",
    "reporter, city, true, false",
    "reporter, own-with-communes, true, false",
    "unbound-reporter, own, true, false",
    "unbound-reporter, city, true, false",
  })
  void figuresByBasis(String who, String scope, boolean approved, boolean submitted) {
    assertThat(ReadPolicy.mayReadFigures(reader(who), scope(scope), false)).isEqualTo(approved);
    assertThat(ReadPolicy.mayReadFigures(reader(who), scope(scope), true)).isEqualTo(submitted);
  }

  @ParameterizedTest(name = "{0} reads the status of {1}: {2}")
  @CsvSource({
    "admin, co-do, true",
    "coordinator, co-do, true",
    "viewer, co-do, true",
    "reporter, ninh-kieu, true",
    "reporter, co-do, false",
    "reporter, can-tho, false",
    "unbound-reporter, ninh-kieu, false",
  })
  void reportingStatusOfOneUnit(String who, String unit, boolean may) {
    assertThat(ReadPolicy.mayReadUnit(reader(who), unit)).isEqualTo(may);
  }

  @Test
  void aReporterListsOnlyItsOwnUnitAndAnUnboundOneNothing() {
    assertThat(ReadPolicy.readableUnits(reader("reporter"))).contains(List.of("ninh-kieu"));
    assertThat(ReadPolicy.readableUnits(reader("unbound-reporter"))).contains(List.of());
    for (String who : List.of("admin", "coordinator", "viewer", "reporter-and-viewer")) {
      assertThat(ReadPolicy.readableUnits(reader(who))).as(who).isEqualTo(Optional.empty());
    }
  }
}
