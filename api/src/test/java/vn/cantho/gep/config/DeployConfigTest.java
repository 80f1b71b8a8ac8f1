package vn.cantho.gep.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.ConfigMappings;
import io.smallrye.config.ConfigMappings.ConfigClass;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.testing.TestIssuer;

/**
 * Keeps deploy/ consistent with the API: every environment variable that compose.yaml, the
 * Kubernetes manifests or .env.example give the API container is a setting the API reads at run
 * time, none of them turns on a dev-only setting, and the issuer the API checks is the one Keycloak
 * writes into tokens.
 *
 * <p>Needed because Quarkus ignores an unknown environment variable without a word: it reports
 * unknown keys only from system properties and configuration files. A misspelt or build-time-only
 * variable in a deploy file would otherwise show only in production.
 */
class DeployConfigTest {
  private static final Path DEPLOY = Path.of("../deploy");
  private static final String REALM_PATH = "/realms/gender-equality";
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final RuntimeSettings SETTINGS = RuntimeSettings.load();

  /** What the API cannot run without: also keeps the checks below from passing on nothing. */
  private static final List<String> REQUIRED =
      List.of(
          "QUARKUS_DATASOURCE_JDBC_URL",
          "QUARKUS_DATASOURCE_USERNAME",
          "QUARKUS_DATASOURCE_PASSWORD",
          "QUARKUS_OIDC_AUTH_SERVER_URL",
          "QUARKUS_OIDC_TOKEN_AUDIENCE");

  /** Text that only a dev or demo set-up may contain, whatever the syntax it is written in. */
  private static final Pattern DEV_ONLY_TEXT =
      Pattern.compile(
          "demo[-_.]?data|dev[-_.]?reporter|devservices|quarkus[-_.]profile|%dev\\.",
          Pattern.CASE_INSENSITIVE);

  @Test
  void composeGivesTheApiOnlySettingsItReads() {
    Map<String, String> env = composeApiEnvironment();
    assertThat(env).containsKeys(REQUIRED.toArray(String[]::new));
    assertThat(SETTINGS.problems(env.keySet())).isEmpty();
  }

  @Test
  void kubernetesGivesTheApiOnlySettingsItReads() {
    Map<String, String> env = kubernetesApiEnvironment();
    assertThat(env).containsKeys(REQUIRED.toArray(String[]::new));
    assertThat(SETTINGS.problems(env.keySet())).isEmpty();
  }

  /**
   * .env.example names every variable compose.yaml interpolates and nothing else; an API setting in
   * it (none today) is held to the same rule as the compose file's.
   */
  @Test
  void envExampleDeclaresExactlyWhatComposeUses() {
    Map<String, String> example = dotenv(DEPLOY.resolve(".env.example"));
    Set<String> used = new TreeSet<>();
    Matcher m = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)").matcher(read("compose.yaml"));
    while (m.find()) {
      used.add(m.group(1));
    }
    assertThat(example.keySet()).containsExactlyInAnyOrderElementsOf(used);
    List<String> apiNames =
        example.keySet().stream()
            .filter(name -> name.startsWith("QUARKUS_") || name.startsWith("GEP_"))
            .toList();
    assertThat(SETTINGS.problems(apiNames)).isEmpty();
  }

  /** Tokens carry iss = KC_HOSTNAME + the realm's path; the API accepts that issuer only. */
  @Test
  void theApiAcceptsTheIssuerKeycloakWrites() {
    Map<String, String> composeApi = composeApiEnvironment();
    String composeHostname = composeService("keycloak").at("/environment/KC_HOSTNAME").asText();
    assertThat(composeApi.get("QUARKUS_OIDC_TOKEN_ISSUER")).isEqualTo(composeHostname + REALM_PATH);
    assertThat(composeApi.get("QUARKUS_OIDC_AUTH_SERVER_URL")).endsWith(REALM_PATH);
    assertThat(composeApi.get("QUARKUS_OIDC_TOKEN_AUDIENCE")).isEqualTo(TestIssuer.AUDIENCE);

    Map<String, String> k8sApi = kubernetesApiEnvironment();
    String k8sHostname =
        containerEnv(container(manifest("Deployment", "keycloak"), "keycloak")).get("KC_HOSTNAME");
    assertThat(k8sApi.get("QUARKUS_OIDC_TOKEN_ISSUER")).isEqualTo(k8sHostname + REALM_PATH);
    assertThat(k8sApi.get("QUARKUS_OIDC_AUTH_SERVER_URL")).endsWith(REALM_PATH);
    assertThat(k8sApi.get("QUARKUS_OIDC_TOKEN_AUDIENCE")).isEqualTo(TestIssuer.AUDIENCE);
  }

  @Test
  void noDeployFileTurnsOnDevOrDemoSettings() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(DEPLOY)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (file.getFileName().toString().endsWith(".md")) {
          continue;
        }
        Matcher m = DEV_ONLY_TEXT.matcher(Files.readString(file));
        while (m.find()) {
          found.add(DEPLOY.relativize(file) + ": " + m.group());
        }
      }
    }
    assertThat(found).isEmpty();
  }

  /** kubectl applies what kustomization.yaml lists: every manifest here, and nothing missing. */
  @Test
  void kustomizationListsEveryManifest() throws IOException {
    JsonNode kustomization = YAML.readTree(DEPLOY.resolve("k8s/kustomization.yaml").toFile());
    Set<String> listed = new TreeSet<>();
    kustomization.get("resources").forEach(resource -> listed.add(resource.asText()));
    Set<String> present = new TreeSet<>();
    for (Path file : manifestFiles()) {
      present.add(file.getFileName().toString().replace(".example.yaml", ".yaml"));
    }
    assertThat(listed).isEqualTo(present);
  }

  /** The check itself refuses what it must, so the tests above cannot pass on a broken check. */
  @Test
  void theCheckRefusesUnknownBuildTimeAndDevOnlyNames() {
    assertThat(
            SETTINGS.problems(
                List.of(
                    "QUARKUS_DATASOURCE_JDBC_URL",
                    "QUARKUS_DATASOURCE_JDBC_MAX_SIZE",
                    "QUARKUS_OIDC_TOKEN_ISSUER",
                    "QUARKUS_OIDC_TOKEN_AUDIENCE",
                    "QUARKUS_HTTP_PORT",
                    "QUARKUS_LOG_CATEGORY__ORG_FLYWAYDB__LEVEL",
                    "GEP_MAX_PAGE_SIZE")))
        .isEmpty();
    assertThat(
            SETTINGS.problems(
                List.of(
                    "QUARKUS_FOO_BAR",
                    "GEP_NOPE",
                    "QUARKUS_LOG_CONSOLE_JSON",
                    "QUARKUS_DATASOURCE_DB_KIND",
                    "GEP_DEMO_DATA",
                    "GEP_DEV_REPORTER_ORG_UNITS__REPORTER_CO_DO_",
                    "QUARKUS_PROFILE")))
        .hasSize(7)
        .anySatisfy(p -> assertThat(p).startsWith("QUARKUS_FOO_BAR (quarkus.foo.bar)"))
        .anySatisfy(p -> assertThat(p).startsWith("GEP_DEMO_DATA").contains("dev-only"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("QUARKUS_DATASOURCE_DB_KIND (quarkus.datasource.db-kind)")
                    .contains("built"));
  }

  /**
   * One body limit: the API's (sized for an import of 50,000 values), which nginx and the Ingress
   * pass on exactly, and which both READMEs state. A smaller proxy limit would refuse imports the
   * API takes, with the proxy's bare 413 instead of the API's problem.
   */
  @Test
  void theApiNginxTheIngressAndTheReadmesAgreeOnTheBodyLimit() throws IOException {
    long api = apiBodyLimit();
    assertThat(api).isGreaterThan(1024 * 1024);
    Matcher nginx =
        Pattern.compile("client_max_body_size\\s+(\\w+);").matcher(read("nginx/nginx.conf"));
    assertThat(nginx.find()).as("client_max_body_size in nginx.conf").isTrue();
    assertThat(nginxSize(nginx.group(1))).isEqualTo(api);
    assertThat(nginx.find()).as("a second client_max_body_size").isFalse();
    String ingress =
        manifest("Ingress", "gep-monitor")
            .at("/metadata/annotations")
            .path("nginx.ingress.kubernetes.io/proxy-body-size")
            .asText();
    assertThat(nginxSize(ingress)).isEqualTo(api);
    for (Path readme : List.of(Path.of("../README.md"), DEPLOY.resolve("README.md"))) {
      Matcher stated =
          Pattern.compile("bod(?:y|ies)[^.]*?(\\d+) MB").matcher(Files.readString(readme));
      List<Long> sizes = new ArrayList<>();
      while (stated.find()) {
        sizes.add(Long.parseLong(stated.group(1)) * 1024 * 1024);
      }
      assertThat(sizes).as("body limits stated in %s", readme).isNotEmpty().containsOnly(api);
    }
  }

  /** quarkus.http.limits.max-body-size as application.properties sets it, in bytes. */
  private static long apiBodyLimit() throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
      properties.load(in);
    }
    String value = properties.getProperty("quarkus.http.limits.max-body-size");
    assertThat(value).as("quarkus.http.limits.max-body-size").isNotNull();
    return new MemorySizeConverter().convert(value).asLongValue();
  }

  /** An nginx size (8m, 512k, 1048576) in bytes. */
  private static long nginxSize(String size) {
    Matcher m = Pattern.compile("(\\d+)([kKmMgG]?)").matcher(size.strip());
    assertThat(m.matches()).as("nginx size %s", size).isTrue();
    int shift =
        switch (m.group(2).toLowerCase(Locale.ROOT)) {
          case "k" -> 10;
          case "m" -> 20;
          case "g" -> 30;
          default -> 0;
        };
    return Long.parseLong(m.group(1)) << shift;
  }

  /**
   * The production realm's defences (issue 11, point 8); ProductionRealmE2E imports the same file
   * into Keycloak and sees each one work.
   */
  @Test
  void theProductionRealmIsHardened() throws IOException {
    JsonNode realm = realm("keycloak/production/gender-equality-realm.json");
    String policy = realm.path("passwordPolicy").asText();
    Matcher length = Pattern.compile("length\\((\\d+)\\)").matcher(policy);
    assertThat(length.find()).as("a length in %s", policy).isTrue();
    assertThat(Integer.parseInt(length.group(1))).isGreaterThanOrEqualTo(12);
    assertThat(policy).contains("notUsername").containsPattern("passwordHistory\\([1-9]");
    assertLockoutEventsAndRotation(realm);
    assertThat(realm.path("users").findValuesAsText("username"))
        .allMatch(name -> name.startsWith("service-account-system-"));

    // OTP: the browser flow runs an OTP form, conditioned on each of admin and coordinator
    String browserFlow = realm.path("browserFlow").asText();
    Map<String, JsonNode> flows = new TreeMap<>();
    realm.path("authenticationFlows").forEach(f -> flows.put(f.path("alias").asText(), f));
    assertThat(flows).containsKey(browserFlow);
    Map<String, String> roleConditions = new TreeMap<>();
    realm
        .path("authenticatorConfig")
        .forEach(
            c -> {
              if (c.at("/config/negate").asText().equals("false")) {
                roleConditions.put(c.path("alias").asText(), c.at("/config/condUserRole").asText());
              }
            });
    Set<String> otpRoles = new TreeSet<>();
    for (JsonNode flow : reachableFlows(browserFlow, flows)) {
      List<JsonNode> steps = new ArrayList<>();
      flow.path("authenticationExecutions").forEach(steps::add);
      boolean otp =
          steps.stream()
              .anyMatch(
                  e ->
                      e.path("authenticator").asText().equals("auth-otp-form")
                          && e.path("requirement").asText().equals("REQUIRED"));
      if (otp) {
        steps.stream()
            .map(e -> roleConditions.get(e.path("authenticatorConfig").asText()))
            .filter(role -> role != null)
            .forEach(otpRoles::add);
      }
    }
    assertThat(otpRoles).containsExactlyInAnyOrder("admin", "coordinator");

    // no password grants (they skip the browser flow's OTP), no offline tokens for the SPA
    assertThat(realm.path("clients").findValues("directAccessGrantsEnabled"))
        .allMatch(v -> !v.asBoolean());
    assertThat(realm.path("clients").findValuesAsText("clientId")).contains("admin-cli");
    JsonNode spa = client(realm, "gep-spa");
    assertThat(spa.path("optionalClientScopes").isArray()).isTrue();
    assertThat(spa.path("defaultClientScopes").isArray()).isTrue();
    List<String> scopes = new ArrayList<>();
    spa.path("defaultClientScopes").forEach(v -> scopes.add(v.asText()));
    spa.path("optionalClientScopes").forEach(v -> scopes.add(v.asText()));
    assertThat(scopes).contains("roles", "web-origins", "basic").doesNotContain("offline_access");
  }

  /** The demo realm shares the lockout, events and rotation, so the local runs use them too. */
  @Test
  void theDemoRealmLocksOutLogsAndRotatesLikeProduction() throws IOException {
    JsonNode demo = realm("keycloak/gender-equality-realm.json");
    assertLockoutEventsAndRotation(demo);
    JsonNode production = realm("keycloak/production/gender-equality-realm.json");
    for (String field : List.of("failureFactor", "waitIncrementSeconds", "maxFailureWaitSeconds")) {
      assertThat(demo.path(field)).as(field).isEqualTo(production.path(field));
    }
    assertThat(client(demo, "gep-spa").path("defaultClientScopes"))
        .isEqualTo(client(production, "gep-spa").path("defaultClientScopes"));
  }

  private static void assertLockoutEventsAndRotation(JsonNode realm) {
    assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
    assertThat(realm.path("failureFactor").asInt()).isBetween(3, 10);
    assertThat(realm.path("waitIncrementSeconds").asInt()).isPositive();
    assertThat(realm.path("eventsEnabled").asBoolean()).isTrue();
    assertThat(realm.path("adminEventsEnabled").asBoolean()).isTrue();
    assertThat(realm.path("revokeRefreshToken").asBoolean()).isTrue();
    assertThat(realm.path("refreshTokenMaxReuse").asInt()).isZero();
  }

  private static List<JsonNode> reachableFlows(String alias, Map<String, JsonNode> flows) {
    List<JsonNode> found = new ArrayList<>();
    JsonNode flow = flows.get(alias);
    if (flow != null) {
      found.add(flow);
      flow.path("authenticationExecutions")
          .forEach(
              e -> {
                if (e.has("flowAlias")) {
                  found.addAll(reachableFlows(e.path("flowAlias").asText(), flows));
                }
              });
    }
    return found;
  }

  private static JsonNode realm(String file) throws IOException {
    return YAML.readTree(DEPLOY.resolve(file).toFile());
  }

  private static JsonNode client(JsonNode realm, String clientId) {
    for (JsonNode client : realm.path("clients")) {
      if (client.path("clientId").asText().equals(clientId)) {
        return client;
      }
    }
    throw new AssertionError("client " + clientId + " not in the realm");
  }

  /**
   * Keycloak's Ingress publishes the gender-equality realm and the login pages' files only: not the
   * admin console (/admin), not the master realm.
   */
  @Test
  void theKeycloakIngressDoesNotPublishTheAdminConsole() {
    JsonNode ingress = manifest("Ingress", "keycloak");
    List<String> paths = ingress.findValuesAsText("path");
    assertThat(paths).containsExactlyInAnyOrder("/realms/gender-equality", "/resources");
    assertThat(ingress.findValuesAsText("pathType")).containsOnly("Prefix");
    Map<String, String> keycloak =
        containerEnv(container(manifest("Deployment", "keycloak"), "keycloak"));
    assertThat(keycloak.get("KC_HOSTNAME_ADMIN")).startsWith("http://localhost:");
    assertThat(composeService("keycloak").at("/environment/KC_HOSTNAME_ADMIN").asText())
        .startsWith("http://localhost:");
  }

  /**
   * The web app's headers (issue 11, point 8): one template, rendered by the nginx image with
   * Keycloak's public URL, included in every location that serves the app, in compose and in the
   * SPA image alike. vite preview reads the same template (frontend/vite.config.ts) and the browser
   * e2e run checks the headers it serves and that another origin cannot frame the app.
   */
  @Test
  void nginxServesTheAppWithItsSecurityHeaders() {
    String template = read("nginx/templates/security-headers.conf.template");
    Map<String, String> headers = new TreeMap<>();
    Matcher header =
        Pattern.compile("(?m)^add_header\\s+(\\S+)\\s+\"([^\"]*)\"\\s+always;$").matcher(template);
    while (header.find()) {
      headers.put(header.group(1), header.group(2));
    }
    assertThat(headers)
        .containsEntry("X-Frame-Options", "DENY")
        .containsEntry("X-Content-Type-Options", "nosniff")
        .containsEntry("Referrer-Policy", "no-referrer");
    Map<String, String> csp = new TreeMap<>();
    for (String directive : headers.get("Content-Security-Policy").split(";")) {
      String[] parts = directive.strip().split("\\s+", 2);
      csp.put(parts[0], parts.length > 1 ? parts[1] : "");
    }
    assertThat(csp)
        .containsEntry("default-src", "'self'")
        .containsEntry("script-src", "'self'")
        .containsEntry("connect-src", "'self' ${KEYCLOAK_URL}")
        .containsEntry("frame-ancestors", "'none'")
        .containsEntry("object-src", "'none'")
        .containsEntry("base-uri", "'self'");
    assertThat(headers.get("Content-Security-Policy")).doesNotContain("unsafe-eval");

    // every location of the app includes the rendered file (a location's own add_header would
    // otherwise drop every header set above it)
    String locations = read("nginx/spa-locations.conf");
    String[] blocks = locations.split("(?m)^location ");
    assertThat(blocks).hasSizeGreaterThan(1);
    for (String block : List.of(blocks).subList(1, blocks.length)) {
      assertThat(block).contains("include /etc/nginx/security-headers.conf;");
    }

    // compose: the template mounted, rendered into /etc/nginx, with Keycloak's public URL
    JsonNode nginx = composeService("nginx");
    assertThat(nginx.at("/environment/NGINX_ENVSUBST_OUTPUT_DIR").asText()).isEqualTo("/etc/nginx");
    assertThat(nginx.at("/environment/KEYCLOAK_URL").asText())
        .isEqualTo(composeService("keycloak").at("/environment/KC_HOSTNAME").asText());
    List<String> volumes = new ArrayList<>();
    nginx.path("volumes").forEach(v -> volumes.add(v.asText()));
    assertThat(volumes).contains("./nginx/templates:/etc/nginx/templates:ro");

    // the SPA image: the template copied, rendered into /etc/nginx, Keycloak's URL from spa.yaml
    String dockerfile = read("spa.Dockerfile");
    assertThat(dockerfile)
        .contains("COPY deploy/nginx/templates/ /etc/nginx/templates/")
        .containsPattern("ENV .*NGINX_ENVSUBST_OUTPUT_DIR=/etc/nginx");
    Map<String, String> spa = containerEnv(container(manifest("Deployment", "gep-spa"), "spa"));
    assertThat(spa.get("KEYCLOAK_URL"))
        .isEqualTo(
            containerEnv(container(manifest("Deployment", "keycloak"), "keycloak"))
                .get("KC_HOSTNAME"));
  }

  // ---- compose.yaml ----

  private static JsonNode composeService(String name) {
    JsonNode service;
    try {
      service = YAML.readTree(DEPLOY.resolve("compose.yaml").toFile()).at("/services/" + name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(service.isObject()).as("service %s in compose.yaml", name).isTrue();
    return service;
  }

  /** The api service's environment, as written (before interpolation). */
  private static Map<String, String> composeApiEnvironment() {
    JsonNode api = composeService("api");
    assertThat(api.has("env_file"))
        .as("the api service lists its settings in compose.yaml itself, where this test reads them")
        .isFalse();
    Map<String, String> env = new LinkedHashMap<>();
    JsonNode environment = api.path("environment");
    if (environment.isArray()) {
      environment.forEach(
          entry -> {
            String[] pair = entry.asText().split("=", 2);
            env.put(pair[0], pair.length > 1 ? pair[1] : null);
          });
    } else {
      environment.properties().forEach(e -> env.put(e.getKey(), e.getValue().asText()));
    }
    return env;
  }

  // ---- Kubernetes ----

  /** The manifests, secret.example.yaml standing in for the operator's secret.yaml. */
  private static List<Path> manifestFiles() throws IOException {
    try (Stream<Path> files = Files.list(DEPLOY.resolve("k8s"))) {
      return files
          .filter(f -> f.toString().endsWith(".yaml"))
          .filter(f -> !f.getFileName().toString().equals("kustomization.yaml"))
          .filter(f -> !f.getFileName().toString().equals("secret.yaml"))
          .sorted()
          .toList();
    }
  }

  private static List<JsonNode> manifests() {
    List<JsonNode> docs = new ArrayList<>();
    try {
      for (Path file : manifestFiles()) {
        try (MappingIterator<JsonNode> it =
            YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
          it.forEachRemaining(
              doc -> {
                if (doc != null && doc.isObject()) {
                  docs.add(doc);
                }
              });
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return docs;
  }

  private static JsonNode manifest(String kind, String name) {
    return manifests().stream()
        .filter(doc -> doc.path("kind").asText().equals(kind))
        .filter(doc -> doc.at("/metadata/name").asText().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(kind + " " + name + " not in deploy/k8s"));
  }

  private static JsonNode container(JsonNode workload, String name) {
    for (JsonNode container : workload.at("/spec/template/spec/containers")) {
      if (container.path("name").asText().equals(name)) {
        return container;
      }
    }
    throw new AssertionError("container " + name + " not in " + workload.at("/metadata/name"));
  }

  /** A container's env entries: the value, or null where it comes from a Secret or a field. */
  private static Map<String, String> containerEnv(JsonNode container) {
    Map<String, String> env = new LinkedHashMap<>();
    container
        .path("env")
        .forEach(
            e -> env.put(e.get("name").asText(), e.has("value") ? e.get("value").asText() : null));
    return env;
  }

  /** The API container's environment: envFrom ConfigMaps and Secrets, then its own env. */
  private static Map<String, String> kubernetesApiEnvironment() {
    JsonNode api = container(manifest("Deployment", "gep-api"), "api");
    Map<String, String> env = new LinkedHashMap<>();
    for (JsonNode from : api.path("envFrom")) {
      String prefix = from.path("prefix").asText("");
      List<JsonNode> sources;
      if (from.has("configMapRef")) {
        sources =
            List.of(manifest("ConfigMap", from.at("/configMapRef/name").asText()).path("data"));
      } else {
        JsonNode secret = manifest("Secret", from.at("/secretRef/name").asText());
        sources = List.of(secret.path("stringData"), secret.path("data"));
      }
      for (JsonNode source : sources) {
        source.properties().forEach(e -> env.put(prefix + e.getKey(), e.getValue().asText()));
      }
    }
    env.putAll(containerEnv(api));
    return env;
  }

  // ---- files ----

  private static String read(String file) {
    try {
      return Files.readString(DEPLOY.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** KEY=VALUE lines; blank lines and # comments skipped. */
  private static Map<String, String> dotenv(Path file) {
    Map<String, String> values = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(file)) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          String[] pair = trimmed.split("=", 2);
          values.put(pair[0].strip(), pair.length > 1 ? pair[1] : "");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return values;
  }

  /**
   * The settings the API reads at run time: the properties of every run-time config root of the
   * Quarkus extensions on the classpath (each extension lists its roots in
   * META-INF/quarkus-config-roots.list) and of {@link GepConfig}. Build-time roots are known too,
   * only to say why a variable for one is refused: their values are fixed when the jar is built.
   */
  static final class RuntimeSettings {
    /** Run-time settings that production must never set, and why. */
    private static final Map<String, String> DEV_ONLY =
        Map.of(
            "gep.demo-data", "loads the demo data set",
            "gep.dev-reporter-org-units.*", "binds users to org units by name",
            "quarkus.profile", "production runs the default prod profile");

    /** Property name (* for a map key, [*] for an index) to the variables that name it. */
    private final Map<String, Pattern> runTime = new TreeMap<>();

    private final Map<String, Pattern> buildTime = new TreeMap<>();

    static RuntimeSettings load() {
      RuntimeSettings settings = new RuntimeSettings();
      for (Class<?> root : configRoots()) {
        ConfigPhase phase = root.getAnnotation(ConfigRoot.class).phase();
        addMapping(phase == ConfigPhase.RUN_TIME ? settings.runTime : settings.buildTime, root);
      }
      addMapping(settings.runTime, GepConfig.class);
      assertThat(settings.runTime).as("run-time settings found").hasSizeGreaterThan(100);
      return settings;
    }

    /** Why each variable is refused: dev-only, fixed at build time or unknown. Empty when none. */
    List<String> problems(Collection<String> variables) {
      List<String> problems = new ArrayList<>();
      for (String variable : variables) {
        Optional<String> devOnly =
            DEV_ONLY.keySet().stream()
                .filter(name -> envPattern(name).matcher(variable).matches())
                .findAny();
        if (devOnly.isPresent()) {
          problems.add(
              "%s (%s): dev-only, %s; never set it in production"
                  .formatted(variable, devOnly.get(), DEV_ONLY.get(devOnly.get())));
        } else if (propertyOf(runTime, variable).isEmpty()) {
          problems.add(
              propertyOf(buildTime, variable)
                  .map(
                      name ->
                          "%s (%s): fixed when the jar is built; set it in application.properties"
                              .formatted(variable, name))
                  .orElse(
                      "%s (%s): not a setting the API reads; Quarkus would ignore it"
                          .formatted(
                              variable, variable.toLowerCase(Locale.ROOT).replace('_', '.'))));
        }
      }
      return problems;
    }

    /** The property a variable names, a literal name preferred over a pattern. */
    private static Optional<String> propertyOf(Map<String, Pattern> settings, String variable) {
      return settings.entrySet().stream()
          .filter(e -> e.getValue().matcher(variable).matches())
          .map(Map.Entry::getKey)
          .min(Comparator.comparing(name -> name.contains("*")));
    }

    /**
     * SmallRye Config's rule: a variable names a property when it equals the property's name with
     * every character other than a letter or a digit turned into _ and letters upper-cased. A map
     * key (*) may be any such run of characters (a quoted key such as "org.flywaydb" becomes
     * _ORG_FLYWAYDB_), a list index ([*]) becomes _N_.
     */
    static Pattern envPattern(String property) {
      StringBuilder regex = new StringBuilder();
      for (int i = 0; i < property.length(); i++) {
        char c = property.charAt(i);
        if (property.startsWith("[*]", i)) {
          regex.append("_[0-9]+_");
          i += 2;
        } else if (c == '*') {
          regex.append("[A-Z0-9_]+");
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
          regex.append(Character.toUpperCase(c));
        } else {
          regex.append('_');
        }
      }
      return Pattern.compile(regex.toString());
    }

    private static void addMapping(Map<String, Pattern> settings, Class<?> mapping) {
      String prefix = mapping.getAnnotation(ConfigMapping.class).prefix();
      for (String name :
          ConfigMappings.getProperties(ConfigClass.configClass(mapping, prefix)).keySet()) {
        settings.put(name, envPattern(name));
      }
    }

    /** The config roots (mapping interfaces) of every Quarkus extension on the classpath. */
    private static List<Class<?>> configRoots() {
      ClassLoader loader = DeployConfigTest.class.getClassLoader();
      List<Class<?>> roots = new ArrayList<>();
      try {
        for (URL list :
            Collections.list(loader.getResources("META-INF/quarkus-config-roots.list"))) {
          String text;
          try (InputStream in = list.openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
          for (String line : text.split("\\R")) {
            if (line.isBlank()) {
              continue;
            }
            Class<?> root = Class.forName(line.strip(), false, loader);
            if (root.isAnnotationPresent(ConfigRoot.class)
                && root.isAnnotationPresent(ConfigMapping.class)) {
              roots.add(root);
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      return roots;
    }
  }
}
