package vn.cantho.gep.demo;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.testing.ApiTest;
import vn.cantho.gep.testing.Db;
import vn.cantho.gep.testing.Tokens;

/** The demo data set loads within the plan's rules and gives a series across two plan years. */
@QuarkusTest
class DemoDataTest extends ApiTest {
  @Inject DemoDataLoader loader;

  @BeforeEach
  @AfterEach
  void onlyThe2024Plan() {
    Db.reset();
  }

  @Test
  void theDemoHasApproved2023FiguresBeforeThe2024Ones() {
    loader.load();
    as(Tokens.viewer())
        .get("/api/v1/attainment/series?indicator=1.1")
        .then()
        .statusCode(200)
        .body("points.period", contains("2023S1", "2023", "2024S1", "2024"))
        .body("points.value", everyItem(notNullValue()))
        .body("points.reporters.reported", everyItem(greaterThan(5)));
    as(Tokens.viewer())
        .get("/api/v1/periods?year=2023")
        .then()
        .body("open", contains(false, false));
    // the 2024 half year keeps its story: vinh-thanh has not started it
    as(Tokens.reporter("vinh-thanh"))
        .get("/api/v1/submissions?orgUnit=vinh-thanh&period=2024S1")
        .then()
        .statusCode(200)
        .body("items", org.hamcrest.Matchers.hasSize(0));
  }
}
