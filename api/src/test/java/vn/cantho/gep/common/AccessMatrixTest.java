package vn.cantho.gep.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.testing.ApiTest;
import vn.cantho.gep.testing.Tokens;

/**
 * Every endpoint against every role, and a reporter against their own and another org unit. A
 * reporter addressing another unit's submission by id gets 404 (its existence stays hidden); naming
 * another unit in a body or filter gets 403; a role that may not act gets 403.
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
