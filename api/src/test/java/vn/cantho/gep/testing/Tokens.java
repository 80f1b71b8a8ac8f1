package vn.cantho.gep.testing;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Signed access tokens shaped like Keycloak's, for every role, and broken ones for the 401 tests.
 */
public final class Tokens {
  private Tokens() {}

  public static String admin() {
    return token("admin", List.of("admin"), null);
  }

  public static String coordinator() {
    return token("coordinator", List.of("coordinator"), null);
  }

  public static String viewer() {
    return token("viewer", List.of("viewer"), null);
  }

  public static String reporter(String orgUnit) {
    return token("reporter." + orgUnit, List.of("reporter"), orgUnit);
  }

  /** A valid token with no GEP role at all. */
  public static String noRole() {
    return token("nobody", List.of("offline_access"), null);
  }

  public static String token(String user, List<String> roles, String orgUnit) {
    return sign(
        claims(user, roles, orgUnit),
        key(TestIssuer.KEY_PROPERTY),
        AlgorithmIdentifiers.RSA_USING_SHA256);
  }

  /** A token whose subject is given: the same user name as another token, another person. */
  public static String tokenWithSubject(
      String user, String subject, List<String> roles, String orgUnit) {
    JwtClaims c = claims(user, roles, orgUnit);
    c.setSubject(subject);
    return sign(c, key(TestIssuer.KEY_PROPERTY), AlgorithmIdentifiers.RSA_USING_SHA256);
  }

  /** A token whose org_unit claim is any JSON value, e.g. an array. */
  public static String tokenWithClaim(String user, List<String> roles, Object orgUnitClaim) {
    JwtClaims c = claims(user, roles, null);
    c.setClaim("org_unit", orgUnitClaim);
    return sign(c, key(TestIssuer.KEY_PROPERTY), AlgorithmIdentifiers.RSA_USING_SHA256);
  }

  public static String expired() {
    JwtClaims c = claims("coordinator", List.of("coordinator"), null);
    c.setExpirationTimeMinutesInTheFuture(-10);
    c.setIssuedAtToNow();
    return sign(c, key(TestIssuer.KEY_PROPERTY), AlgorithmIdentifiers.RSA_USING_SHA256);
  }

  public static String otherIssuer() {
    JwtClaims c = claims("coordinator", List.of("coordinator"), null);
    c.setIssuer("http://127.0.0.1:1/realms/other");
    return sign(c, key(TestIssuer.KEY_PROPERTY), AlgorithmIdentifiers.RSA_USING_SHA256);
  }

  public static String otherAudience() {
    JwtClaims c = claims("coordinator", List.of("coordinator"), null);
    c.setAudience("another-api");
    return sign(c, key(TestIssuer.KEY_PROPERTY), AlgorithmIdentifiers.RSA_USING_SHA256);
  }

  /**
   * A token of Keycloak's built-in {@code admin-cli} client, which allows password grants by
   * default: no {@code gep-api} audience, only {@code account} (the user's default account roles).
   */
  public static String adminCli() {
    JwtClaims c = claims("coordinator", List.of("coordinator"), null);
    c.setAudience("account");
    c.setClaim("azp", "admin-cli");
    return sign(c, key(TestIssuer.KEY_PROPERTY), AlgorithmIdentifiers.RSA_USING_SHA256);
  }

  /** A token with no {@code aud} claim at all. */
  public static String noAudience() {
    JwtClaims c = claims("coordinator", List.of("coordinator"), null);
    c.unsetClaim("aud");
    return sign(c, key(TestIssuer.KEY_PROPERTY), AlgorithmIdentifiers.RSA_USING_SHA256);
  }

  /** Signed by a key the issuer does not publish, under the same key id. */
  public static String foreignKey() {
    return sign(
        claims("coordinator", List.of("coordinator"), null),
        key(TestIssuer.OTHER_KEY_PROPERTY),
        AlgorithmIdentifiers.RSA_USING_SHA256);
  }

  /** A valid coordinator token whose payload was changed to claim the admin role. */
  public static String tampered() {
    String[] parts = coordinator().split("\\.");
    JwtClaims c = claims("coordinator", List.of("admin"), null);
    String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(c.toJson().getBytes());
    return parts[0] + "." + payload + "." + parts[2];
  }

  /** An unsigned token ({@code alg: none}). */
  public static String unsigned() {
    String header =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
    String payload =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(claims("admin", List.of("admin"), null).toJson().getBytes());
    return header + "." + payload + ".";
  }

  private static RsaJsonWebKey key(String property) {
    try {
      return (RsaJsonWebKey) JsonWebKey.Factory.newJwk(System.getProperty(property));
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JwtClaims claims(String user, List<String> roles, String orgUnit) {
    JwtClaims c = new JwtClaims();
    c.setIssuer(System.getProperty(TestIssuer.ISSUER_PROPERTY));
    c.setAudience(TestIssuer.AUDIENCE);
    c.setSubject("sub-" + user);
    c.setClaim("preferred_username", user);
    c.setClaim("azp", "gep-spa");
    c.setClaim("typ", "Bearer");
    c.setClaim("realm_access", Map.of("roles", roles));
    if (orgUnit != null) {
      c.setClaim("org_unit", orgUnit);
    }
    c.setIssuedAtToNow();
    c.setExpirationTimeMinutesInTheFuture(10);
    c.setGeneratedJwtId();
    return c;
  }

  private static String sign(JwtClaims claims, RsaJsonWebKey key, String alg) {
    try {
      JsonWebSignature jws = new JsonWebSignature();
      jws.setPayload(claims.toJson());
      jws.setKey(key.getPrivateKey());
      jws.setKeyIdHeaderValue(key.getKeyId());
      jws.setAlgorithmHeaderValue(alg);
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }
}
