package vn.cantho.gep.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.testing.TestDatabase;

/**
 * The packaged jar, production profile, with {@code QUARKUS_OIDC_TOKEN_AUDIENCE} set but empty: it
 * must stop at start with a message naming the variable, not serve without an audience check.
 */
class AudienceStartupIT {

  @Test
  void theJarRefusesToStartWithAnEmptyAudience() throws Exception {
    TestDatabase database = new TestDatabase();
    Map<String, String> db = database.start();
    Path log = Files.createTempFile("gep-audience", ".log");
    try {
      ProcessBuilder jar =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-jar",
                  "target/quarkus-app/quarkus-run.jar")
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      Map<String, String> env = jar.environment();
      env.put("QUARKUS_DATASOURCE_JDBC_URL", db.get("quarkus.datasource.jdbc.url"));
      env.put("QUARKUS_DATASOURCE_USERNAME", db.get("quarkus.datasource.username"));
      env.put("QUARKUS_DATASOURCE_PASSWORD", db.get("quarkus.datasource.password"));
      env.put("QUARKUS_HTTP_PORT", "0");
      env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
      env.put("QUARKUS_OIDC_TOKEN_AUDIENCE", "");
      assertThat(new File("target/quarkus-app/quarkus-run.jar")).exists();
      Process process = jar.start();
      boolean ended = process.waitFor(120, TimeUnit.SECONDS);
      if (!ended) {
        process.destroyForcibly();
      }
      String output = Files.readString(log);
      assertThat(ended).as("the jar stopped by itself; its output:\n%s", output).isTrue();
      assertThat(process.exitValue()).isNotZero();
      assertThat(output)
          .contains("quarkus.oidc.token.audience (QUARKUS_OIDC_TOKEN_AUDIENCE) is empty")
          .doesNotContain("Listening on");
    } finally {
      database.stop();
      Files.deleteIfExists(log);
    }
  }
}
