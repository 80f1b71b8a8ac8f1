package vn.cantho.gep.orgunit;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An org unit as the API shows it. */
@Schema(name = "OrgUnit")
public record OrgUnitResponse(
    @Schema(example = "ninh-kieu") String code,
    @Schema(example = "Quận Ninh Kiều") String nameVi,
    @Schema(example = "Ninh Kieu District", nullable = true) String nameEn,
    @Schema(example = "DISTRICT") OrgUnitType type,
    @Schema(
            description = "Code of the parent unit; null for the city",
            example = "can-tho",
            nullable = true)
        String parent,
    @Schema(example = "2000-01-01") LocalDate openedOn,
    @Schema(description = "Last day + 1 of its existence; null while it exists", nullable = true)
        LocalDate closedOn,
    @Schema(description = "Whether it is the coordinating body (so-ldtbxh)") boolean coordinator) {

  public static OrgUnitResponse from(OrgUnit o) {
    return new OrgUnitResponse(
        o.code, o.nameVi, o.nameEn, o.type, o.parentCode, o.openedOn, o.closedOn, o.coordinator);
  }
}
