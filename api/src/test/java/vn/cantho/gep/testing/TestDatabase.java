package vn.cantho.gep.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A real PostgreSQL for the tests: an embedded one (zonky) by default, or a fresh database on a
 * server named by {@code GEP_TEST_DB_URL} (an admin connection URL, e.g. {@code
 * jdbc:postgresql://127.0.0.1:5432/postgres}) with {@code GEP_TEST_DB_USER} and {@code
 * GEP_TEST_DB_PASSWORD}; that database is dropped after the run.
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {
  static final String URL = "geptest.db.url";
  static final String USER = "geptest.db.user";
  static final String PASSWORD = "geptest.db.password";

  private EmbeddedPostgres embedded;
  private String adminUrl;
  private String database;

  @Override
  public Map<String, String> start() {
    String server = System.getenv("GEP_TEST_DB_URL");
    String user = envOr("GEP_TEST_DB_USER", "postgres");
    String password = envOr("GEP_TEST_DB_PASSWORD", "postgres");
    String url;
    try {
      if (server != null && !server.isBlank()) {
        adminUrl = server;
        database = "gep_test_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100000;
        try (Connection c = DriverManager.getConnection(adminUrl, user, password);
            Statement s = c.createStatement()) {
          s.execute("create database " + database);
        }
        url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + database;
      } else {
        embedded = EmbeddedPostgres.builder().setPort(0).start();
        url = embedded.getJdbcUrl("postgres", "postgres");
        user = "postgres";
        password = "postgres";
      }
    } catch (Exception e) {
      throw new IllegalStateException("Cannot start the test database", e);
    }
    System.setProperty(URL, url);
    System.setProperty(USER, user);
    System.setProperty(PASSWORD, password);
    return Map.of(
        "quarkus.datasource.jdbc.url", url,
        "quarkus.datasource.username", user,
        "quarkus.datasource.password", password);
  }

  @Override
  public void stop() {
    try {
      if (embedded != null) {
        embedded.close();
      }
      if (database != null) {
        try (Connection c =
                DriverManager.getConnection(
                    adminUrl, System.getProperty(USER), System.getProperty(PASSWORD));
            Statement s = c.createStatement()) {
          s.execute("drop database if exists " + database + " with (force)");
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  /** A connection to the database the API under test uses. */
  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty(URL), System.getProperty(USER), System.getProperty(PASSWORD));
  }
}
