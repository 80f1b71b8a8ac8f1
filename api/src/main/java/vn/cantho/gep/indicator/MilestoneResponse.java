package vn.cantho.gep.indicator;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A national milestone of one indicator. */
@Schema(name = "Milestone")
public record MilestoneResponse(
    @Schema(example = "2.1") String indicator,
    @Schema(example = "2030") int year,
    @Schema(example = "GE") Comparator comparator,
    @Schema(example = "60", nullable = true) BigDecimal target,
    @Schema(example = "khoảng 60 %", nullable = true) String noteVi,
    @Schema(example = "Nghị quyết 28/NQ-CP ngày 03/3/2021") String source,
    OffsetDateTime updatedAt,
    @Schema(example = "migration") String updatedBy) {

  public static MilestoneResponse from(NationalMilestone m) {
    return new MilestoneResponse(
        m.indicatorCode,
        m.year,
        m.comparator,
        m.value,
        m.noteVi,
        m.source,
        m.updatedAt,
        m.updatedBy);
  }
}
