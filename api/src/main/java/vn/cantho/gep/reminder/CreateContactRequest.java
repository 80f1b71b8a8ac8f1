package vn.cantho.gep.reminder;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new contact of an org unit. */
@Schema(name = "CreateContactRequest")
public record CreateContactRequest(
    @NotBlank @Schema(example = "co-do") String orgUnit,
    @NotNull @Schema(example = "REPORTER") ContactKind kind,
    @NotBlank @Email @Size(max = 320) @Schema(example = "reporter.co-do@demo.gep.local")
        String email,
    @NotBlank @Size(max = 255) @Schema(example = "Nguyễn Thị Hoa") String name) {}
