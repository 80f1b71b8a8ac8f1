import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * GEP Monitor's benchmark tool, one file run by the JDK's source launcher with the PostgreSQL
 * driver on the class path: {@code java -cp postgresql.jar benchmarks/Bench.java <command>
 * [--option value]...}. Commands:
 *
 * <ul>
 *   <li>{@code issuer --port P}: an OpenID provider (discovery, JWKS) that signs RS256 tokens at
 *       {@code GET /token?user=&role=&org_unit=}; the API verifies them like Keycloak's.
 *   <li>{@code reference --db URL [--provinces 34 --communes 3300 --years 10 --first-year 2021]}:
 *       the country, its provinces and communes, the periods and a plan per year (a copy of 2024's
 *       targets) with every commune reporting every indicator, inserted with SQL (the API has no
 *       endpoint for org units or plans).
 *   <li>{@code copy --db URL [--batch 1000]}: the national values straight into PostgreSQL with
 *       COPY, as the import writes them (submission, value and CREATED history rows).
 *   <li>{@code import --db URL --api URL --token T [--batch 1000 --clients 2]}: the same values
 *       through {@code POST /api/v1/imports}.
 *   <li>{@code clear --db URL}: deletes every submission (values and history go with them).
 *   <li>{@code approve --db URL}: marks every submission APPROVED (a shortcut for the benchmark
 *       data only: attainment counts approved figures).
 *   <li>{@code copy ... --year Y}: the values of that year's periods only (for the growth curve).
 *   <li>{@code cold --db URL --api URL --token T --org-unit U --name N --periods P1,P2,...}: for
 *       each period, the first read of its attainment through the API (nothing cached for it), then
 *       the same aggregate as one SQL query; p50 and p99 of each.
 *   <li>{@code body --db URL --submissions N --out FILE}: one import request of the first N
 *       submissions' values, for the fault scripts.
 *   <li>{@code latency --db URL --api URL --token T --org-unit C --period P [--n 200]}: the
 *       attainment of an org unit and period through the API and as one SQL aggregate, p50 and
 *       p99 of each.
 * </ul>
 *
 * Every figure is printed as a line {@code RESULT name value} for benchmarks/run.sh.
 */
public class Bench {
  static final String COUNTRY = "vn";
  static final long SEED = 20211231L;

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: Bench <issuer|reference|copy|import|clear|approve|latency> ...");
      System.exit(2);
    }
    Map<String, String> o = options(Arrays.copyOfRange(args, 1, args.length));
    switch (args[0]) {
      case "issuer" -> issuer(Integer.parseInt(o.getOrDefault("port", "8242")));
      case "reference" -> reference(o);
      case "copy" -> copy(o);
      case "import" -> importThroughApi(o);
      case "clear" -> sql(o, "delete from submission; delete from idempotency_record");
      case "approve" ->
          sql(
              o,
              "update submission set status = 'APPROVED', version = version + 1,"
                  + " submitted_at = now(), submitted_by = 'bench', reviewed_at = now(),"
                  + " reviewed_by = 'bench' where status <> 'APPROVED'; vacuum analyze");
      case "latency" -> latency(o);
      case "cold" -> cold(o);
      case "body" -> body(o);
      default -> throw new IllegalArgumentException("unknown command " + args[0]);
    }
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> o = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    return o;
  }

  static Connection db(Map<String, String> o) throws Exception {
    return DriverManager.getConnection(
        o.get("db"), o.getOrDefault("db-user", "postgres"), o.getOrDefault("db-password", ""));
  }

  static void sql(Map<String, String> o, String statements) throws Exception {
    try (Connection c = db(o);
        Statement s = c.createStatement()) {
      for (String statement : statements.split(";")) {
        s.execute(statement);
      }
    }
  }

  // ---------------------------------------------------------------- token issuer

  static void issuer(int port) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair keys = generator.generateKeyPair();
    RSAPublicKey pub = (RSAPublicKey) keys.getPublic();
    String issuer = "http://127.0.0.1:" + port + "/realms/bench";
    String discovery =
        "{\"issuer\":\"%1$s\",\"jwks_uri\":\"%1$s/protocol/openid-connect/certs\",\"token_endpoint\":\"%1$s/protocol/openid-connect/token\",\"id_token_signing_alg_values_supported\":[\"RS256\"]}"
            .formatted(issuer);
    String jwks =
        "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"bench\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\"%s\",\"e\":\"%s\"}]}"
            .formatted(b64(unsigned(pub.getModulus())), b64(unsigned(pub.getPublicExponent())));
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext(
        "/realms/bench/.well-known/openid-configuration", x -> respond(x, discovery));
    server.createContext("/realms/bench/protocol/openid-connect/certs", x -> respond(x, jwks));
    server.createContext(
        "/token",
        x -> {
          Map<String, String> q = new HashMap<>();
          String query = x.getRequestURI().getRawQuery();
          for (String pair : query == null ? new String[0] : query.split("&")) {
            String[] kv = pair.split("=", 2);
            q.put(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
          }
          String user = q.getOrDefault("user", "coordinator");
          long now = Instant.now().getEpochSecond();
          String claims =
              "{\"iss\":\"%s\",\"aud\":\"gep-api\",\"sub\":\"sub-%s\",\"preferred_username\":\"%s\",\"typ\":\"Bearer\",\"azp\":\"bench\",\"realm_access\":{\"roles\":[\"%s\"]},%s\"iat\":%d,\"exp\":%d,\"jti\":\"%s\"}"
                  .formatted(
                      issuer,
                      user,
                      user,
                      q.getOrDefault("role", "coordinator"),
                      q.containsKey("org_unit") ? "\"org_unit\":\"" + q.get("org_unit") + "\"," : "",
                      now,
                      now + 24 * 3600,
                      UUID.randomUUID());
          String signingInput =
              b64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"bench\"}".getBytes())
                  + "."
                  + b64(claims.getBytes(StandardCharsets.UTF_8));
          try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            respond(x, signingInput + "." + b64(rsa.sign()));
          } catch (Exception e) {
            throw new IOException(e);
          }
        });
    server.start();
    System.out.println("issuer " + issuer);
  }

  static byte[] unsigned(BigInteger i) {
    byte[] b = i.toByteArray();
    return b[0] == 0 ? Arrays.copyOfRange(b, 1, b.length) : b;
  }

  static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static void respond(com.sun.net.httpserver.HttpExchange x, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", "application/json");
    x.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(bytes);
    }
  }

  // ---------------------------------------------------------------- reference data

  /**
   * The country {@code vn} (type COUNTRY, a root beside the city of Can Tho), provinces {@code
   * p01..} and communes {@code p01-x001..} spread evenly over them, every period of the years
   * (yearly, both halves, four quarters; open), and each year's plan as a copy of 2024's.
   */
  static void reference(Map<String, String> o) throws Exception {
    int provinces = Integer.parseInt(o.getOrDefault("provinces", "34"));
    int communes = Integer.parseInt(o.getOrDefault("communes", "3300"));
    int years = Integer.parseInt(o.getOrDefault("years", "10"));
    int first = Integer.parseInt(o.getOrDefault("first-year", "2021"));
    try (Connection c = db(o);
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      StringBuilder units = new StringBuilder();
      units.append("vn\tViệt Nam\tViet Nam\tCOUNTRY\t\\N\t0\n");
      for (int p = 1; p <= provinces; p++) {
        units.append(
            "%s\tTỉnh %02d\tProvince %02d\tPROVINCE\tvn\t%d\n".formatted(province(p), p, p, p));
      }
      int n = 0;
      for (int p = 1; p <= provinces; p++) {
        int here = communes / provinces + (p <= communes % provinces ? 1 : 0);
        for (int k = 1; k <= here; k++, n++) {
          units.append(
              "%s\tXã %03d, tỉnh %02d\tCommune %03d, province %02d\tCOMMUNE\t%s\t%d\n"
                  .formatted(commune(p, k), k, p, k, p, province(p), k));
        }
      }
      new CopyManager(c.unwrap(BaseConnection.class))
          .copyIn(
              "copy org_unit (code, name_vi, name_en, type, parent_code, sort_order) from stdin",
              new StringReader(units.toString()));
      for (int y = first; y < first + years; y++) {
        String[][] periods = {
          {"" + y, "YEARLY", y + "-01-01", y + "-12-31"},
          {y + "S1", "SIX_MONTHLY", y + "-01-01", y + "-06-30"},
          {y + "S2", "SIX_MONTHLY", y + "-07-01", y + "-12-31"},
          {y + "Q1", "QUARTERLY", y + "-01-01", y + "-03-31"},
          {y + "Q2", "QUARTERLY", y + "-04-01", y + "-06-30"},
          {y + "Q3", "QUARTERLY", y + "-07-01", y + "-09-30"},
          {y + "Q4", "QUARTERLY", y + "-10-01", y + "-12-31"}
        };
        for (String[] p : periods) {
          s.addBatch(
              // every period takes figures now, also those of years still to come (entry window
              // opened in the past), so that the whole data set can be imported
              ("insert into period (code, type, year, start_date, end_date, due_date, open,"
                      + " opens_on) values ('%s', '%s', %d, date '%s', date '%s', date '%s' + 10,"
                      + " true, date '2000-01-01') on conflict (code) do update set open = true,"
                      + " opens_on = date '2000-01-01', closes_on = null")
                  .formatted(p[0], p[1], y, p[2], p[3], p[3]));
        }
        s.addBatch(
            ("insert into plan (year, title_vi, title_en, issued_by_vi) select %d, title_vi,"
                    + " title_en, issued_by_vi from plan where year = 2024 on conflict do nothing")
                .formatted(y));
        s.addBatch(
            ("insert into target (plan_year, indicator_code, comparator, target_value, baseline)"
                    + " select %d, indicator_code, comparator, target_value, baseline from target"
                    + " where plan_year = 2024 on conflict do nothing")
                .formatted(y));
        s.addBatch(
            ("insert into plan_reporter (plan_year, indicator_code, org_unit_code) select"
                    + " t.plan_year, t.indicator_code, o.code from target t, org_unit o join"
                    + " org_unit p on p.code = o.parent_code where t.plan_year = %d and"
                    + " p.parent_code = 'vn' on conflict do nothing")
                .formatted(y));
      }
      s.executeBatch();
      c.commit();
      s.execute("analyze");
      System.out.printf("reference: %d provinces, %d communes, %d years%n", provinces, n, years);
    }
  }

  static String province(int p) {
    return "p%02d".formatted(p);
  }

  static String commune(int p, int k) {
    return "p%02d-x%03d".formatted(p, k);
  }

  // ---------------------------------------------------------------- the values

  /** One reported figure of the national data set. */
  record Value(
      String orgUnit,
      String period,
      String indicator,
      String sex,
      Integer numerator,
      Integer denominator,
      Boolean flag) {

    String json() {
      StringBuilder b = new StringBuilder(120);
      b.append("{\"orgUnit\":\"").append(orgUnit).append("\",\"period\":\"").append(period);
      b.append("\",\"indicator\":\"").append(indicator).append('"');
      if (sex != null) {
        b.append(",\"disaggregation\":{\"sex\":\"").append(sex).append("\"}");
      }
      if (flag != null) {
        b.append(",\"flag\":").append(flag);
      } else {
        b.append(",\"numerator\":").append(numerator);
        b.append(",\"denominator\":").append(denominator);
      }
      return b.append('}').toString();
    }

    String categoryKey() {
      return sex == null ? "" : "sex=" + sex;
    }
  }

  /** The submissions of the data set, one org unit and period each, in a fixed order. */
  record Pair(String orgUnit, String period) {}

  /** An indicator as the generator needs it: its code, whether yes/no, and its categories. */
  record Indicator(String code, boolean flag, List<String> sexes) {}

  static List<Pair> pairs(Connection c) throws Exception {
    return pairs(c, null);
  }

  /** Every commune and period, of one year only when {@code year} is given. */
  static List<Pair> pairs(Connection c, String year) throws Exception {
    List<String> periods = new ArrayList<>();
    List<String> communes = new ArrayList<>();
    try (Statement s = c.createStatement()) {
      ResultSet r =
          s.executeQuery(
              "select distinct p.code, p.start_date, p.type from period p join plan on plan.year"
                  + " = p.year join plan_reporter r on r.plan_year = p.year join org_unit o on"
                  + " o.code = r.org_unit_code join org_unit pr on pr.code = o.parent_code where"
                  + " pr.parent_code = 'vn'"
                  + (year == null ? "" : " and p.year = " + Integer.parseInt(year))
                  + " order by p.start_date, p.type");
      while (r.next()) {
        periods.add(r.getString(1));
      }
      r =
          s.executeQuery(
              "select o.code from org_unit o join org_unit p on p.code = o.parent_code where"
                  + " p.parent_code = 'vn' order by o.code");
      while (r.next()) {
        communes.add(r.getString(1));
      }
    }
    List<Pair> pairs = new ArrayList<>();
    for (String p : periods) {
      for (String u : communes) {
        pairs.add(new Pair(u, p));
      }
    }
    return pairs;
  }

  static List<Indicator> indicators(Connection c) throws Exception {
    List<Indicator> list = new ArrayList<>();
    try (Statement s = c.createStatement()) {
      ResultSet r =
          s.executeQuery(
              "select i.code, i.value_type, exists (select 1 from indicator_disaggregation d where"
                  + " d.indicator_code = i.code and d.dimension = 'sex') from indicator i join"
                  + " target t on t.indicator_code = i.code and t.plan_year = 2024 order by"
                  + " i.sort_order");
      while (r.next()) {
        list.add(
            new Indicator(
                r.getString(1),
                r.getString(2).equals("FLAG"),
                r.getBoolean(3) ? List.of("female", "male") : List.of()));
      }
    }
    return list;
  }

  /** The figures of one submission: plausible, and the same on every run. */
  static List<Value> values(Pair pair, List<Indicator> indicators) {
    Random random = new Random(SEED ^ pair.hashCode());
    List<Value> values = new ArrayList<>();
    for (Indicator i : indicators) {
      if (i.flag()) {
        values.add(
            new Value(
                pair.orgUnit(), pair.period(), i.code(), null, null, null, random.nextInt(5) > 0));
        continue;
      }
      List<String> sexes = i.sexes().isEmpty() ? java.util.Collections.singletonList(null) : i.sexes();
      for (String sex : sexes) {
        int denominator = 20 + random.nextInt(1980);
        int numerator = (int) (denominator * (0.3 + 0.7 * random.nextDouble()));
        values.add(
            new Value(pair.orgUnit(), pair.period(), i.code(), sex, numerator, denominator, null));
      }
    }
    return values;
  }

  // ---------------------------------------------------------------- loading

  static void copy(Map<String, String> o) throws Exception {
    int batch = Integer.parseInt(o.getOrDefault("batch", "1000"));
    try (Connection c = db(o)) {
      List<Pair> pairs = pairs(c, o.get("year"));
      List<Indicator> indicators = indicators(c);
      c.setAutoCommit(false);
      CopyManager copy = new CopyManager(c.unwrap(BaseConnection.class));
      long values = 0;
      long start = System.nanoTime();
      for (int from = 0; from < pairs.size(); from += batch) {
        StringBuilder submissions = new StringBuilder();
        StringBuilder rows = new StringBuilder();
        StringBuilder events = new StringBuilder();
        String now = Instant.now().toString();
        for (Pair pair : pairs.subList(from, Math.min(pairs.size(), from + batch))) {
          UUID id = UUID.randomUUID();
          submissions.append(
              "%s\t%s\t%s\tDRAFT\t1\t%s\tbench\t%s\tbench\n"
                  .formatted(id, pair.orgUnit(), pair.period(), now, now));
          StringBuilder changes = new StringBuilder("[");
          for (Value v : values(pair, indicators)) {
            values++;
            rows.append(id).append('\t').append(v.indicator()).append('\t');
            rows.append(v.categoryKey()).append('\t');
            rows.append(v.numerator() == null ? "\\N" : v.numerator()).append('\t');
            rows.append(v.denominator() == null ? "\\N" : v.denominator()).append('\t');
            rows.append(v.flag() == null ? "\\N" : v.flag()).append('\n');
            if (changes.length() > 1) {
              changes.append(',');
            }
            changes
                .append("{\"indicator\":\"")
                .append(v.indicator())
                .append("\",\"disaggregation\":")
                .append(v.sex() == null ? "null" : "{\"sex\":\"" + v.sex() + "\"}")
                .append(",\"before\":null,\"after\":{\"numerator\":")
                .append(v.numerator())
                .append(",\"denominator\":")
                .append(v.denominator())
                .append(",\"flag\":")
                .append(v.flag())
                .append("}}");
          }
          events.append(
              "%s\t%s\tbench\tCREATED\tDRAFT\t1\t%s]\n".formatted(id, now, changes));
        }
        copy.copyIn(
            "copy submission (id, org_unit_code, period_code, status, version, created_at,"
                + " created_by, updated_at, updated_by) from stdin",
            new StringReader(submissions.toString()));
        copy.copyIn(
            "copy submission_value (submission_id, indicator_code, category_key, numerator,"
                + " denominator, flag) from stdin",
            new StringReader(rows.toString()));
        copy.copyIn(
            "copy submission_event (submission_id, occurred_at, actor, action, to_status,"
                + " version, changes) from stdin",
            new StringReader(events.toString()));
        c.commit();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("RESULT copy_values %d%n", values);
      System.out.printf("RESULT copy_seconds %.1f%n", seconds);
      System.out.printf("RESULT copy_values_per_s %.0f%n", values / seconds);
    }
  }

  /** Writes the import body of the first {@code --submissions} pairs to {@code --out}. */
  static void body(Map<String, String> o) throws Exception {
    int n = Integer.parseInt(o.getOrDefault("submissions", "2000"));
    try (Connection c = db(o)) {
      List<Indicator> indicators = indicators(c);
      StringBuilder body = new StringBuilder("{\"values\":[");
      long count = 0;
      for (Pair pair : pairs(c).subList(0, n)) {
        for (Value v : values(pair, indicators)) {
          body.append(count++ > 0 ? "," : "").append(v.json());
        }
      }
      java.nio.file.Files.writeString(java.nio.file.Path.of(o.get("out")), body.append("]}"));
      System.out.printf("RESULT body_values %d%n", count);
    }
  }

  static void importThroughApi(Map<String, String> o) throws Exception {
    int batch = Integer.parseInt(o.getOrDefault("batch", "1000"));
    int clients = Integer.parseInt(o.getOrDefault("clients", "2"));
    String api = o.get("api");
    String token = o.get("token");
    List<Pair> pairs;
    List<Indicator> indicators;
    try (Connection c = db(o)) {
      pairs = pairs(c);
      indicators = indicators(c);
    }
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<long[]>> results = new ArrayList<>();
    AtomicInteger failed = new AtomicInteger();
    long start = System.nanoTime();
    for (int from = 0; from < pairs.size(); from += batch) {
      List<Pair> slice = pairs.subList(from, Math.min(pairs.size(), from + batch));
      int number = from / batch;
      results.add(
          pool.submit(
              () -> {
                StringBuilder body = new StringBuilder("{\"values\":[");
                long count = 0;
                for (Pair pair : slice) {
                  for (Value v : values(pair, indicators)) {
                    if (count++ > 0) {
                      body.append(',');
                    }
                    body.append(v.json());
                  }
                }
                body.append("]}");
                HttpRequest request =
                    HttpRequest.newBuilder(URI.create(api + "/api/v1/imports"))
                        .timeout(Duration.ofMinutes(5))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", "bench-" + number)
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build();
                long t0 = System.nanoTime();
                HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString());
                long took = System.nanoTime() - t0;
                if (response.statusCode() != 200
                    || !response.body().contains("\"status\":\"SUCCESS\"")) {
                  failed.incrementAndGet();
                  System.err.println(
                      "import " + number + ": " + response.statusCode() + " "
                          + response.body().substring(0, Math.min(400, response.body().length())));
                }
                return new long[] {count, took};
              }));
    }
    long values = 0;
    for (Future<long[]> f : results) {
      values += f.get()[0];
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("RESULT import_values %d%n", values);
    System.out.printf("RESULT import_requests %d%n", results.size());
    System.out.printf("RESULT import_failed_requests %d%n", failed.get());
    System.out.printf("RESULT import_seconds %.1f%n", seconds);
    System.out.printf("RESULT import_values_per_s %.0f%n", values / seconds);
    if (failed.get() > 0) {
      System.exit(1);
    }
  }

  // ---------------------------------------------------------------- attainment latency

  /** The same aggregate the API computes, as one SQL query: sums per indicator and category. */
  static final String ATTAINMENT_SQL =
      """
      with recursive tree(code) as (
        select code from org_unit where code = ?
        union all select o.code from org_unit o join tree t on o.parent_code = t.code)
      select v.indicator_code, v.category_key, sum(v.numerator), sum(v.denominator),
        count(*) filter (where v.flag), count(v.flag), count(distinct s.org_unit_code)
      from submission s join tree t on t.code = s.org_unit_code
        join submission_value v on v.submission_id = s.id
      where s.period_code = ? and s.status = 'APPROVED'
      group by v.indicator_code, v.category_key
      """;

  static void latency(Map<String, String> o) throws Exception {
    int n = Integer.parseInt(o.getOrDefault("n", "200"));
    String orgUnit = o.get("org-unit");
    String period = o.get("period");
    String name = o.getOrDefault("name", orgUnit);
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    o.get("api") + "/api/v1/attainment?period=" + period + "&orgUnit=" + orgUnit))
            .header("Authorization", "Bearer " + o.get("token"))
            .build();
    long[] api = new long[n];
    long[] sql = new long[n];
    int rows = 0;
    try (Connection c = db(o);
        var ps = c.prepareStatement(ATTAINMENT_SQL)) {
      ps.setString(1, orgUnit);
      ps.setString(2, period);
      for (int round = -Math.max(5, n / 10); round < n; round++) {
        long t0 = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long t1 = System.nanoTime();
        if (response.statusCode() != 200) {
          throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        long sqlNanos = timeSql(ps);
        if (round >= 0) {
          api[round] = t1 - t0;
          sql[round] = sqlNanos;
        }
      }
      rows = groups(ps);
    }
    Arrays.sort(api);
    Arrays.sort(sql);
    System.out.printf("RESULT attainment_%s_sql_groups %d%n", name, rows);
    System.out.printf("RESULT attainment_%s_api_p50_ms %.1f%n", name, pct(api, 50));
    System.out.printf("RESULT attainment_%s_api_p99_ms %.1f%n", name, pct(api, 99));
    System.out.printf("RESULT attainment_%s_sql_p50_ms %.1f%n", name, pct(sql, 50));
    System.out.printf("RESULT attainment_%s_sql_p99_ms %.1f%n", name, pct(sql, 99));
  }

  /**
   * Cold reads: one API call per period never read before, so that the API computes the result
   * instead of reusing it, each followed by the SQL aggregate of the same period.
   */
  static void cold(Map<String, String> o) throws Exception {
    String orgUnit = o.get("org-unit");
    String name = o.getOrDefault("name", orgUnit);
    List<String> periods = List.of(o.get("periods").split(","));
    HttpClient http = HttpClient.newHttpClient();
    long[] api = new long[periods.size()];
    long[] sql = new long[periods.size()];
    try (Connection c = db(o);
        var ps = c.prepareStatement(ATTAINMENT_SQL)) {
      for (int i = 0; i < periods.size(); i++) {
        HttpRequest request =
            HttpRequest.newBuilder(
                    URI.create(
                        o.get("api")
                            + "/api/v1/attainment?period="
                            + periods.get(i)
                            + "&orgUnit="
                            + orgUnit))
                .header("Authorization", "Bearer " + o.get("token"))
                .build();
        // alternate which goes first, so that neither always pays for reading the period from disk
        ps.setString(1, orgUnit);
        ps.setString(2, periods.get(i));
        long sqlFirst = i % 2 == 1 ? timeSql(ps) : 0;
        long t0 = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long t1 = System.nanoTime();
        if (response.statusCode() != 200) {
          throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        api[i] = t1 - t0;
        sql[i] = i % 2 == 1 ? sqlFirst : timeSql(ps);
      }
    }
    Arrays.sort(api);
    Arrays.sort(sql);
    System.out.printf("RESULT cold_%s_n %d%n", name, periods.size());
    System.out.printf("RESULT cold_%s_api_p50_ms %.1f%n", name, pct(api, 50));
    System.out.printf("RESULT cold_%s_api_p99_ms %.1f%n", name, pct(api, 99));
    System.out.printf("RESULT cold_%s_sql_p50_ms %.1f%n", name, pct(sql, 50));
    System.out.printf("RESULT cold_%s_sql_p99_ms %.1f%n", name, pct(sql, 99));
  }

  /** How many groups the prepared SQL aggregate returns. */
  static int groups(java.sql.PreparedStatement ps) throws Exception {
    int n = 0;
    try (ResultSet r = ps.executeQuery()) {
      while (r.next()) {
        n++;
      }
    }
    return n;
  }

  /** Runs the prepared SQL aggregate, reads every group as a client would, and returns the ns. */
  static long timeSql(java.sql.PreparedStatement ps) throws Exception {
    long t0 = System.nanoTime();
    try (ResultSet r = ps.executeQuery()) {
      while (r.next()) {
        r.getString(1);
      }
    }
    return System.nanoTime() - t0;
  }

  static double pct(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }
}
