package vn.cantho.gep.testing;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the API tests: a real PostgreSQL, a real token issuer and a real SMTP server for every
 * test class (one application start for all), a clean database before each test, and request
 * helpers.
 */
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TestIssuer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TestMailServer.class, scope = TestResourceScope.GLOBAL)
public abstract class ApiTest {

  @BeforeEach
  void cleanDatabase() {
    Db.reset();
  }

  public static RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON);
  }

  /** A value with numerator and denominator. */
  public static Map<String, Object> value(String indicator, Number numerator, Number denominator) {
    return Map.of("indicator", indicator, "numerator", numerator, "denominator", denominator);
  }

  /** A value of one sex of a disaggregated indicator. */
  public static Map<String, Object> value(
      String indicator, String sex, Number numerator, Number denominator) {
    return Map.of(
        "indicator", indicator,
        "disaggregation", Map.of("sex", sex),
        "numerator", numerator,
        "denominator", denominator);
  }

  public static Map<String, Object> flag(String indicator, boolean flag) {
    return Map.of("indicator", indicator, "flag", flag);
  }

  public static Map<String, Object> body(
      String orgUnit, String period, List<Map<String, Object>> values) {
    return Map.of("orgUnit", orgUnit, "period", period, "values", values);
  }

  /** Creates a DRAFT as the org unit's reporter and returns its id. */
  public static String create(String orgUnit, String period, List<Map<String, Object>> values) {
    return as(Tokens.reporter(orgUnit))
        .body(body(orgUnit, period, values))
        .post("/api/v1/submissions")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** The submission's current version, as the ETag of its GET gives it. */
  public static int version(String id) {
    String tag =
        as(Tokens.viewer())
            .get("/api/v1/submissions/" + id)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    return Integer.parseInt(tag.replace("\"", ""));
  }

  /** If-Match naming a version, as the ETag gives it. */
  public static String ifMatch(int version) {
    return "\"" + version + "\"";
  }

  /** Submits as the org unit's reporter, on the version there is now. */
  public static Response submit(String orgUnit, String id, boolean allowMissing) {
    return as(Tokens.reporter(orgUnit))
        .header("If-Match", ifMatch(version(id)))
        .body(Map.of("allowMissing", allowMissing))
        .post("/api/v1/submissions/" + id + "/submit");
  }

  /** Approves as the coordinator, on the version there is now. */
  public static Response approve(String id) {
    return move(Tokens.coordinator(), id, "approve", null);
  }

  /**
   * A coordinator's move ({@code approve}, {@code return}, {@code reopen}) on the version there is
   * now; {@code body} null sends none.
   */
  public static Response move(String token, String id, String action, Object body) {
    RequestSpecification spec = as(token).header("If-Match", ifMatch(version(id)));
    if (body != null) {
      spec = spec.body(body);
    }
    return spec.post("/api/v1/submissions/" + id + "/" + action);
  }

  /** Returns a submission to its reporter with a reason, as the coordinator. */
  public static Response returnWithReason(String id, String reason) {
    return move(Tokens.coordinator(), id, "return", Map.of("reason", reason));
  }

  /** Creates, submits (missing values allowed) and approves: figures that count in attainment. */
  public static String approved(String orgUnit, String period, List<Map<String, Object>> values) {
    String id = create(orgUnit, period, values);
    submit(orgUnit, id, true).then().statusCode(200);
    approve(id).then().statusCode(200);
    return id;
  }

  /** Runs the call n times at once, all threads released together, and returns the answers. */
  public static List<Response> concurrently(int n, Callable<Response> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Response>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      start.countDown();
      List<Response> responses = new ArrayList<>();
      for (Future<Response> f : futures) {
        responses.add(f.get());
      }
      return responses;
    } finally {
      pool.shutdownNow();
    }
  }
}
