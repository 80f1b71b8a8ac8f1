package vn.cantho.gep.attainment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cantho.gep.indicator.Comparator;

/** One indicator's attainment for an org unit and period. */
@Schema(name = "AttainmentRow")
public record AttainmentRow(
    @Schema(example = "1.1") String indicator,
    @Schema(example = "1") String objective,
    @Schema(
            example =
                "Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ")
        String nameVi,
    @Schema(example = "%") String unit,
    @Schema(example = "can-tho") String orgUnit,
    @Schema(example = "2024") String period,
    @Schema(example = "APPROVED") Basis basis,
    @Schema(
            description = "Sum of the counted numerators (for yes/no: the yes answers)",
            example = "12",
            nullable = true)
        BigDecimal numerator,
    @Schema(
            description = "Sum of the counted denominators (for yes/no: the answers)",
            example = "21",
            nullable = true)
        BigDecimal denominator,
    @Schema(
            description =
                "numerator / denominator x scale, to 6 decimals; for display only, statuses are decided exactly",
            example = "57.142857",
            nullable = true)
        BigDecimal value,
    @Schema(description = "For yes/no indicators: whether every answer is yes", nullable = true)
        Boolean flag,
    @Schema(example = "60", nullable = true) BigDecimal target,
    @Schema(example = "GE") Comparator comparator,
    @Schema(nullable = true) BigDecimal baseline,
    @Schema(
            description =
                "Percent of the way from baseline to target (100 = target reached); null without a baseline",
            example = "50",
            nullable = true)
        BigDecimal progress,
    @Schema(example = "NOT_ACHIEVED") AttainmentStatus status,
    Reporters reporters,
    @Schema(description = "Per category, for disaggregated indicators; empty otherwise")
        List<Breakdown> breakdown) {

  /** Reporters the plan expects under the org unit and those whose figures were counted. */
  @Schema(name = "AttainmentReporters")
  public record Reporters(
      @Schema(example = "10") int expected,
      @Schema(example = "8") int reported,
      @Schema(description = "Codes of expected reporters with no counted figure")
          List<String> missing) {}

  /** One category's figure and status. */
  @Schema(name = "AttainmentBreakdown")
  public record Breakdown(
      @Schema(example = "{\"sex\": \"female\"}") Map<String, String> category,
      @Schema(nullable = true) BigDecimal numerator,
      @Schema(nullable = true) BigDecimal denominator,
      @Schema(nullable = true) BigDecimal value,
      AttainmentStatus status) {}
}
