package vn.cantho.gep.calendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cantho.gep.orgunit.OrgUnitType;

/**
 * Reporting rates of a group of org units in one period, as in DHIS2's reporting-rate summary.
 *
 * @param orgUnitType the group; null for all expected reporters together
 */
@Schema(name = "RateSummary")
public record RateSummary(
    @Schema(
            description = "The group's org unit type; null for the overall row",
            example = "DISTRICT",
            nullable = true)
        OrgUnitType orgUnitType,
    @Schema(description = "Units the plan expects a report from", example = "9") int expected,
    @Schema(
            description = "Of those, units that have submitted (SUBMITTED, RETURNED or APPROVED)",
            example = "7")
        int reported,
    @Schema(description = "Of those, units whose first submission met the due date", example = "5")
        int reportedOnTime,
    @Schema(
            description = "reported / expected in percent, one decimal; null when none expected",
            example = "77.8",
            nullable = true)
        BigDecimal reportingRate,
    @Schema(
            description =
                "reportedOnTime / expected in percent, one decimal; null when none expected",
            example = "55.6",
            nullable = true)
        BigDecimal onTimeRate) {

  /** One unit's standing, for {@link #summarize}. */
  public record Entry(OrgUnitType type, Timeliness timeliness) {}

  /**
   * The overall row first, then one row per org unit type with expected reporters, in type order.
   * NOT_EXPECTED units count nowhere; rates guard against an empty denominator.
   */
  public static List<RateSummary> summarize(Collection<Entry> entries) {
    Map<OrgUnitType, List<Timeliness>> byType = new TreeMap<>();
    List<Timeliness> all = new ArrayList<>();
    for (Entry e : entries) {
      if (e.timeliness().status() == ReportingStatus.NOT_EXPECTED) {
        continue;
      }
      byType.computeIfAbsent(e.type(), k -> new ArrayList<>()).add(e.timeliness());
      all.add(e.timeliness());
    }
    List<RateSummary> rows = new ArrayList<>();
    rows.add(of(null, all));
    byType.forEach((type, list) -> rows.add(of(type, list)));
    return rows;
  }

  private static RateSummary of(OrgUnitType type, List<Timeliness> list) {
    int expected = list.size();
    int reported = (int) list.stream().filter(t -> t.status().reported()).count();
    int onTime =
        (int)
            list.stream()
                .filter(t -> t.status().reported() && Boolean.TRUE.equals(t.onTime()))
                .count();
    return new RateSummary(
        type, expected, reported, onTime, percent(reported, expected), percent(onTime, expected));
  }

  static BigDecimal percent(int part, int whole) {
    if (whole == 0) {
      return null;
    }
    return BigDecimal.valueOf(part * 100L)
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }
}
