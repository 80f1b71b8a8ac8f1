package vn.cantho.gep.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production realm file, imported into the real Keycloak under a throw-away name (the demo
 * realm and its logins are never touched): its password policy, brute-force lockout, OTP for admin
 * and coordinator, refresh-token rotation, events and the SPA's refused offline scope, each seen on
 * Keycloak itself.
 */
class ProductionRealmE2E {
  private static final String REALM =
      "gep-prod-check-" + UUID.randomUUID().toString().substring(0, 8);
  private static final String ADMIN = Keycloak.URL + "/admin/realms/" + REALM;
  private static final String ISSUER = Keycloak.URL + "/realms/" + REALM;
  private static final String SPA_CALLBACK = "https://gep.example.org/callback";
  private static final String GOOD = "Correct-Horse-42";

  @BeforeAll
  static void importProductionRealm() throws Exception {
    ObjectNode realm =
        (ObjectNode)
            new ObjectMapper()
                .readTree(
                    Path.of("../deploy/keycloak/production/gender-equality-realm.json").toFile());
    realm.put("realm", REALM);
    admin().body(realm.toString()).post(Keycloak.URL + "/admin/realms").then().statusCode(201);
    // a password-grant client, which the production realm has none of, for the lockout tests
    admin()
        .body(
            Map.of(
                "clientId", "check-direct",
                "publicClient", true,
                "standardFlowEnabled", false,
                "directAccessGrantsEnabled", true))
        .post(ADMIN + "/clients")
        .then()
        .statusCode(201);
  }

  @AfterAll
  static void dropRealm() {
    admin().delete(ADMIN).then().statusCode(204);
  }

  @Test
  void passwordsNeedTwelveCharactersNotTheUsernameAndNoneOfTheLastFive() {
    String id = createUser("policy.check.user", List.of());
    assertThat(setPassword(id, "demo").<String>path("error"))
        .isEqualTo("invalidPasswordMinLengthMessage");
    assertThat(setPassword(id, "policy.check.user").<String>path("error"))
        .isEqualTo("invalidPasswordNotUsernameMessage");
    assertThat(setPassword(id, GOOD).statusCode()).isEqualTo(204);
    assertThat(setPassword(id, "Another-Horse-43").statusCode()).isEqualTo(204);
    assertThat(setPassword(id, GOOD).<String>path("error"))
        .isEqualTo("invalidPasswordHistoryMessage");
  }

  /**
   * Four wrong passwords, then the right one signs in (and resets the count); five wrong ones, and
   * the right one is refused. The attempts are spaced over Keycloak's quick-login check (1 s), so
   * the count, not the speed, locks the account.
   */
  @Test
  void fiveWrongPasswordsLockTheAccount() throws Exception {
    String user = "lockout.check.user";
    String id = createUser(user, List.of("reporter"));
    setPassword(id, GOOD).then().statusCode(204);
    for (int i = 0; i < 4; i++) {
      assertThat(directLogin(user, "wrong-password-" + i).statusCode()).isIn(400, 401);
      Thread.sleep(1_200);
    }
    assertThat(directLogin(user, GOOD).statusCode()).isEqualTo(200);
    for (int i = 0; i < 5; i++) {
      Thread.sleep(1_200);
      assertThat(directLogin(user, "wrong-password-" + i).statusCode()).isIn(400, 401);
    }
    Thread.sleep(1_200);
    Response locked = directLogin(user, GOOD);
    assertThat(locked.statusCode()).isIn(400, 401);
    assertThat(locked.<String>path("access_token")).isNull();
    Response state = admin().get(ADMIN + "/attack-detection/brute-force/users/" + id);
    assertThat(state.<Boolean>path("disabled")).isTrue();
    assertThat(state.<Integer>path("numFailures")).isEqualTo(5);
    // login events are kept: the failures are there for an administrator to read
    List<String> types =
        admin().get(ADMIN + "/events?user=" + id + "&max=100").then().extract().path("type");
    assertThat(types).contains("LOGIN_ERROR", "LOGIN");
    List<String> adminEvents =
        admin().get(ADMIN + "/admin-events?max=100").then().extract().path("operationType");
    assertThat(adminEvents).contains("CREATE");
  }

  @Test
  void adminAndCoordinatorMustSetUpOtpReportersSignInWithAPassword() {
    for (String role : List.of("admin", "coordinator")) {
      String user = role + ".otp.check";
      setPassword(createUser(user, List.of(role)), GOOD).then().statusCode(204);
      String page = browserLogin(user, "openid").asString();
      assertThat(page).as(role).contains("execution=CONFIGURE_TOTP");
    }
    String reporter = "reporter.otp.check";
    setPassword(createUser(reporter, List.of("reporter")), GOOD).then().statusCode(204);
    Response signedIn = browserLogin(reporter, "openid");
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.header("Location")).startsWith(SPA_CALLBACK).contains("code=");
  }

  @Test
  void theSpaCannotAskForAnOfflineToken() {
    Response r = authorize("openid offline_access", Map.of());
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.header("Location")).startsWith(SPA_CALLBACK).contains("error=invalid_scope");
  }

  @Test
  void aRefreshTokenIsGoodForOneUse() {
    String user = "refresh.check.user";
    setPassword(createUser(user, List.of("reporter")), GOOD).then().statusCode(204);
    String first = directLogin(user, GOOD).then().statusCode(200).extract().path("refresh_token");
    Response refreshed = refresh(first);
    assertThat(refreshed.statusCode()).isEqualTo(200);
    assertThat(refreshed.<String>path("refresh_token")).isNotEqualTo(first);
    Response replayed = refresh(first);
    assertThat(replayed.statusCode()).isEqualTo(400);
    assertThat(replayed.<String>path("error")).isEqualTo("invalid_grant");
  }

  // ---- Keycloak calls ----

  private static RequestSpecification admin() {
    return given().auth().oauth2(Keycloak.admin()).contentType("application/json");
  }

  private static String createUser(String username, List<String> roles) {
    String location =
        admin()
            .body(
                Map.of(
                    "username",
                    username,
                    "enabled",
                    true,
                    "email",
                    username + "@check.example.org",
                    "emailVerified",
                    true,
                    "firstName",
                    "Check",
                    "lastName",
                    "User"))
            .post(ADMIN + "/users")
            .then()
            .statusCode(201)
            .extract()
            .header("Location");
    String id = location.substring(location.lastIndexOf('/') + 1);
    for (String role : roles) {
      Map<String, Object> representation = admin().get(ADMIN + "/roles/" + role).as(Map.class);
      admin()
          .body(List.of(representation))
          .post(ADMIN + "/users/" + id + "/role-mappings/realm")
          .then()
          .statusCode(204);
    }
    return id;
  }

  private static Response setPassword(String userId, String password) {
    return admin()
        .body(Map.of("type", "password", "value", password, "temporary", false))
        .put(ADMIN + "/users/" + userId + "/reset-password");
  }

  private static Response directLogin(String user, String password) {
    return given()
        .formParams(
            Map.of(
                "grant_type", "password",
                "client_id", "check-direct",
                "username", user,
                "password", password,
                "scope", "openid"))
        .post(ISSUER + "/protocol/openid-connect/token");
  }

  private static Response refresh(String refreshToken) {
    return given()
        .formParams(
            Map.of(
                "grant_type",
                "refresh_token",
                "client_id",
                "check-direct",
                "refresh_token",
                refreshToken))
        .post(ISSUER + "/protocol/openid-connect/token");
  }

  /** The SPA's authorization request (code, PKCE S256), not following redirects. */
  private static Response authorize(String scope, Map<String, String> cookies) {
    return given()
        .redirects()
        .follow(false)
        .cookies(cookies)
        .queryParams(
            Map.of(
                "client_id", "gep-spa",
                "response_type", "code",
                "scope", scope,
                "redirect_uri", SPA_CALLBACK,
                "state", "check",
                "code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                "code_challenge_method", "S256"))
        .get(ISSUER + "/protocol/openid-connect/auth");
  }

  /**
   * Signs in on Keycloak's login page as a browser would, following Keycloak's own redirects;
   * answers the first page that asks for more, or the redirect back to the SPA.
   */
  private static Response browserLogin(String user, String scope) {
    Map<String, String> cookies = new HashMap<>();
    Response page = authorize(scope, cookies);
    cookies.putAll(page.getCookies());
    Matcher form =
        Pattern.compile("action=\"([^\"]*login-actions/authenticate[^\"]*)\"")
            .matcher(page.asString());
    assertThat(form.find()).as("the login form").isTrue();
    Response r =
        given()
            .redirects()
            .follow(false)
            .cookies(cookies)
            .formParams(Map.of("username", user, "password", GOOD))
            .post(form.group(1).replace("&amp;", "&"));
    while (r.statusCode() == 302 && r.header("Location").startsWith(ISSUER)) {
      cookies.putAll(r.getCookies());
      r = given().redirects().follow(false).cookies(cookies).get(r.header("Location"));
    }
    return r;
  }
}
