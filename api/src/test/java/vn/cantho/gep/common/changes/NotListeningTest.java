package vn.cantho.gep.common.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.testing.ApiTest;
import vn.cantho.gep.testing.TestDatabase;
import vn.cantho.gep.testing.Tokens;

/**
 * While no notifications are heard (here: never listening), every read checks the data itself, so a
 * change made elsewhere shows in the very next read.
 */
@QuarkusTest
@TestProfile(NotListeningTest.Deaf.class)
class NotListeningTest extends ApiTest {
  public static class Deaf implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("gep.changes.listen", "false");
    }
  }

  @Inject DataChanges changes;

  @Test
  void aChangeMadeElsewhereShowsInTheNextRead() throws Exception {
    assertThat(changes.listening()).isFalse();
    approved("ninh-kieu", "2024", List.of(value("1.1", 10, 30)));
    read().body("[0].numerator", equalTo(10));
    read().body("[0].numerator", equalTo(10));
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      s.execute(
          "update submission_value set numerator = 20 where indicator_code = '1.1';"
              + " update submission set version = version + 1, updated_at = now()");
    }
    read().body("[0].numerator", equalTo(20));
  }

  private static io.restassured.response.ValidatableResponse read() {
    return as(Tokens.viewer())
        .get("/api/v1/attainment?period=2024&indicator=1.1")
        .then()
        .statusCode(200);
  }
}
