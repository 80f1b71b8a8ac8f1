package vn.cantho.gep.submission;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a submission list. */
@Schema(name = "SubmissionPage")
public record SubmissionPage(
    List<SubmissionSummary> items,
    @Schema(description = "Zero-based page number", example = "0") int page,
    @Schema(example = "50") int size,
    @Schema(description = "Matching submissions in all pages", example = "25") long total) {}
