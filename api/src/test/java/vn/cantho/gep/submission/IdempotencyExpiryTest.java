package vn.cantho.gep.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.testing.ApiTest;
import vn.cantho.gep.testing.Db;
import vn.cantho.gep.testing.Tokens;

/**
 * Idempotency-Key receipts are kept for {@code gep.idempotency.retention} (7 days): a fresh one
 * replays, an older one counts as new and the hourly purge deletes it.
 */
@QuarkusTest
class IdempotencyExpiryTest extends ApiTest {
  @Inject IdempotencyRepository receipts;

  private static Response createWithKey(String key, String period) {
    return as(Tokens.reporter("ninh-kieu"))
        .header("Idempotency-Key", key)
        .body(body("ninh-kieu", period, List.of(value("1.1", 10, 30))))
        .post("/api/v1/submissions");
  }

  /** Makes every receipt of that key look as if it had been written that many hours ago. */
  private static void age(String key, int hours) {
    Db.exec(
        "update idempotency_record set created_at = now() - interval '"
            + hours
            + " hours' where idempotency_key = '"
            + key
            + "'");
  }

  @Test
  void aFreshReceiptReplaysAndAnExpiredOneCountsAsNew() {
    String first = createWithKey("k-expiry", "2024").then().statusCode(201).extract().path("id");
    // six days and 23 hours old: still within the week, replayed
    age("k-expiry", 7 * 24 - 1);
    createWithKey("k-expiry", "2024")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(first));
    // eight days old: the key is new again, so another request with it is done, not refused
    age("k-expiry", 8 * 24);
    createWithKey("k-expiry", "2024S1")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", nullValue())
        .body("id", not(equalTo(first)))
        .body("period", equalTo("2024S1"));
    assertThat(Db.count("select count(*) from submission")).isEqualTo(2);
    // and the new receipt replays in turn
    createWithKey("k-expiry", "2024S1")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true");
  }

  @Test
  void thePurgeDeletesOnlyExpiredReceipts() {
    createWithKey("k-old", "2024").then().statusCode(201);
    createWithKey("k-young", "2024S1").then().statusCode(201);
    age("k-old", 8 * 24);
    age("k-young", 6 * 24);
    receipts.purgeExpired();
    assertThat(Db.count("select count(*) from idempotency_record where idempotency_key = 'k-old'"))
        .isZero();
    assertThat(Db.count("select count(*) from idempotency_record")).isEqualTo(1);
    assertThat(receipts.purgeExpired()).isZero();
    createWithKey("k-young", "2024S1").then().statusCode(201).header("Idempotent-Replayed", "true");
  }
}
