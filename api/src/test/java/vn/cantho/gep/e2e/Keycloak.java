package vn.cantho.gep.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Tokens from the real Keycloak of the running system, and its admin API. */
final class Keycloak {
  static final String URL = System.getProperty("gep.e2e.keycloak", "http://localhost:8180");
  static final String REALM = URL + "/realms/gender-equality";
  static final String PASSWORD = "demo";

  private Keycloak() {}

  static Response passwordGrant(String realmUrl, String client, String user) {
    return given()
        .formParams(
            Map.of(
                "grant_type",
                "password",
                "client_id",
                client,
                "username",
                user,
                "password",
                PASSWORD))
        .post(realmUrl + "/protocol/openid-connect/token");
  }

  static String login(String user) {
    return token(passwordGrant(REALM, "gep-test", user));
  }

  static Response clientCredentials(String client, String secret) {
    return given()
        .formParams(
            Map.of(
                "grant_type", "client_credentials", "client_id", client, "client_secret", secret))
        .post(REALM + "/protocol/openid-connect/token");
  }

  static String system(String orgUnit) {
    return token(clientCredentials("system-" + orgUnit, "demo-secret-" + orgUnit));
  }

  static String token(Response r) {
    r.then().statusCode(200);
    return r.path("access_token");
  }

  /** A token of the master realm's admin, for the admin REST API. */
  static String admin() {
    return token(
        given()
            .formParams(
                Map.of(
                    "grant_type",
                    "password",
                    "client_id",
                    "admin-cli",
                    "username",
                    "admin",
                    "password",
                    "admin"))
            .post(URL + "/realms/master/protocol/openid-connect/token"));
  }

  static void setUserEnabled(String username, boolean enabled) {
    String admin = admin();
    List<String> ids =
        given()
            .auth()
            .oauth2(admin)
            .get(URL + "/admin/realms/gender-equality/users?exact=true&username=" + username)
            .path("id");
    given()
        .auth()
        .oauth2(admin)
        .contentType("application/json")
        .body(Map.of("enabled", enabled))
        .put(URL + "/admin/realms/gender-equality/users/" + ids.get(0))
        .then()
        .statusCode(204);
  }

  static void setClientEnabled(String clientId, boolean enabled) {
    String admin = admin();
    List<String> ids =
        given()
            .auth()
            .oauth2(admin)
            .get(URL + "/admin/realms/gender-equality/clients?clientId=" + clientId)
            .path("id");
    given()
        .auth()
        .oauth2(admin)
        .contentType("application/json")
        .body(Map.of("clientId", clientId, "enabled", enabled))
        .put(URL + "/admin/realms/gender-equality/clients/" + ids.get(0))
        .then()
        .statusCode(204);
  }

  /** The token's subject ({@code sub}), read from its payload. */
  static String subject(String token) {
    String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    return io.restassured.path.json.JsonPath.from(payload).getString("sub");
  }

  /** The same token with one character of its signature changed. */
  static String tamperSignature(String token) {
    char last = token.charAt(token.length() - 5);
    return token.substring(0, token.length() - 5)
        + (last == 'A' ? 'B' : 'A')
        + token.substring(token.length() - 4);
  }

  /** The same claims with the signature stripped and {@code alg: none}. */
  static String unsigned(String token) {
    String header =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
    return header + "." + token.split("\\.")[1] + ".";
  }
}
