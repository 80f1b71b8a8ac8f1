package vn.cantho.gep.testing;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;

/**
 * A real OpenID provider for tests: it publishes a discovery document and a JWKS over HTTP on
 * 127.0.0.1, and {@link Tokens} signs RS256 tokens with its private key, for the audience {@value
 * #AUDIENCE}. The API under test is configured with the standard {@code quarkus.oidc.*} properties
 * only, as in production; its audience is the default of application.properties.
 */
public class TestIssuer implements QuarkusTestResourceLifecycleManager {
  public static final String AUDIENCE = "gep-api";
  static final String KEY_PROPERTY = "geptest.issuer.key";
  static final String OTHER_KEY_PROPERTY = "geptest.issuer.other-key";
  static final String ISSUER_PROPERTY = "geptest.issuer.url";
  private HttpServer server;

  @Override
  public Map<String, String> start() {
    try {
      RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
      key.setKeyId("test-key");
      RsaJsonWebKey otherKey = RsaJwkGenerator.generateJwk(2048);
      otherKey.setKeyId("test-key");
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      int port = server.getAddress().getPort();
      String issuer = "http://127.0.0.1:" + port + "/realms/gender-equality";
      // System properties, not static fields: tests may run in another class loader than this.
      System.setProperty(KEY_PROPERTY, key.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE));
      System.setProperty(
          OTHER_KEY_PROPERTY, otherKey.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE));
      System.setProperty(ISSUER_PROPERTY, issuer);
      String discovery =
          """
          {"issuer": "%1$s", "jwks_uri": "%1$s/protocol/openid-connect/certs",
           "token_endpoint": "%1$s/protocol/openid-connect/token",
           "id_token_signing_alg_values_supported": ["RS256"]}
          """
              .formatted(issuer);
      String jwks = new JsonWebKeySet(key).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
      server.createContext(
          "/realms/gender-equality/.well-known/openid-configuration",
          exchange -> respond(exchange, discovery));
      server.createContext(
          "/realms/gender-equality/protocol/openid-connect/certs",
          exchange -> respond(exchange, jwks));
      server.start();
      return Map.of(
          "quarkus.oidc.auth-server-url", issuer, "quarkus.oidc.devservices.enabled", "false");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void respond(com.sun.net.httpserver.HttpExchange exchange, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop(0);
    }
  }
}
