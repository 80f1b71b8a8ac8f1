package vn.cantho.gep.submission;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The complete new set of a submission's values; values left out are removed. */
@Schema(name = "ReplaceValuesRequest")
public record ReplaceValuesRequest(
    @Schema(
            description = "The version being replaced, when no If-Match header is sent",
            example = "1",
            nullable = true)
        Integer version,
    @NotNull @Size(max = 1000) List<@NotNull @Valid ValueInput> values) {}
