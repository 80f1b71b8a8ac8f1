package vn.cantho.gep.importing;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cantho.gep.submission.MissingValue;
import vn.cantho.gep.submission.SubmissionStatus;

/** A submission that the import wrote into, or in a dry run would. */
@Schema(name = "ImportedSubmission")
public record ImportedSubmission(
    @Schema(example = "ninh-kieu") String orgUnit,
    @Schema(example = "2024") String period,
    @Schema(
            description = "Null only in a dry run, for a submission that would be created",
            nullable = true)
        UUID id,
    @Schema(description = "Its status after the import", example = "DRAFT") SubmissionStatus status,
    @Schema(description = "Created by this import") boolean created,
    @Schema(description = "Its values imported by this request", example = "2") int imported,
    @Schema(description = "Its values updated by this request", example = "1") int updated,
    @Schema(description = "Its values this request gave unchanged", example = "0") int ignored,
    @Schema(description = "Expected values it still lacks") List<MissingValue> missing) {}
