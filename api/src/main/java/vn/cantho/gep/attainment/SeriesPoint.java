package vn.cantho.gep.attainment;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cantho.gep.indicator.Comparator;
import vn.cantho.gep.period.Period;
import vn.cantho.gep.period.PeriodType;

/** One period's attainment of an indicator, with the target of that period's plan year. */
@Schema(name = "SeriesPoint")
public record SeriesPoint(
    @Schema(example = "2024S1") String period,
    @Schema(example = "SIX_MONTHLY") PeriodType periodType,
    @Schema(description = "The plan year whose target applies", example = "2024") int planYear,
    @Schema(example = "2024-01-01") LocalDate start,
    @Schema(example = "2024-06-30") LocalDate end,
    @Schema(nullable = true) BigDecimal numerator,
    @Schema(nullable = true) BigDecimal denominator,
    @Schema(description = "For display; statuses are decided exactly", nullable = true)
        BigDecimal value,
    @Schema(nullable = true) Boolean flag,
    @Schema(example = "60", nullable = true) BigDecimal target,
    @Schema(example = "GE") Comparator comparator,
    @Schema(nullable = true) BigDecimal baseline,
    @Schema(nullable = true) BigDecimal progress,
    AttainmentStatus status,
    AttainmentRow.Reporters reporters) {

  static SeriesPoint of(Period p, AttainmentRow r) {
    return new SeriesPoint(
        p.code,
        p.type,
        p.year,
        p.startDate,
        p.endDate,
        r.numerator(),
        r.denominator(),
        r.value(),
        r.flag(),
        r.target(),
        r.comparator(),
        r.baseline(),
        r.progress(),
        r.status(),
        r.reporters());
  }
}
