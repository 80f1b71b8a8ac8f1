package vn.cantho.gep.importing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A value the import did not write, where it is in the body, and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ImportRejection")
public record ImportRejection(
    @Schema(
            description = "CSV: the data row, 1-based, the header not counted",
            nullable = true,
            example = "3")
        Integer row,
    @Schema(description = "JSON: the index in `values`, 0-based", nullable = true, example = "2")
        Integer index,
    @Schema(example = "cai-rang", nullable = true) String orgUnit,
    @Schema(example = "2024", nullable = true) String period,
    @Schema(example = "1.1", nullable = true) String indicator,
    @Schema(nullable = true, example = "{\"sex\": \"female\"}") Map<String, String> disaggregation,
    @Schema(
            description =
                "Stable code of the broken rule. The value's names: REQUIRED, ORG_UNIT_NOT_FOUND,"
                    + " ORG_UNIT_FORBIDDEN, PERIOD_NOT_FOUND, ORG_UNIT_NOT_ACTIVE, PLAN_NOT_FOUND,"
                    + " PERIOD_CLOSED (closed by hand or after its entry window),"
                    + " PERIOD_NOT_YET_OPEN (before its entry window). The figure: INDICATOR_UNKNOWN, INDICATOR_NOT_REPORTED,"
                    + " DISAGGREGATION_REQUIRED, DISAGGREGATION_NOT_ALLOWED, CATEGORY_UNKNOWN,"
                    + " FLAG_REQUIRED, FLAG_NOT_ALLOWED, RATIO_NOT_ALLOWED, NEGATIVE,"
                    + " DENOMINATOR_NOT_POSITIVE, NUMERATOR_EXCEEDS_DENOMINATOR,"
                    + " NUMBER_OUT_OF_RANGE, DUPLICATE_VALUE (every copy). Its submission:"
                    + " SUBMISSION_NOT_EDITABLE (SUBMITTED or APPROVED), SUBMISSION_INCOMPLETE"
                    + " (submit=true and a disaggregated indicator lacks a category),"
                    + " SUBMISSION_REJECTED (valid itself, but another value of the same org unit"
                    + " and period was rejected, and a submission is written whole or not at all)",
            example = "ORG_UNIT_FORBIDDEN")
        String code,
    @Schema(example = "you import for ninh-kieu only, not for cai-rang") String message,
    @Schema(
            description =
                "The offending field: a CSV column or a JSON path; absent when the whole value is"
                    + " meant",
            nullable = true,
            example = "orgUnit")
        String field) {

  static ImportRejection of(ImportFormat format, RowOutcome outcome) {
    ImportValue v = outcome.row().value();
    int position = outcome.row().position();
    return new ImportRejection(
        format == ImportFormat.CSV ? position : null,
        format == ImportFormat.JSON ? position : null,
        v.orgUnit(),
        v.period(),
        v.indicator(),
        v.disaggregation() == null || v.disaggregation().isEmpty() ? null : v.disaggregation(),
        outcome.code(),
        outcome.message(),
        outcome.field());
  }
}
