package vn.cantho.gep.common.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field of a request: where it is, a stable code, and a readable message. */
@Schema(name = "FieldError")
public record FieldError(
    @Schema(description = "JSON path of the field in the request", example = "values[0].numerator")
        String field,
    @Schema(
            implementation = String.class,
            description = "Stable code of the broken rule",
            example = "NUMERATOR_EXCEEDS_DENOMINATOR")
        FieldCode code,
    @Schema(example = "numerator 21 exceeds denominator 20 for a percentage") String message) {}
