package vn.cantho.gep.review;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cantho.gep.submission.FiguresBasis;
import vn.cantho.gep.submission.SubmissionStatus;

/** A submission's values beside its org unit's previous report, with the large changes flagged. */
@Schema(name = "SubmissionComparison")
public record ComparisonResponse(
    UUID submission,
    @Schema(example = "ninh-kieu") String orgUnit,
    @Schema(example = "2024") String period,
    @Schema(
            description =
                "The org unit's report of the latest earlier period (by end date); null when it has"
                    + " none",
            nullable = true)
        Previous previous,
    @Schema(description = "The thresholds in force") Thresholds thresholds,
    @Schema(description = "How many values are flagged as large changes", example = "2")
        int largeChanges,
    @Schema(
            description =
                "Every value of the submission, then those only the previous report has, in the"
                    + " plan's order")
        List<Row> values) {

  /** The previous report: its period, submission, status and which state of its figures. */
  @Schema(name = "PreviousReport")
  public record Previous(
      @Schema(example = "2024S1") String period,
      UUID submission,
      @Schema(description = "The previous submission's status now") SubmissionStatus status,
      FiguresBasis basis,
      @Schema(
              description = "When the figures compared were approved; null for LATEST",
              nullable = true)
          OffsetDateTime approvedAt) {}

  /** The thresholds from which a change is large. */
  @Schema(name = "ChangeThresholds")
  public record Thresholds(
      @Schema(description = "Percentage points, for shares", example = "10") BigDecimal sharePoints,
      @Schema(description = "Percent of the previous value, for other numbers", example = "50")
          BigDecimal relativePercent) {}

  /** One value (indicator and category) now and in the previous report. */
  @Schema(name = "ValueComparison")
  public record Row(
      @Schema(example = "1.1") String indicator,
      @Schema(nullable = true, example = "{\"sex\": \"female\"}")
          Map<String, String> disaggregation,
      @Schema(description = "null when only the previous report has it", nullable = true)
          ComparedValue current,
      @Schema(description = "null when the previous report lacks it", nullable = true)
          ComparedValue previous,
      @Schema(description = "null when either side is missing", nullable = true)
          ValueChangeSummary change) {}

  /** A figure and the value it yields in the indicator's unit. */
  @Schema(name = "ComparedValue")
  public record ComparedValue(
      @Schema(example = "14", nullable = true) BigDecimal numerator,
      @Schema(example = "20", nullable = true) BigDecimal denominator,
      @Schema(nullable = true) Boolean flag,
      @Schema(
              description = "numerator / denominator x scale, to 6 decimals",
              example = "70",
              nullable = true)
          BigDecimal value) {}
}
