package vn.cantho.gep.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A yearly plan. */
@Schema(name = "Plan")
public record PlanResponse(
    @Schema(example = "2024") int year,
    @Schema(
            example =
                "Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới thành phố Cần Thơ năm 2024")
        String titleVi,
    String titleEn,
    @Schema(example = "Ủy ban nhân dân thành phố Cần Thơ") String issuedByVi) {

  public static PlanResponse from(Plan p) {
    return new PlanResponse(p.year, p.titleVi, p.titleEn, p.issuedByVi);
  }
}
