package vn.cantho.gep.common.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.testing.ApiTest;
import vn.cantho.gep.testing.TestDatabase;
import vn.cantho.gep.testing.Tokens;

/**
 * Changes committed by another instance (here: plain SQL on another connection, which nothing in
 * this instance waits for) reach this instance's caches through PostgreSQL's notifications, and the
 * listener comes back by itself when its connection is cut.
 */
@QuarkusTest
class DataChangesTest extends ApiTest {
  @Inject DataChanges changes;

  @Test
  void aChangeCommittedElsewhereMovesTheVersionsItConcerns() throws Exception {
    assertThat(changes.listening()).isTrue();
    DataChanges.Version year = changes.version("2024");
    DataChanges.Version half = changes.version("2024S1");
    DataChanges.Version reference = changes.referenceVersion();

    elsewhere(
        "insert into submission (id, org_unit_code, period_code, status, version, created_at,"
            + " created_by, updated_at, updated_by) values (gen_random_uuid(), 'so-noi-vu', '2024',"
            + " 'DRAFT', 1, now(), 'elsewhere', now(), 'elsewhere')");
    await(() -> !changes.version("2024").equals(year));
    assertThat(changes.version("2024S1")).isEqualTo(half);
    assertThat(changes.referenceVersion()).isEqualTo(reference);

    elsewhere("update target set baseline = 1 where plan_year = 2024 and indicator_code = '1.1'");
    await(() -> !changes.referenceVersion().equals(reference));
  }

  @Test
  void aWriteThroughThisInstanceIsHeardBeforeItsResponseLeaves() {
    DataChanges.Version before = changes.version("2024");
    long markers = changes.markersHeard();
    create("ninh-kieu", "2024", List.of(value("1.1", 10, 30)));
    // no waiting: the response left after the instance had heard its marker, sent after the commit
    assertThat(changes.markersHeard()).isGreaterThan(markers);
    assertThat(changes.version("2024")).isNotEqualTo(before);
    // a read sends none
    long afterWrite = changes.markersHeard();
    as(Tokens.viewer()).get("/api/v1/attainment?period=2024").then().statusCode(200);
    assertThat(changes.markersHeard()).isEqualTo(afterWrite);
  }

  @Test
  void aCachedAttainmentFollowsAValueChangedElsewhere() throws Exception {
    approved("ninh-kieu", "2024", List.of(value("1.1", 10, 30)));
    read().body("[0].numerator", equalTo(10));
    read().body("[0].numerator", equalTo(10));
    // as the API changes values: with their submission's version
    elsewhere(
        "update submission_value set numerator = 20 where indicator_code = '1.1';"
            + " update submission set version = version + 1, updated_at = now()");
    await(() -> read().extract().path("[0].numerator").equals(20));
  }

  @Test
  void theListenerComesBackAfterItsConnectionIsCut() throws Exception {
    long session = changes.version("2024").session();
    assertThat(session).isPositive();
    elsewhere(
        "select pg_terminate_backend(pid) from pg_stat_activity where application_name = '"
            + DataChanges.LISTENER
            + "'");
    await(() -> changes.version("2024").session() > session);
    assertThat(changes.listening()).isTrue();
    // and it hears again
    DataChanges.Version version = changes.version("2024");
    elsewhere("update submission set version = version + 1 where period_code = '2024'");
    elsewhere(
        "insert into submission (id, org_unit_code, period_code, status, version, created_at,"
            + " created_by, updated_at, updated_by) values (gen_random_uuid(), 'so-noi-vu', '2024',"
            + " 'DRAFT', 1, now(), 'elsewhere', now(), 'elsewhere')");
    await(() -> !changes.version("2024").equals(version));
  }

  private static io.restassured.response.ValidatableResponse read() {
    return as(Tokens.viewer())
        .get("/api/v1/attainment?period=2024&indicator=1.1")
        .then()
        .statusCode(200);
  }

  /** Runs SQL on its own connection, as another instance would, without waiting for anything. */
  private static void elsewhere(String sql) throws Exception {
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("within 10 s").isLessThan(deadline);
      Thread.sleep(20);
    }
  }
}
