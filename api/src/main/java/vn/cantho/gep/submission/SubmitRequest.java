package vn.cantho.gep.submission;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Options of a submit; the body may be left out. */
@Schema(name = "SubmitRequest")
public record SubmitRequest(
    @Schema(
            description =
                "Submit even though expected indicators are missing (the answer still lists them)."
                    + " A disaggregated indicator with only some categories is never accepted.",
            defaultValue = "false")
        Boolean allowMissing) {

  public boolean allowsMissing() {
    return Boolean.TRUE.equals(allowMissing);
  }
}
