package vn.cantho.gep.calendar;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cantho.gep.orgunit.OrgUnitType;

/** A report that is due soon or overdue. */
@Schema(name = "DueItem")
public record DueItem(
    @Schema(example = "co-do") String orgUnit,
    @Schema(example = "Huyện Cờ Đỏ") String nameVi,
    @Schema(
            description = "English name; null when the unit has none",
            example = "Co Do District",
            nullable = true)
        String nameEn,
    @Schema(example = "DISTRICT") OrgUnitType orgUnitType,
    @Schema(example = "2024S1") String period,
    @Schema(example = "2024-06-10") LocalDate dueDate,
    @Schema(example = "DRAFT") ReportingStatus status,
    @Schema(description = "Days left (due soon)", example = "3", nullable = true)
        Integer daysUntilDue,
    @Schema(description = "Days past the due date (overdue)", example = "2", nullable = true)
        Integer daysLate,
    @Schema(description = "Whether the unit may still write today") boolean acceptingEntries) {

  static DueItem of(StatusRow row, StatusCell cell) {
    return new DueItem(
        row.orgUnit(),
        row.nameVi(),
        row.nameEn(),
        row.type(),
        cell.period(),
        cell.dueDate(),
        cell.status(),
        cell.daysUntilDue(),
        cell.daysLate(),
        cell.acceptingEntries());
  }
}
