package vn.cantho.gep.importing;

import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to an import: its verdict, what became of each value, and the submissions touched. */
@Schema(name = "ImportSummary")
public record ImportSummary(
    @Schema(example = "WARNING") ImportStatus status,
    @Schema(description = "True when nothing was written") boolean dryRun,
    Counts counts,
    @Schema(description = "Submissions written, in the order the body first names them")
        List<ImportedSubmission> submissions,
    @Schema(description = "One entry per rejected value, in body order")
        List<ImportRejection> rejections) {

  /** How many values were imported, updated, ignored and rejected; they add up to the body's. */
  @Schema(name = "ImportCounts")
  public record Counts(
      @Schema(example = "40") int imported,
      @Schema(example = "3") int updated,
      @Schema(example = "5") int ignored,
      @Schema(example = "2") int rejected) {}

  /** Counts the outcomes and gives the verdict: SUCCESS, WARNING or ERROR. */
  static ImportSummary of(
      ImportFormat format,
      boolean dryRun,
      List<RowOutcome> outcomes,
      List<ImportedSubmission> submissions) {
    int[] counts = new int[ImportOutcome.values().length];
    outcomes.forEach(o -> counts[o.outcome().ordinal()]++);
    int rejected = counts[ImportOutcome.REJECTED.ordinal()];
    ImportStatus status =
        rejected == 0
            ? ImportStatus.SUCCESS
            : rejected < outcomes.size() ? ImportStatus.WARNING : ImportStatus.ERROR;
    List<ImportRejection> rejections =
        outcomes.stream()
            .filter(o -> o.outcome() == ImportOutcome.REJECTED)
            .sorted(Comparator.comparingInt(o -> o.row().position()))
            .map(o -> ImportRejection.of(format, o))
            .toList();
    return new ImportSummary(
        status,
        dryRun,
        new Counts(
            counts[ImportOutcome.IMPORTED.ordinal()],
            counts[ImportOutcome.UPDATED.ordinal()],
            counts[ImportOutcome.IGNORED.ordinal()],
            rejected),
        submissions,
        rejections);
  }
}
