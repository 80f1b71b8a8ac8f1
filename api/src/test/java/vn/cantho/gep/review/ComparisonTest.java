package vn.cantho.gep.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.testing.ApiTest;
import vn.cantho.gep.testing.Tokens;

/** GET /submissions/{id}/comparison: values beside the previous period's, large changes flagged. */
@QuarkusTest
class ComparisonTest extends ApiTest {
  static final String OU = "ninh-kieu";

  static ValidatableResponse comparison(String token, String id) {
    return as(token).get("/api/v1/submissions/" + id + "/comparison").then();
  }

  static String row(String indicator) {
    return "values.find { it.indicator == '" + indicator + "' }";
  }

  @Test
  void eachValueBesideTheApprovedFiguresOfTheLatestEarlierPeriod() {
    approved(OU, "2024S1", List.of(value("1.1", 15, 20), value("4.1", 110, 100)));
    String id =
        create(
            OU, "2024", List.of(value("1.1", 6, 20), value("4.1", 112, 100), value("3.3", 1, 2)));

    comparison(Tokens.coordinator(), id)
        .statusCode(200)
        .body("submission", equalTo(id))
        .body("orgUnit", equalTo(OU))
        .body("period", equalTo("2024"))
        .body("previous.period", equalTo("2024S1"))
        .body("previous.status", equalTo("APPROVED"))
        .body("previous.basis", equalTo("APPROVED"))
        .body("previous.approvedAt", notNullValue())
        .body("thresholds.sharePoints", equalTo(10))
        .body("thresholds.relativePercent", equalTo(50))
        .body("largeChanges", equalTo(1))
        .body("values.indicator", equalTo(List.of("1.1", "3.3", "4.1")))
        // 75 % to 30 %: 45 percentage points down, flagged
        .body(row("1.1") + ".current.value", equalTo(30))
        .body(row("1.1") + ".previous.value", equalTo(75))
        .body(row("1.1") + ".previous.numerator", equalTo(15))
        .body(row("1.1") + ".change.kind", equalTo("PERCENTAGE_POINTS"))
        .body(row("1.1") + ".change.amount", equalTo(-45))
        .body(row("1.1") + ".change.large", equalTo(true))
        .body(row("1.1") + ".change.reason", equalTo("SHARE_POINTS"))
        // 110 to 112 boys per 100 girls: 1.8 % up, not flagged
        .body(row("4.1") + ".change.kind", equalTo("RELATIVE"))
        .body(row("4.1") + ".change.amount", equalTo(1.818182f))
        .body(row("4.1") + ".change.large", equalTo(false))
        .body(row("4.1") + ".change.reason", nullValue())
        // not reported last time: nothing to compare
        .body(row("3.3") + ".previous", nullValue())
        .body(row("3.3") + ".change", nullValue());
  }

  @Test
  void aReopenedPreviousReportIsComparedAsItWasApproved() {
    String previous = approved(OU, "2024S1", List.of(value("1.1", 15, 20)));
    move(Tokens.coordinator(), previous, "reopen", Map.of("reason", "Sửa số liệu"))
        .then()
        .statusCode(200);
    as(Tokens.reporter(OU))
        .header("If-Match", "\"4\"")
        .body(Map.of("values", List.of(value("1.1", 7, 20), value("4.1", 100, 100))))
        .put("/api/v1/submissions/" + previous)
        .then()
        .statusCode(200);
    String id = create(OU, "2024", List.of(value("1.1", 7, 20), value("4.1", 300, 100)));

    comparison(Tokens.viewer(), id)
        .statusCode(200)
        .body("previous.status", equalTo("RETURNED"))
        .body("previous.basis", equalTo("APPROVED"))
        .body(row("1.1") + ".previous.value", equalTo(75))
        .body(row("1.1") + ".change.large", equalTo(true))
        // 4.1 was added after the approval: not part of the approved figures
        .body(row("4.1") + ".previous", nullValue())
        .body("largeChanges", equalTo(1));
  }

  @Test
  void aNeverApprovedPreviousReportIsComparedAsItStands() {
    create(OU, "2024S1", List.of(value("4.1", 100, 100)));
    String id = create(OU, "2024", List.of(value("4.1", 150, 100)));

    comparison(Tokens.coordinator(), id)
        .statusCode(200)
        .body("previous.status", equalTo("DRAFT"))
        .body("previous.basis", equalTo("LATEST"))
        .body("previous.approvedAt", nullValue())
        .body(row("4.1") + ".change.amount", equalTo(50))
        .body(row("4.1") + ".change.reason", equalTo("RELATIVE_CHANGE"))
        .body("largeChanges", equalTo(1));
  }

  @Test
  void yesNoFlipsAndEachSexAreCompared() {
    String unit = "so-gddt";
    approved(
        unit,
        "2024S1",
        List.of(
            flag("5.1", true), value("5.2a", "male", 90, 100), value("5.2a", "female", 99, 100)));
    String id =
        create(
            unit,
            "2024",
            List.of(
                flag("5.1", false),
                value("5.2a", "male", 91, 100),
                value("5.2a", "female", 70, 100)));

    comparison(Tokens.coordinator(), id)
        .statusCode(200)
        .body("largeChanges", equalTo(2))
        .body(row("5.1") + ".current.flag", equalTo(false))
        .body(row("5.1") + ".previous.flag", equalTo(true))
        .body(row("5.1") + ".change.kind", equalTo("FLIP"))
        .body(row("5.1") + ".change.reason", equalTo("FLAG_FLIPPED"))
        .body(
            "values.findAll { it.indicator == '5.2a' }.disaggregation.sex",
            equalTo(List.of("female", "male")))
        .body(
            "values.findAll { it.indicator == '5.2a' }.change.large",
            equalTo(List.of(true, false)));
  }

  @Test
  void withoutAnEarlierReportThereIsNothingToCompare() {
    create(OU, "2024", List.of(value("1.1", 1, 2)));
    String id = create(OU, "2024S1", List.of(value("1.1", 1, 2)));
    comparison(Tokens.coordinator(), id)
        .statusCode(200)
        .body("previous", nullValue())
        .body("largeChanges", equalTo(0))
        .body("values", hasSize(1))
        .body("values[0].current.value", equalTo(50))
        .body("values[0].change", nullValue());
  }

  @Test
  void readableAsTheSubmissionIs() {
    String id = create(OU, "2024", List.of(value("1.1", 1, 2)));
    for (String token : List.of(Tokens.admin(), Tokens.viewer(), Tokens.reporter(OU))) {
      comparison(token, id).statusCode(200);
    }
    // another unit's reporter is not told it exists
    comparison(Tokens.reporter("cai-rang"), id)
        .statusCode(404)
        .body("code", equalTo("SUBMISSION_NOT_FOUND"));
    comparison(Tokens.noRole(), id).statusCode(403).body("code", equalTo("FORBIDDEN"));
    given().get("/api/v1/submissions/" + id + "/comparison").then().statusCode(401);
    // an id that is no UUID is as unknown as any other, as for GET /submissions/{id}
    comparison(Tokens.coordinator(), "not-a-uuid")
        .statusCode(404)
        .body("code", equalTo("SUBMISSION_NOT_FOUND"));
    comparison(Tokens.coordinator(), "00000000-0000-0000-0000-000000000000")
        .statusCode(404)
        .body("code", equalTo("SUBMISSION_NOT_FOUND"));
  }
}
