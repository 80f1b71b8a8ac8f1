package vn.cantho.gep.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.testing.ApiTest;
import vn.cantho.gep.testing.Db;
import vn.cantho.gep.testing.Tokens;

/**
 * A fuzz run: well over a thousand malformed or hostile requests (wrong types, huge numbers, deep
 * JSON, 10 MB bodies, odd Unicode, SQL and script fragments) against every writing endpoint and the
 * reads, then numbers built to exhaust memory or time in every numeric field. None may answer 5xx,
 * and none may write: every table's row count stays the same.
 */
@QuarkusTest
class HostileRequestsTest extends ApiTest {
  static final int REQUESTS = 1000;
  static final List<String> TABLES =
      List.of(
          "submission",
          "submission_value",
          "submission_event",
          "idempotency_record",
          "target",
          "target_change",
          "org_unit",
          "period where open",
          "plan",
          "plan_reporter",
          "indicator",
          "national_milestone",
          "milestone_change",
          "report_draft",
          "period_exception",
          "period where opens_on is not null or closes_on is not null");

  static final List<String> STRINGS =
      List.of(
          "",
          " ",
          "'; drop table submission; --",
          "' or '1'='1",
          "1; update target set target_value = 0",
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "\u0000",
          "ninh-kieu\u0000",
          "\uFEFFninh-kieu",
          "ninh\u202Ekieu",
          "𝕟𝕚𝕟𝕙-𝕜𝕚𝕖𝕦",
          "Ninh-Kiều",
          "../../../etc/passwd",
          "%00%27",
          "${jndi:ldap://127.0.0.1/x}",
          "{{7*7}}",
          "x".repeat(10_000),
          "🙂".repeat(500),
          "null",
          "2024Q9",
          "99999",
          "-1",
          "NaN");

  /** Numbers a figure can never take ("14" as a string would be read as 14, so it is absent). */
  static final List<Object> NUMBERS =
      List.of(
          -1,
          -0.000001,
          "abc",
          "1,5",
          true,
          List.of(1),
          Map.of("n", 1),
          new java.math.BigDecimal("1e400"),
          new java.math.BigDecimal("-1e400"),
          new java.math.BigDecimal("123456789012345678901234567890.1234567"),
          new java.math.BigDecimal("0.0000000000000000000000001"),
          new java.math.BigDecimal("1e999999999"),
          new java.math.BigDecimal("-1e999999999"),
          new java.math.BigDecimal("1e-999999999"),
          new java.math.BigInteger("9".repeat(10_000)),
          Double.NaN,
          Double.POSITIVE_INFINITY,
          Double.NEGATIVE_INFINITY);

  /**
   * Numbers built to cost memory or time if anything wrote them out or converted them, as JSON
   * literals (some not valid JSON, some strings standing for numbers); {@code -0} and {@code
   * 0e-...} are zero and must be read as such.
   */
  static final List<String> EXHAUSTING =
      List.of(
          "1e999999999",
          "-1e999999999",
          "1e-999999999",
          "-1e-999999999",
          "1E+2147483647",
          "1e-2147483648",
          "1e2147483648",
          "9".repeat(10_000),
          "-" + "9".repeat(10_000),
          "0." + "0".repeat(10_000) + "1",
          "1".repeat(30_000),
          "NaN",
          "Infinity",
          "-Infinity",
          "-0",
          "-0.0",
          "0e-999999999",
          "+1",
          "0x1F",
          "\"1e999999999\"",
          "\"NaN\"",
          "\"-Infinity\"");

  /** Longest text put in a query parameter: a request line takes at most 4,096 characters. */
  static final int MAX_QUERY_NUMBER = 3_000;

  /** The hostile strings that can travel in a header. */
  static final List<String> HEADER_STRINGS =
      STRINGS.stream()
          .filter(t -> !t.isEmpty() && t.chars().allMatch(c -> c >= 0x21 && c <= 0x7e))
          .toList();

  final Random random = new Random(9457);

  @Test
  void aThousandHostileRequestsAnswerNo5xxAndWriteNothing() throws Exception {
    String id = existingSubmission();
    Map<String, Long> before = counts();
    List<Supplier<Answer>> kinds = kinds(id);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      Answer r = kinds.get(i % kinds.size()).get();
      if (r.status() >= 500) {
        failures.add(i + ": " + r.status() + " " + r.body());
      }
    }
    for (int size : new int[] {10 * 1024 * 1024, 9 * 1024 * 1024}) {
      String answer = rawPost("/api/v1/imports", size, false);
      assertThat(answer).startsWith("HTTP/1.1 413").contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
    }
    assertThat(failures).isEmpty();
    assertThat(counts()).isEqualTo(before);
  }

  /**
   * Every numeric field of every endpoint (and every date, flag and enum a number can be given
   * for), both import formats, the If-Match version and the numeric query and path parameters, each
   * with every number of {@link #EXHAUSTING}: none answers 5xx or slowly, and nothing is written.
   * Each body is otherwise such that a number read as valid ({@code -0}) is still refused by a rule
   * or only dry-run, so that any write is a failure.
   */
  @Test
  void numbersBuiltToExhaustMemoryOrTimeInEveryNumericFieldAnswerAtOnceAndWriteNothing() {
    String id = existingSubmission();
    Map<String, Long> before = counts();
    List<String> failures = new ArrayList<>();
    long slowest = 0;
    int requests = 0;
    for (Map.Entry<String, Function<String, Answer>> field : numericFields(id).entrySet()) {
      for (String number : EXHAUSTING) {
        long start = System.nanoTime();
        Answer r = field.getValue().apply(number);
        long millis = (System.nanoTime() - start) / 1_000_000;
        slowest = Math.max(slowest, millis);
        requests++;
        if (r.status() >= 500 || millis > MAX_MILLIS) {
          failures.add(
              field.getKey()
                  + " = "
                  + (number.length() > 40 ? number.substring(0, 40) + "..." : number)
                  + ": "
                  + r.status()
                  + " in "
                  + millis
                  + " ms "
                  + (r.body().length() > 300 ? r.body().substring(0, 300) : r.body()));
        }
      }
    }
    assertThat(requests).isGreaterThan(700);
    assertThat(failures).as("slowest " + slowest + " ms").isEmpty();
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void aBodyOverTheLimitIsAProblem() throws Exception {
    String answer = rawPost("/api/v1/imports", 10 * 1024 * 1024, false);
    assertThat(answer)
        .startsWith("HTTP/1.1 413")
        .contains("application/problem+json")
        .contains("\"code\":\"PAYLOAD_TOO_LARGE\"")
        .contains("\"maxBytes\":8388608");
    assertThat(Db.count("select count(*) from submission")).isZero();
  }

  /**
   * A valid import padded with whitespace to 9 MB and sent in chunks (no Content-Length): under the
   * limit it would write a submission, over it the answer is the same problem as for a declared
   * length, and nothing is written.
   */
  @Test
  void aChunkedBodyOverTheLimitIsTheSameProblemAndWritesNothing() throws Exception {
    String value =
        "{\"values\":[{\"orgUnit\":\"ninh-kieu\",\"period\":\"2024\",\"indicator\":\"1.1\","
            + "\"numerator\":14,\"denominator\":20}]";
    Map<String, Long> before = counts();
    String answer =
        rawPost("/api/v1/imports", value.getBytes(StandardCharsets.UTF_8), 9 * 1024 * 1024, true);
    assertThat(answer).startsWith("HTTP/1.1 413");
    String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase();
    assertThat(head).contains("content-type: application/problem+json");
    String problem = answer.substring(answer.indexOf("\r\n\r\n") + 4);
    assertThat(problem)
        .contains("\"status\":413")
        .contains("\"code\":\"PAYLOAD_TOO_LARGE\"")
        .contains("\"maxBytes\":8388608");
    assertThat(counts()).isEqualTo(before);
    // the same body just under the limit goes through: the limit, not the body, refused it
    String accepted =
        rawPost("/api/v1/imports", value.getBytes(StandardCharsets.UTF_8), 7 * 1024 * 1024, true);
    assertThat(accepted).startsWith("HTTP/1.1 200").contains("\"imported\":1");
    assertThat(Db.count("select count(*) from submission_value"))
        .isEqualTo(before.get("submission_value") + 1);
  }

  private String existingSubmission() {
    return as(Tokens.reporter("ninh-kieu"))
        .body(body("ninh-kieu", "2024", List.of(value("1.1", 14, 20))))
        .post("/api/v1/submissions")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private List<Supplier<Answer>> kinds(String id) {
    String reporter = Tokens.reporter("ninh-kieu");
    String coordinator = Tokens.coordinator();
    String admin = Tokens.admin();
    List<Supplier<Answer>> kinds = new ArrayList<>();
    kinds.add(
        () ->
            req(reporter)
                .body(
                    body(
                        pick(List.of("ninh-kieu", any())),
                        pick(List.of("2024", any())),
                        List.of(hostileValue())))
                .post("/api/v1/submissions"));
    kinds.add(
        () -> req(coordinator).body(Map.of("values", hostileImport())).post("/api/v1/imports"));
    kinds.add(
        () ->
            req(reporter)
                .contentType("text/csv")
                .body(
                    "orgUnit,period,indicator,sex,numerator,denominator,flag\n"
                        + csv(any())
                        + ","
                        + csv(any())
                        + ",1.1,,"
                        + csv(String.valueOf(pick(NUMBERS)))
                        + ",20,\n")
                .post("/api/v1/imports"));
    kinds.add(
        () ->
            req(reporter)
                .header("If-Match", pick(List.of("1", "\"1\"", "W/\"1\"")))
                .body(Map.of("values", List.of(hostileValue())))
                .put("/api/v1/submissions/" + id));
    kinds.add(
        () ->
            req(reporter)
                .header("If-Match", pick(HEADER_STRINGS))
                .body(Map.of("values", List.of(value("1.1", 1, 2))))
                .put("/api/v1/submissions/" + id));
    kinds.add(
        () ->
            req(pick(List.of(reporter, coordinator)))
                .body(Map.of("reason", any()))
                .post(
                    "/api/v1/submissions/"
                        + pick(List.of(id + "x", "00000000-0000-0000-0000-000000000000", any()))
                        + "/"
                        + pick(List.of("submit", "approve", "return", "reopen"))));
    kinds.add(
        () ->
            req(admin)
                .body(
                    Map.of(
                        "comparator",
                        pick(List.of("GE", any())),
                        "target",
                        pick(NUMBERS),
                        "baseline",
                        pick(NUMBERS)))
                .put("/api/v1/plans/" + pick(List.of("2024", any())) + "/targets/1.1"));
    kinds.add(() -> req(reporter).body(deepJson()).post("/api/v1/submissions"));
    kinds.add(() -> req(coordinator).body(deepJson()).post("/api/v1/imports"));
    kinds.add(
        () ->
            req(coordinator)
                .body(garbage())
                .contentType(
                    pick(List.of("application/json", "text/csv", "application/xml", "text/plain")))
                .post("/api/v1/imports"));
    kinds.add(
        () ->
            req(coordinator)
                .header("Idempotency-Key", pick(List.of("k".repeat(256), "k".repeat(300))))
                .body(Map.of("values", List.of(importValue("ninh-kieu", "2024"))))
                .post("/api/v1/imports"));
    kinds.add(
        () ->
            req(Tokens.viewer())
                .queryParam("period", any())
                .queryParam("orgUnit", any())
                .queryParam("basis", any())
                .get(pick(List.of("/api/v1/attainment", "/api/v1/attainment/summary"))));
    kinds.add(
        () ->
            req(coordinator)
                .queryParam("orgUnit", any())
                .queryParam("period", any())
                .queryParam("status", any())
                .queryParam("page", pick(List.of("-1", "99999999999", "x")))
                .get("/api/v1/submissions"));
    kinds.add(
        () ->
            req(pick(
                    List.of(
                        Tokens.tampered(),
                        Tokens.unsigned(),
                        Tokens.expired(),
                        pick(HEADER_STRINGS))))
                .body(Map.of("values", List.of(importValue("ninh-kieu", "2024"))))
                .post("/api/v1/imports"));
    kinds.add(
        () -> req(admin).post("/api/v1/periods/" + any() + "/" + pick(List.of("close", "open"))));
    return kinds;
  }

  /** Slowest answer allowed to a hostile number: generous for a loaded 2-core machine. */
  static final long MAX_MILLIS = 5_000;

  /**
   * Each numeric field by where it travels, as a request that puts a number's text there. A number
   * read as valid still writes nothing: the yes/no indicator 5.1 takes no numbers, a value of the
   * unknown indicator 9.9 sits beside a figure, imports are dry runs, dates fall outside their
   * window, drafts lack their number, submits name no submission.
   */
  private Map<String, Function<String, Answer>> numericFields(String id) {
    String reporter = Tokens.reporter("ninh-kieu");
    String coordinator = Tokens.coordinator();
    String admin = Tokens.admin();
    String unknown = "{\"indicator\":\"9.9\"}";
    Map<String, Function<String, Answer>> fields = new LinkedHashMap<>();
    fields.put(
        "POST /submissions values[0].numerator",
        n ->
            req(reporter)
                .body(submissionJson(ratioJson("1.1", n, "1") + "," + unknown))
                .post("/api/v1/submissions"));
    fields.put(
        "POST /submissions values[0].denominator",
        n ->
            req(reporter)
                .body(submissionJson(ratioJson("1.1", "1", n) + "," + unknown))
                .post("/api/v1/submissions"));
    fields.put(
        "PUT /submissions/{id} values[0].numerator",
        n ->
            req(reporter)
                .header("If-Match", "\"1\"")
                .body("{\"values\":[" + ratioJson("1.1", n, "1") + "," + unknown + "]}")
                .put("/api/v1/submissions/" + id));
    fields.put(
        "PUT /submissions/{id} values[0].denominator",
        n ->
            req(reporter)
                .header("If-Match", "\"1\"")
                .body("{\"values\":[" + ratioJson("1.1", "1", n) + "," + unknown + "]}")
                .put("/api/v1/submissions/" + id));
    fields.put(
        "PUT /submissions/{id} version",
        n ->
            req(reporter)
                .body("{\"version\":" + n + ",\"values\":[" + unknown + "]}")
                .put("/api/v1/submissions/" + id));
    fields.put(
        "PUT /submissions/{id} If-Match",
        n ->
            req(reporter)
                .header("If-Match", "\"" + queryNumber(n) + "\"")
                .body("{\"values\":[" + unknown + "]}")
                .put("/api/v1/submissions/" + id));
    fields.put(
        "POST /submissions/{id}/submit allowMissing",
        n ->
            req(reporter)
                .body("{\"allowMissing\":" + n + "}")
                .post("/api/v1/submissions/00000000-0000-0000-0000-000000000000/submit"));
    for (String field : List.of("numerator", "denominator")) {
      String numerator = field.equals("numerator") ? "%s" : "1";
      String denominator = field.equals("denominator") ? "%s" : "1";
      fields.put(
          "POST /imports?dryRun=true JSON values[0]." + field,
          n ->
              req(pick(List.of(reporter, coordinator)))
                  .body(
                      "{\"values\":[{\"orgUnit\":\"ninh-kieu\",\"period\":\"2024\","
                          + ratioJson("1.1", numerator.formatted(n), denominator.formatted(n))
                              .substring(1)
                          + "]}")
                  .post("/api/v1/imports?dryRun=true"));
      fields.put(
          "POST /imports?dryRun=true CSV " + field,
          n ->
              req(pick(List.of(reporter, coordinator)))
                  .contentType("text/csv")
                  .body(
                      "orgUnit,period,indicator,sex,numerator,denominator,flag\n"
                          + "ninh-kieu,2024,1.1,,"
                          + numerator.formatted(csv(n.replace("\"", "")))
                          + ","
                          + denominator.formatted(csv(n.replace("\"", "")))
                          + ",\n")
                  .post("/api/v1/imports?dryRun=true"));
    }
    fields.put(
        "POST /imports?dryRun=true JSON values[0].flag",
        n ->
            req(reporter)
                .body(
                    "{\"values\":[{\"orgUnit\":\"ninh-kieu\",\"period\":\"2024\","
                        + "\"indicator\":\"5.1\",\"flag\":"
                        + n
                        + "}]}")
                .post("/api/v1/imports?dryRun=true"));
    fields.put(
        "PUT /plans/2024/targets/5.1 target",
        n ->
            req(admin)
                .body("{\"comparator\":\"TRUE\",\"target\":" + n + "}")
                .put("/api/v1/plans/2024/targets/5.1"));
    fields.put(
        "PUT /plans/2024/targets/5.1 baseline",
        n ->
            req(admin)
                .body("{\"comparator\":\"TRUE\",\"baseline\":" + n + "}")
                .put("/api/v1/plans/2024/targets/5.1"));
    fields.put(
        "PUT /plans/2024/targets/1.1 comparator",
        n -> req(admin).body("{\"comparator\":" + n + "}").put("/api/v1/plans/2024/targets/1.1"));
    fields.put(
        "PUT /milestones/5.1/2030 target",
        n ->
            req(admin)
                .body("{\"comparator\":\"TRUE\",\"target\":" + n + "}")
                .put("/api/v1/milestones/5.1/2030"));
    fields.put(
        "POST /plans year",
        n ->
            req(admin)
                .body("{\"year\":" + n + ",\"copyFrom\":2024,\"titleVi\":\"x\"}")
                .post("/api/v1/plans"));
    fields.put(
        "POST /plans copyFrom",
        n ->
            req(admin)
                .body("{\"year\":2025,\"copyFrom\":" + n + ",\"titleVi\":\"x\"}")
                .post("/api/v1/plans"));
    for (String field : List.of("version", "issuedOn")) {
      fields.put(
          "PUT /reports/2024/draft " + field,
          n ->
              req(coordinator)
                  .body(
                      "{\"number\":\"\",\"subject\":\"s\",\"signerName\":\"a\","
                          + "\"signerTitle\":\"b\",\"recipients\":[],\"narratives\":{},"
                          + (field.equals("version")
                              ? "\"issuedOn\":\"2024-12-20\",\"version\":" + n
                              : "\"version\":0,\"issuedOn\":" + n)
                          + "}")
                  .put("/api/v1/reports/2024/draft"));
    }
    fields.put(
        "PUT /periods/2024/window opensOn",
        n ->
            req(admin)
                .body("{\"opensOn\":" + n + ",\"closesOn\":\"1960-01-01\"}")
                .put("/api/v1/periods/2024/window"));
    fields.put(
        "PUT /periods/2024/window closesOn",
        n ->
            req(admin)
                .body("{\"opensOn\":\"2100-01-01\",\"closesOn\":" + n + "}")
                .put("/api/v1/periods/2024/window"));
    fields.put(
        "PUT /periods/2024/exceptions/co-do until",
        n ->
            req(coordinator)
                .body("{\"until\":" + n + ",\"reason\":\"r\"}")
                .put("/api/v1/periods/2024/exceptions/co-do"));
    for (String[] query :
        new String[][] {
          {"/api/v1/submissions", "page"},
          {"/api/v1/submissions", "size"},
          {"/api/v1/audit-events", "page"},
          {"/api/v1/audit-events", "size"},
          {"/api/v1/periods", "year"},
          {"/api/v1/indicators", "year"},
          {"/api/v1/indicators/1.1", "year"},
          {"/api/v1/reporting-status/due", "withinDays"},
          {"/api/v1/reminders", "limit"}
        }) {
      fields.put(
          "GET " + query[0] + "?" + query[1],
          n -> req(admin).queryParam(query[1], queryNumber(n)).get(query[0]));
    }
    fields.put("GET /plans/{year}", n -> req(admin).get("/api/v1/plans/" + queryNumber(n)));
    fields.put(
        "GET /plans/{year}/targets",
        n -> req(admin).get("/api/v1/plans/" + queryNumber(n) + "/targets"));
    fields.put(
        "DELETE /milestones/3.1/{year}",
        n -> req(admin).send("DELETE", "/api/v1/milestones/3.1/" + queryNumber(n)));
    return fields;
  }

  private static String submissionJson(String values) {
    return "{\"orgUnit\":\"ninh-kieu\",\"period\":\"2024\",\"values\":[" + values + "]}";
  }

  private static String ratioJson(String indicator, String numerator, String denominator) {
    return "{\"indicator\":\""
        + indicator
        + "\",\"numerator\":"
        + numerator
        + ",\"denominator\":"
        + denominator
        + "}";
  }

  /** A number as a parameter or header: its text without quotes, within a request line. */
  private static String queryNumber(String number) {
    String text = number.replace("\"", "");
    return text.length() <= MAX_QUERY_NUMBER ? text : text.substring(0, MAX_QUERY_NUMBER);
  }

  /** A status and body. */
  record Answer(int status, String body) {}

  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  static final ObjectMapper JSON = new ObjectMapper();

  Req req(String token) {
    return new Req(token);
  }

  /** A request built the way REST Assured's are, sent without its logging (deep JSON). */
  final class Req {
    final HttpRequest.Builder builder;
    String contentType = "application/json";
    byte[] body = new byte[0];
    final Map<String, String> query = new LinkedHashMap<>();

    Req(String token) {
      builder = HttpRequest.newBuilder().header("Authorization", "Bearer " + token);
    }

    Req header(String name, String value) {
      builder.header(name, value);
      return this;
    }

    Req contentType(String type) {
      contentType = type;
      return this;
    }

    Req queryParam(String name, String value) {
      query.put(name, value);
      return this;
    }

    Req body(Object value) {
      try {
        body =
            value instanceof byte[] b
                ? b
                : value instanceof String text
                    ? text.getBytes(StandardCharsets.UTF_8)
                    : JSON.writeValueAsBytes(value);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      return this;
    }

    Answer post(String path) {
      return send("POST", path);
    }

    Answer put(String path) {
      return send("PUT", path);
    }

    Answer get(String path) {
      return send("GET", path);
    }

    Answer send(String method, String path) {
      StringBuilder uri = new StringBuilder("http://127.0.0.1:" + RestAssured.port + encode(path));
      String sep = "?";
      for (var e : query.entrySet()) {
        uri.append(sep).append(e.getKey()).append('=').append(encode(e.getValue()));
        sep = "&";
      }
      try {
        return attempt(method, uri.toString());
      } catch (java.io.IOException closed) {
        // a keep-alive connection the server had closed after its previous answer: once more
        try {
          return attempt(method, uri.toString());
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    Answer attempt(String method, String uri) throws Exception {
      {
        HttpResponse<String> r =
            HTTP.send(
                builder
                    .uri(URI.create(uri))
                    .header("Content-Type", contentType)
                    .method(
                        method,
                        method.equals("GET")
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body());
      }
    }
  }

  /** Percent-encodes all but unreserved characters and slashes, so that any string is a path. */
  static String encode(String text) {
    StringBuilder b = new StringBuilder();
    for (byte c : text.getBytes(StandardCharsets.UTF_8)) {
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "-._~/".indexOf(c) >= 0) {
        b.append((char) c);
      } else {
        b.append('%').append(String.format("%02X", c & 0xff));
      }
    }
    return b.toString();
  }

  private Map<String, Object> hostileValue() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("indicator", pick(List.of("1.1", "4.1", "5.1", "5.2a", any())));
    if (random.nextBoolean()) {
      v.put("disaggregation", Map.of(pick(List.of("sex", any())), any()));
    }
    v.put("numerator", pick(NUMBERS));
    v.put("denominator", pick(List.of(20, pick(NUMBERS))));
    if (random.nextInt(4) == 0) {
      v.put(any().isEmpty() ? "extra" : "flag", pick(List.of("yes", 1, List.of())));
    }
    return v;
  }

  private Map<String, Object> importValue(String orgUnit, String period) {
    Map<String, Object> v = hostileValue();
    v.put("orgUnit", orgUnit);
    v.put("period", period);
    return v;
  }

  private List<Map<String, Object>> hostileImport() {
    List<Map<String, Object>> values = new ArrayList<>();
    for (int i = 0, n = 1 + random.nextInt(20); i < n; i++) {
      values.add(
          importValue(pick(List.of("ninh-kieu", "cai-rang", any())), pick(List.of("2024", any()))));
    }
    return values;
  }

  private String deepJson() {
    int depth = pick(List.of(65, 1_000, 100_000));
    String open = pick(List.of("[", "{\"values\":"));
    return open.repeat(depth) + "1" + (open.equals("[") ? "]" : "}").repeat(depth);
  }

  private byte[] garbage() {
    byte[] bytes = new byte[1 + random.nextInt(4096)];
    random.nextBytes(bytes);
    return bytes;
  }

  private String any() {
    return pick(STRINGS);
  }

  private static String csv(String field) {
    return "\"" + field.replace("\"", "\"\"") + "\"";
  }

  private <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  private static Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : TABLES) {
      counts.put(table, Db.count("select count(*) from " + table));
    }
    counts.put("targets", Db.count("select count(*) from target where updated_by <> 'migration'"));
    return counts;
  }

  /**
   * Sends a body of {@code size} bytes over a raw socket (HTTP clients stop writing once the server
   * answers early) and returns the whole answer.
   */
  private static String rawPost(String path, int size, boolean chunked) throws Exception {
    return rawPost(path, new byte[0], size, chunked);
  }

  /**
   * Sends {@code start}, then spaces up to {@code size} bytes, then a closing brace (a JSON body
   * when {@code start} is an unclosed JSON object; ones when {@code start} is empty).
   */
  private static String rawPost(String path, byte[] start, int size, boolean chunked)
      throws Exception {
    byte[] body = new byte[size];
    java.util.Arrays.fill(body, start.length == 0 ? (byte) '1' : (byte) ' ');
    System.arraycopy(start, 0, body, 0, start.length);
    if (start.length > 0) {
      body[size - 1] = '}';
    }
    try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + path
                  + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                  + Tokens.coordinator()
                  + "\r\nConnection: close\r\nContent-Type: application/json\r\n"
                  + (chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + size)
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      try {
        int chunk = 64 * 1024;
        for (int sent = 0; sent < size; sent += chunk) {
          int length = Math.min(chunk, size - sent);
          if (chunked) {
            out.write((Integer.toHexString(length) + "\r\n").getBytes());
          }
          out.write(body, sent, length);
          if (chunked) {
            out.write("\r\n".getBytes());
          }
        }
        if (chunked) {
          out.write("0\r\n\r\n".getBytes());
        }
      } catch (java.io.IOException closedEarly) {
        // the server answered and closed before the body was sent: expected
      }
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      try {
        for (int n; (n = in.read(buffer)) > 0; ) {
          answer.write(buffer, 0, n);
        }
      } catch (java.io.IOException reset) {
        // a reset after the answer: what was read is the answer
      }
      return answer.toString(StandardCharsets.UTF_8);
    }
  }
}
