package vn.cantho.gep.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cantho.gep.testing.ApiTest;
import vn.cantho.gep.testing.Tokens;

/**
 * Every endpoint against every role, and a reporter against their own and another org unit. A
 * reporter addressing another unit's submission by id gets 404 (its existence stays hidden); naming
 * another unit in a body or filter gets 403; a role that may not act gets 403. Every read of
 * figures or reporting status follows {@code ReadPolicy}: a reporter reads approved figures of any
 * scope, unreviewed ones and reporting status of its own unit only.
 */
@QuarkusTest
class AccessMatrixTest extends ApiTest {
  static final String OWN = "ninh-kieu";
  static final String OTHER = "cai-rang";

  /** Who asks: role names mapped to tokens. */
  static Map<String, String> callers() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("admin", Tokens.admin());
    m.put("coordinator", Tokens.coordinator());
    m.put("viewer", Tokens.viewer());
    m.put("reporter-own", Tokens.reporter(OWN));
    m.put("reporter-other", Tokens.reporter(OTHER));
    m.put("no-role", Tokens.noRole());
    m.put("anonymous", null);
    return m;
  }

  /** One request; {@code version}, when not null, goes in If-Match. */
  record Case(
      String name,
      String method,
      String path,
      Object body,
      Map<String, Integer> expected,
      Integer version) {
    Case(String name, String method, String path, Object body, Map<String, Integer> expected) {
      this(name, method, path, body, expected, null);
    }
  }

  private static Map<String, Integer> expect(
      int admin, int coordinator, int viewer, int own, int other, int noRole) {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("admin", admin);
    m.put("coordinator", coordinator);
    m.put("viewer", viewer);
    m.put("reporter-own", own);
    m.put("reporter-other", other);
    m.put("no-role", noRole);
    m.put("anonymous", 401);
    return m;
  }

  @Test
  void readEndpointsAreOpenToEveryRoleButNotToOthers() {
    List<String> failures = new ArrayList<>();
    for (String path :
        List.of(
            "/api/v1/indicators",
            "/api/v1/indicators/1.1",
            "/api/v1/objectives",
            "/api/v1/org-units",
            "/api/v1/org-units/ninh-kieu",
            "/api/v1/periods",
            "/api/v1/periods/2024",
            "/api/v1/plans",
            "/api/v1/plans/2024",
            "/api/v1/plans/2024/targets",
            "/api/v1/attainment?period=2024",
            "/api/v1/attainment?period=2024&orgUnit=cai-rang",
            "/api/v1/attainment/summary?period=2024")) {
      check(
          new Case("GET " + path, "GET", path, null, expect(200, 200, 200, 200, 200, 403)),
          failures);
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void submissionEndpointsFollowRoleAndOrgUnit() {
    List<String> failures = new ArrayList<>();
    String draft = create(OWN, "2024", List.of(value("1.1", 14, 20)));
    String id = "/api/v1/submissions/" + draft;
    check(new Case("read", "GET", id, null, expect(200, 200, 200, 200, 404, 403)), failures);
    check(
        new Case("history", "GET", id + "/history", null, expect(200, 200, 200, 200, 404, 403)),
        failures);
    check(
        new Case(
            "list own",
            "GET",
            "/api/v1/submissions?orgUnit=" + OWN,
            null,
            expect(200, 200, 200, 200, 403, 403)),
        failures);
    check(
        new Case("list", "GET", "/api/v1/submissions", null, expect(200, 200, 200, 200, 200, 403)),
        failures);
    check(
        new Case(
            "create for own unit (other period)",
            "POST",
            "/api/v1/submissions",
            body(OWN, "2024S1", List.of()),
            expect(403, 403, 403, 201, 403, 403)),
        failures);
    check(
        new Case(
            "replace",
            "PUT",
            id,
            Map.of("version", 1, "values", List.of(value("1.1", 15, 20))),
            expect(403, 403, 403, 200, 404, 403)),
        failures);
    check(
        new Case(
            "approve a draft",
            "POST",
            id + "/approve",
            null,
            expect(403, 409, 403, 403, 403, 403),
            2),
        failures);
    check(
        new Case(
            "submit",
            "POST",
            id + "/submit",
            Map.of("allowMissing", true),
            expect(403, 403, 403, 200, 404, 403),
            2),
        failures);
    Map<String, Object> reason = Map.of("reason", "Lý do");
    check(
        new Case("return", "POST", id + "/return", reason, expect(403, 200, 403, 403, 403, 403), 3),
        failures);
    assertThat(failures).isEmpty();
  }

  @Test
  void aReporterSeesOnlyTheirOwnUnitInLists() {
    create(OWN, "2024", List.of());
    create(OTHER, "2024", List.of());
    Response own = as(Tokens.reporter(OWN)).get("/api/v1/submissions");
    assertThat(own.<List<String>>path("items.orgUnit")).containsExactly(OWN);
    Response all = as(Tokens.viewer()).get("/api/v1/submissions");
    assertThat(all.<List<String>>path("items.orgUnit")).containsExactly(OTHER, OWN);
    // an org_unit claim written as a one-element array binds too
    String asArray = Tokens.tokenWithClaim("reporter.ninh-kieu", List.of("reporter"), List.of(OWN));
    assertThat(as(asArray).get("/api/v1/submissions").<List<String>>path("items.orgUnit"))
        .containsExactly(OWN);
    String twoUnits =
        Tokens.tokenWithClaim("reporter.two", List.of("reporter"), List.of(OWN, OTHER));
    assertThat(as(twoUnits).get("/api/v1/submissions").<Integer>path("total")).isZero();
    // a reporter token without org_unit sees nothing and may create nothing
    String unbound = Tokens.token("lost", List.of("reporter"), null);
    assertThat(as(unbound).get("/api/v1/submissions").<Integer>path("total")).isZero();
    assertThat(
            as(unbound)
                .body(body(OWN, "2024S1", List.of()))
                .post("/api/v1/submissions")
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void importsAreForCoordinatorsAndReporters() {
    List<String> failures = new ArrayList<>();
    Map<String, Object> value = new LinkedHashMap<>(value("1.1", 14, 20));
    value.put("orgUnit", OWN);
    value.put("period", "2024S1");
    // another unit's reporter is answered 200 with the value rejected (ORG_UNIT_FORBIDDEN)
    check(
        new Case(
            "import",
            "POST",
            "/api/v1/imports",
            Map.of("values", List.of(value)),
            expect(403, 200, 403, 200, 200, 403)),
        failures);
    assertThat(failures).isEmpty();
  }

  @Test
  void approveAndReopenAreForCoordinatorsOnly() {
    List<String> failures = new ArrayList<>();
    String id = create(OWN, "2024", List.of(value("1.1", 14, 20)));
    submit(OWN, id, true).then().statusCode(200);
    String path = "/api/v1/submissions/" + id;
    check(
        new Case(
            "approve", "POST", path + "/approve", null, expect(403, 200, 403, 403, 403, 403), 2),
        failures);
    check(
        new Case(
            "reopen",
            "POST",
            path + "/reopen",
            Map.of("reason", "Lý do"),
            expect(403, 200, 403, 403, 403, 403),
            3),
        failures);
    assertThat(failures).isEmpty();
  }

  @Test
  void onlyAdminsChangeTargetsAndPeriods() {
    List<String> failures = new ArrayList<>();
    check(
        new Case(
            "target",
            "PUT",
            "/api/v1/plans/2024/targets/1.1",
            Map.of("comparator", "GE", "target", 65),
            expect(200, 403, 403, 403, 403, 403)),
        failures);
    check(
        new Case(
            "close",
            "POST",
            "/api/v1/periods/2024S1/close",
            null,
            expect(200, 403, 403, 403, 403, 403)),
        failures);
    check(
        new Case(
            "open",
            "POST",
            "/api/v1/periods/2024S1/open",
            null,
            expect(200, 403, 403, 403, 403, 403)),
        failures);
    assertThat(failures).isEmpty();
  }

  static final String CITY = "can-tho";

  /** A unit whose figures are approved: they count on every basis. */
  static final String APPROVED_UNIT = "co-do";

  /** Each reporting unit's submitted, unreviewed 1.1 figures: numbers that appear nowhere else. */
  static final Map<String, List<Integer>> UNREVIEWED =
      Map.of(OWN, List.of(43217, 87659), OTHER, List.of(51239, 97651));

  /** The callers of the read matrix, in the order of {@link Read#expected}. */
  static final List<String> READERS =
      List.of("admin", "coordinator", "viewer", "reporter-own", "reporter-other");

  /** Every unit's figures and status as the read matrix finds them. */
  record Setup(Map<String, String> submissionIds) {}

  /**
   * A read of figures or reporting status about {@link #OWN} (or the city containing it): the
   * answer expected by each of {@link #READERS}; {@code status} when the body names org units only
   * for their reporting status, so that no other unit's code may show to a reporter.
   */
  record Read(
      String name, String method, String path, Object body, int[] expected, boolean status) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static int[] e(int admin, int coordinator, int viewer, int own, int other) {
    return new int[] {admin, coordinator, viewer, own, other};
  }

  static Stream<Read> reads() {
    List<Read> reads = new ArrayList<>();
    for (String endpoint :
        List.of(
            "/api/v1/attainment?period=2024&",
            "/api/v1/attainment/summary?period=2024&",
            "/api/v1/attainment/series?indicator=1.1&")) {
      for (String scope : List.of(OWN, CITY)) {
        String path = endpoint + "orgUnit=" + scope;
        reads.add(
            new Read(path + " approved", "GET", path, null, e(200, 200, 200, 200, 200), false));
        reads.add(
            new Read(
                path + "&basis=approved",
                "GET",
                path + "&basis=approved",
                null,
                e(200, 200, 200, 200, 200),
                false));
        reads.add(
            new Read(
                path + "&basis=submitted",
                "GET",
                path + "&basis=submitted",
                null,
                scope.equals(OWN) ? e(200, 200, 200, 200, 403) : e(200, 200, 200, 403, 403),
                false));
      }
    }
    for (String scope : List.of(OWN, CITY)) {
      String attainment = "/api/v1/open-data/attainment?period=2024&orgUnit=" + scope;
      reads.add(new Read(attainment, "GET", attainment, null, e(200, 200, 200, 200, 200), false));
      String values = "/api/v1/open-data/values?period=2024&orgUnit=" + scope;
      reads.add(new Read(values, "GET", values, null, e(200, 200, 200, 403, 403), false));
    }
    for (String path :
        List.of(
            "/api/v1/reporting-status?period=2024",
            "/api/v1/reporting-status/due?withinDays=366",
            "/api/v1/reporting-rates?period=2024",
            "/api/v1/submissions",
            "/api/v1/periods/2024/exceptions")) {
      reads.add(new Read(path, "GET", path, null, e(200, 200, 200, 200, 200), true));
    }
    String own = "/api/v1/submissions/{own-id}";
    reads.add(
        new Read(
            "submissions?orgUnit=own",
            "GET",
            "/api/v1/submissions?orgUnit=" + OWN,
            null,
            e(200, 200, 200, 200, 403),
            true));
    for (String path : List.of(own, own + "/history", own + "/comparison")) {
      reads.add(new Read(path, "GET", path, null, e(200, 200, 200, 200, 404), true));
    }
    for (String path :
        List.of(
            "/api/v1/reports/2024",
            "/api/v1/reports/2024/workbook",
            "/api/v1/reports/2024/document",
            "/api/v1/reports/2024/draft")) {
      reads.add(new Read(path, "GET", path, null, e(200, 200, 200, 403, 403), true));
    }
    reads.add(
        new Read(
            "/api/v1/audit-events",
            "GET",
            "/api/v1/audit-events",
            null,
            e(200, 200, 403, 403, 403),
            true));
    Map<String, Object> value = new LinkedHashMap<>(value("1.1", 1, 2));
    value.put("orgUnit", OWN);
    value.put("period", "2024");
    reads.add(
        new Read(
            "import dry run into own's submitted report",
            "POST",
            "/api/v1/imports?dryRun=true",
            Map.of("values", List.of(value)),
            e(403, 200, 403, 200, 200),
            false));
    return reads.stream();
  }

  /**
   * Each unit with submitted, unreviewed 1.1 figures; {@link #APPROVED_UNIT} approved; an exception
   * for {@link #OWN}. Returns the submission ids by unit.
   */
  private static Setup figures() {
    Map<String, String> ids = new LinkedHashMap<>();
    UNREVIEWED.forEach(
        (unit, numbers) -> {
          String id = create(unit, "2024", List.of(value("1.1", numbers.get(0), numbers.get(1))));
          submit(unit, id, true).then().statusCode(200);
          ids.put(unit, id);
        });
    ids.put(APPROVED_UNIT, approved(APPROVED_UNIT, "2024", List.of(value("1.1", 11113, 22229))));
    as(Tokens.coordinator())
        .body(Map.of("until", "2099-12-31", "reason", "Cán bộ phụ trách nghỉ ốm"))
        .put("/api/v1/periods/2024/exceptions/" + OWN)
        .then()
        .statusCode(200);
    return new Setup(ids);
  }

  /**
   * Every read of figures or reporting status against every reader: the status the rule gives, and
   * in a 200 to a reporter nothing of another unit that is not approved: none of its unreviewed
   * numbers, not its submission's id, and (reporting status) not its code.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("reads")
  void readsFollowTheReadPolicy(Read read) {
    Setup setup = figures();
    String path = read.path().replace("{own-id}", setup.submissionIds().get(OWN));
    Map<String, String> callers = callers();
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < READERS.size(); i++) {
      String caller = READERS.get(i);
      var spec = given().contentType("application/json").auth().oauth2(callers.get(caller));
      if (read.body() != null) {
        spec = spec.body(read.body());
      }
      Response r = spec.request(read.method(), path);
      int expected = read.expected()[i];
      if (r.statusCode() != expected) {
        failures.add(
            caller + ": expected " + expected + " got " + r.statusCode() + " " + r.asString());
        continue;
      }
      if (expected >= 400) {
        assertThat(r.contentType()).startsWith("application/problem+json");
        if (read.path().contains("basis=submitted")) {
          assertThat(r.<String>path("code")).isEqualTo("BASIS_NOT_ALLOWED");
        }
        continue;
      }
      String foreign = foreignUnit(caller);
      if (foreign != null) {
        failures.addAll(leaks(caller, r.asString(), foreign, setup, read.status()));
        failures.addAll(onlyOwnCounted(caller, path, r));
      }
    }
    assertThat(failures).as(read.name()).isEmpty();
  }

  /** The unit whose unreviewed figures and status a reporter may not see; null for the others. */
  private static String foreignUnit(String caller) {
    return switch (caller) {
      case "reporter-own" -> OTHER;
      case "reporter-other" -> OWN;
      default -> null;
    };
  }

  /**
   * Answers that count rather than name units: a reporter's rates count its own unit alone, and an
   * import into another unit says only that it is forbidden.
   */
  private static List<String> onlyOwnCounted(String caller, String path, Response r) {
    if (path.contains("/reporting-rates") && r.<Integer>path("[0].overall.expected") != 1) {
      return List.of(caller + " counts other units in the rates: " + r.asString());
    }
    if (path.contains("/imports")
        && caller.equals("reporter-other")
        && !(r.<List<Object>>path("submissions").isEmpty()
            && "ORG_UNIT_FORBIDDEN".equals(r.path("rejections[0].code")))) {
      return List.of(caller + " imports into another unit: " + r.asString());
    }
    return List.of();
  }

  private static List<String> leaks(
      String caller, String body, String foreign, Setup setup, boolean status) {
    List<String> leaks = new ArrayList<>();
    for (int number : UNREVIEWED.get(foreign)) {
      if (body.matches("(?s).*(?<![0-9.])" + number + "(?![0-9]).*")) {
        leaks.add(caller + " sees " + foreign + "'s unreviewed " + number + ": " + body);
      }
    }
    if (body.contains(setup.submissionIds().get(foreign))) {
      leaks.add(caller + " sees " + foreign + "'s submission id: " + body);
    }
    if (status && body.contains("\"" + foreign + "\"")) {
      leaks.add(caller + " sees " + foreign + "'s reporting status: " + body);
    }
    return leaks;
  }

  /**
   * The checks above can fail: the unreviewed numbers, ids and codes they look for are in the
   * answers of those who may read them, and approved figures are in everybody's.
   */
  @Test
  void theGuardedFiguresShowToThoseWhoMayReadThem() {
    Setup setup = figures();
    String city = "/api/v1/attainment?period=2024&indicator=1.1&orgUnit=" + CITY;
    assertThat(as(Tokens.viewer()).get(city + "&basis=submitted").<Integer>path("[0].numerator"))
        .isEqualTo(43217 + 51239 + 11113);
    String own = "/api/v1/attainment?period=2024&indicator=1.1&orgUnit=" + OWN;
    assertThat(
            as(Tokens.reporter(OWN)).get(own + "&basis=submitted").<Integer>path("[0].numerator"))
        .isEqualTo(43217);
    assertThat(as(Tokens.reporter(OWN)).get(city).<Integer>path("[0].numerator")).isEqualTo(11113);
    String matrix = as(Tokens.coordinator()).get("/api/v1/reporting-status?period=2024").asString();
    assertThat(matrix).contains("\"" + OTHER + "\"", setup.submissionIds().get(OTHER));
    String ownMatrix =
        as(Tokens.reporter(OWN)).get("/api/v1/reporting-status?period=2024").asString();
    assertThat(ownMatrix).contains(setup.submissionIds().get(OWN));
  }

  /** A reporter whose token names no org unit reads approved figures only, and no status. */
  @Test
  void anUnboundReporterReadsApprovedFiguresOnly() {
    figures();
    String unbound = Tokens.token("lost", List.of("reporter"), null);
    String own = "/api/v1/attainment?period=2024&orgUnit=" + OWN;
    as(unbound).get(own).then().statusCode(200);
    as(unbound)
        .get(own + "&basis=submitted")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    assertThat(as(unbound).get("/api/v1/reporting-status?period=2024").<List<Object>>path("rows"))
        .isEmpty();
  }

  /**
   * Runs one case for every caller. Callers that succeed in changing state run last: each case
   * lists the one success so that the state before it is the same for every refused caller.
   */
  private static void check(Case c, List<String> failures) {
    Map<String, String> callers = callers();
    List<String> order = new ArrayList<>(callers.keySet());
    order.sort((a, b) -> Boolean.compare(c.expected().get(a) < 300, c.expected().get(b) < 300));
    for (String caller : order) {
      var spec = given().contentType("application/json");
      String token = callers.get(caller);
      if (token != null) {
        spec = spec.auth().oauth2(token);
      }
      if (c.body() != null) {
        spec = spec.body(c.body());
      }
      if (c.version() != null) {
        spec = spec.header("If-Match", ifMatch(c.version()));
      }
      Response r = spec.request(c.method(), c.path());
      int expected = c.expected().get(caller);
      if (r.statusCode() != expected) {
        failures.add(
            c.name()
                + " as "
                + caller
                + ": expected "
                + expected
                + " got "
                + r.statusCode()
                + " "
                + r.asString());
      } else if (expected >= 400) {
        assertThat(r.contentType()).startsWith("application/problem+json");
      }
    }
  }
}
