package vn.cantho.gep.common.error;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body with the API's stable {@code code} and field errors. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(
    name = "Problem",
    description =
        "RFC 9457 problem details. `code` is stable per error kind; `errors` names each invalid field."
            + " Some problems carry extension members: `existingId` (SUBMISSION_EXISTS), `missing`"
            + " (SUBMISSION_INCOMPLETE), `currentVersion` (VERSION_CONFLICT), `status` of the submission"
            + " (INVALID_TRANSITION), `row` and `column` (MALFORMED_REQUEST and"
            + " NUMBER_OUT_OF_RANGE of a CSV import),"
            + " `maxRows` (IMPORT_TOO_LARGE), `maxBytes` (PAYLOAD_TOO_LARGE), `period` and"
            + " `entryState` (PERIOD_CLOSED, PERIOD_NOT_YET_OPEN), `ownPart` (SELF_APPROVAL_FORBIDDEN:"
            + " CREATED, VALUES_CHANGED, SUBMITTED).")
public final class Problem {
  public static final String MEDIA_TYPE = "application/problem+json";

  @Schema(example = "urn:gep:problem:values-invalid")
  public final String type;

  @Schema(example = "Some values break the plan's rules")
  public final String title;

  @Schema(example = "422")
  public final int status;

  @Schema(example = "1 value breaks the plan's rules")
  public final String detail;

  @Schema(example = "/api/v1/submissions")
  public final String instance;

  @Schema(example = "VALUES_INVALID")
  public final String code;

  public final List<FieldError> errors;

  @Schema(hidden = true)
  private final Map<String, Object> extensions;

  public Problem(
      ErrorCode code,
      String detail,
      String instance,
      List<FieldError> errors,
      Map<String, Object> extensions) {
    this.type = code.type();
    this.title = code.title();
    this.status = code.status();
    this.detail = detail;
    this.instance = instance;
    this.code = code.name();
    this.errors = errors;
    this.extensions = new LinkedHashMap<>(extensions);
  }

  @JsonAnyGetter
  public Map<String, Object> extensions() {
    return extensions;
  }
}
