package vn.cantho.gep.indicator;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An indicator's target in a plan year. */
@Schema(name = "Target")
public record TargetResponse(
    @Schema(example = "2024") int planYear,
    @Schema(example = "1.1") String indicator,
    @Schema(example = "GE") Comparator comparator,
    @Schema(example = "60", nullable = true) BigDecimal target,
    @Schema(nullable = true) BigDecimal baseline,
    OffsetDateTime updatedAt,
    @Schema(example = "admin") String updatedBy) {

  public static TargetResponse from(Target t) {
    return new TargetResponse(
        t.planYear, t.indicatorCode, t.comparator, t.value, t.baseline, t.updatedAt, t.updatedBy);
  }
}
