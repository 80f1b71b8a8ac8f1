package vn.cantho.gep.report;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cantho.gep.submission.SubmissionStatus;

/** Whether every expected reporter's figures of a period are approved, and who is not yet. */
@Schema(name = "ReportReadiness")
public record ReportReadiness(
    @Schema(example = "2024") String period,
    @Schema(description = "Org units the plan expects a report from in this period", example = "25")
        int expected,
    @Schema(description = "Of those, how many are approved (their figures are in the report)")
        int approved,
    @Schema(description = "True when every expected reporter is approved") boolean complete,
    @Schema(description = "Expected reporters not approved yet, with their submission's status")
        List<Pending> pending) {

  /** An expected reporter whose figures are not in the report. */
  @Schema(name = "ReportPendingReporter")
  public record Pending(
      @Schema(example = "vinh-thanh") String orgUnit,
      @Schema(example = "Huyện Vĩnh Thạnh") String nameVi,
      @Schema(description = "Null when nothing was started", nullable = true)
          SubmissionStatus status) {}
}
