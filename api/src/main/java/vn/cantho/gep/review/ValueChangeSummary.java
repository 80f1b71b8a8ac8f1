package vn.cantho.gep.review;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A value's move since the previous period and whether it is large. */
@Schema(name = "Change")
public record ValueChangeSummary(
    ChangeKind kind,
    @Schema(
            description =
                "Percentage points (PERCENTAGE_POINTS) or percent of the previous value (RELATIVE),"
                    + " to 6 decimals; null for FLIP and for a move away from 0",
            example = "-12.5",
            nullable = true)
        BigDecimal amount,
    @Schema(description = "Whether the move reaches the configured threshold") boolean large,
    @Schema(nullable = true) LargeChangeReason reason) {}
