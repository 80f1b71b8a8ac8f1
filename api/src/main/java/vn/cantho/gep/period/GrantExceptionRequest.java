package vn.cantho.gep.period;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The coordinator's leave for one org unit to write after the period closed. */
@Schema(name = "GrantExceptionRequest")
public record GrantExceptionRequest(
    @NotNull @Schema(description = "Last day (inclusive), today or later", example = "2024-06-20")
        LocalDate until,
    @NotBlank @Size(max = 1000) @Schema(example = "Cán bộ phụ trách nghỉ ốm") String reason) {}
