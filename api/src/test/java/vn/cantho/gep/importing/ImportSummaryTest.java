package vn.cantho.gep.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportSummaryTest {

  @Test
  void countsEachOutcomeAndGivesTheVerdict() {
    ImportSummary summary =
        ImportSummary.of(
            ImportFormat.CSV,
            false,
            List.of(
                outcome(1, ImportOutcome.IMPORTED),
                outcome(2, ImportOutcome.IMPORTED),
                outcome(3, ImportOutcome.UPDATED),
                outcome(4, ImportOutcome.IGNORED),
                outcome(5, ImportOutcome.IGNORED),
                outcome(6, ImportOutcome.IGNORED)),
            List.of());
    assertThat(summary.counts()).isEqualTo(new ImportSummary.Counts(2, 1, 3, 0));
    assertThat(summary.status()).isEqualTo(ImportStatus.SUCCESS);
    assertThat(summary.rejections()).isEmpty();
  }

  @Test
  void someRejectedIsAWarningAllRejectedAnError() {
    List<RowOutcome> some = List.of(outcome(1, ImportOutcome.IGNORED), rejected(2, "NEGATIVE"));
    assertThat(ImportSummary.of(ImportFormat.CSV, true, some, List.of()).status())
        .isEqualTo(ImportStatus.WARNING);
    List<RowOutcome> all = List.of(rejected(1, "NEGATIVE"), rejected(2, "PERIOD_CLOSED"));
    ImportSummary error = ImportSummary.of(ImportFormat.CSV, true, all, List.of());
    assertThat(error.status()).isEqualTo(ImportStatus.ERROR);
    assertThat(error.counts()).isEqualTo(new ImportSummary.Counts(0, 0, 0, 2));
    assertThat(error.dryRun()).isTrue();
    assertThat(ImportSummary.of(ImportFormat.JSON, false, List.of(), List.of()).status())
        .isEqualTo(ImportStatus.SUCCESS);
  }

  @Test
  void listsRejectionsInBodyOrderByRowOrIndex() {
    List<RowOutcome> outcomes =
        List.of(
            rejected(9, "SUBMISSION_REJECTED"),
            outcome(1, ImportOutcome.IMPORTED),
            rejected(4, "NEGATIVE"));
    List<ImportRejection> csv =
        ImportSummary.of(ImportFormat.CSV, false, outcomes, List.of()).rejections();
    assertThat(csv).extracting(ImportRejection::row).containsExactly(4, 9);
    assertThat(csv).extracting(ImportRejection::index).containsOnlyNulls();
    assertThat(csv.get(0))
        .isEqualTo(
            new ImportRejection(
                4,
                null,
                "ninh-kieu",
                "2024",
                "5.2a",
                Map.of("sex", "female"),
                "NEGATIVE",
                "NEGATIVE broken",
                "numerator"));
    List<ImportRejection> json =
        ImportSummary.of(ImportFormat.JSON, false, outcomes, List.of()).rejections();
    assertThat(json).extracting(ImportRejection::index).containsExactly(4, 9);
    assertThat(json).extracting(ImportRejection::row).containsOnlyNulls();
  }

  private static RowOutcome outcome(int position, ImportOutcome outcome) {
    return RowOutcome.of(new ImportRow(position, value()), outcome);
  }

  private static RowOutcome rejected(int position, String code) {
    return RowOutcome.rejected(
        new ImportRow(position, value()), code, code + " broken", "numerator");
  }

  private static ImportValue value() {
    return ImportRulesTest.sex("ninh-kieu", "2024", "female", 1, 2);
  }
}
