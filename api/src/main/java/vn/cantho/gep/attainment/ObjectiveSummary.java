package vn.cantho.gep.attainment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many of an objective's indicators are achieved, not achieved or lack data. */
@Schema(name = "ObjectiveSummary")
public record ObjectiveSummary(
    @Schema(example = "5") String objective,
    @Schema(example = "Trong lĩnh vực giáo dục, đào tạo") String nameVi,
    @Schema(example = "Education and training") String nameEn,
    @Schema(example = "6") int total,
    @Schema(example = "3") int achieved,
    @Schema(example = "2") int notAchieved,
    @Schema(example = "1") int noData) {}
