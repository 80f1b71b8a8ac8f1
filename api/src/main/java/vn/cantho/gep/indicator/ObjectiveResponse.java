package vn.cantho.gep.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of the plan's objectives. */
@Schema(name = "Objective")
public record ObjectiveResponse(
    @Schema(example = "1") String code,
    @Schema(example = "Trong lĩnh vực chính trị") String nameVi,
    @Schema(example = "Politics") String nameEn) {

  public static ObjectiveResponse from(Objective o) {
    return new ObjectiveResponse(o.code, o.nameVi, o.nameEn);
  }
}
