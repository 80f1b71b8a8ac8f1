package vn.cantho.gep.calendar;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cantho.gep.orgunit.OrgUnitType;

/** One org unit's row of the reporting-status matrix: a cell per period, in the periods' order. */
@Schema(name = "StatusRow")
public record StatusRow(
    @Schema(example = "co-do") String orgUnit,
    @Schema(example = "Huyện Cờ Đỏ") String nameVi,
    @Schema(
            description = "English name; null when the unit has none",
            example = "Co Do District",
            nullable = true)
        String nameEn,
    @Schema(example = "DISTRICT") OrgUnitType type,
    List<StatusCell> cells) {}
