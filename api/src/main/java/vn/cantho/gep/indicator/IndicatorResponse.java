package vn.cantho.gep.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An indicator with its definition and its target in one plan year. */
@Schema(name = "Indicator")
public record IndicatorResponse(
    @Schema(example = "1.1") String code,
    @Schema(description = "Code of its objective", example = "1") String objective,
    @Schema(
            example =
                "Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ")
        String nameVi,
    @Schema(
            example =
                "State agencies and local governments at all levels with a woman among key leaders")
        String nameEn,
    @Schema(
            description =
                "%, times, boys per 100 girls, per 100,000 live births, births per 1,000 women, yes/no",
            example = "%")
        String unit,
    @Schema(example = "%") String unitVi,
    @Schema(description = "RATIO (numerator/denominator x scale) or FLAG (yes/no)")
        ValueType valueType,
    @Schema(example = "GE") Comparator comparator,
    @Schema(
            description = "Target of the plan year; null for yes/no indicators",
            example = "60",
            nullable = true)
        BigDecimal target,
    @Schema(description = "Starting value progress is measured from", nullable = true)
        BigDecimal baseline,
    @Schema(
            description = "value = numerator / denominator x scale; null for yes/no",
            example = "100",
            nullable = true)
        BigDecimal scale,
    @Schema(description = "Disaggregation dimensions", example = "[\"sex\"]")
        List<String> disaggregation,
    @Schema(
            description = "Categories of each dimension",
            example = "{\"sex\": [\"male\", \"female\"]}")
        Map<String, List<String>> categories,
    @Schema(nullable = true) String numeratorVi,
    @Schema(nullable = true) String numeratorEn,
    @Schema(nullable = true) String denominatorVi,
    @Schema(nullable = true) String denominatorEn,
    @Schema(description = "Whether reporters' figures add up to the city's") boolean additive,
    @Schema(description = "Org unit answerable for it", example = "so-noi-vu", nullable = true)
        String owner,
    @Schema(description = "True where the plan names no owner and one was chosen by function")
        boolean ownerInferred,
    @Schema(description = "Org units expected to report it in the plan year")
        List<String> reporters,
    @Schema(example = "2024") int planYear,
    @Schema(description = "Where the plan states it", example = "Mục II.2.a, Mục tiêu 1, Chỉ tiêu")
        String sourceRef,
    @Schema(description = "The plan's own words") String sourceTextVi) {

  public static IndicatorResponse from(Indicator i, IndicatorDefinition d, int planYear) {
    return new IndicatorResponse(
        i.code,
        i.objectiveCode,
        i.nameVi,
        i.nameEn,
        i.unit,
        i.unitVi,
        i.valueType,
        d.comparator(),
        d.target(),
        d.baseline(),
        i.scale,
        List.copyOf(d.categories().keySet()),
        d.categories(),
        i.numeratorVi,
        i.numeratorEn,
        i.denominatorVi,
        i.denominatorEn,
        i.additive,
        i.ownerCode,
        i.ownerInferred,
        List.copyOf(d.reporters()),
        planYear,
        i.sourceRef,
        i.sourceTextVi);
  }
}
