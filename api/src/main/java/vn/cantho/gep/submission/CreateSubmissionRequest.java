package vn.cantho.gep.submission;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new submission, usually a DRAFT with some or all of the unit's values. */
@Schema(name = "CreateSubmissionRequest")
public record CreateSubmissionRequest(
    @NotBlank @Size(max = 64) @Schema(example = "ninh-kieu", required = true) String orgUnit,
    @NotBlank @Size(max = 16) @Schema(example = "2024", required = true) String period,
    @Size(max = 1000) @Schema(description = "May be empty or leave expected indicators out")
        List<@NotNull @Valid ValueInput> values) {

  public List<ValueInput> valuesOrEmpty() {
    return values == null ? List.of() : values;
  }
}
