package vn.cantho.gep.period;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A period's new entry window; either end may be null (from the start / until closed by hand). */
@Schema(name = "UpdateEntryWindowRequest")
public record UpdateEntryWindowRequest(
    @Schema(
            description = "First day figures may be written; null: the period's start",
            example = "2024-05-01")
        LocalDate opensOn,
    @Schema(
            description = "Last day figures may be written; null: until closed by hand",
            example = "2024-06-20")
        LocalDate closesOn) {}
