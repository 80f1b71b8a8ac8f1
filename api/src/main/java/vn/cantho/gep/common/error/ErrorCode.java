package vn.cantho.gep.common.error;

/**
 * Stable machine codes of every problem the API answers with. Clients branch on {@link #name()};
 * the numeric status and title may be read but the code is the contract.
 */
public enum ErrorCode {
  VALIDATION_FAILED(400, "The request is not valid"),
  MALFORMED_REQUEST(400, "The request body cannot be read"),
  INVALID_PARAMETER(400, "A parameter is not valid"),
  NUMBER_OUT_OF_RANGE(400, "A number is beyond what its field holds"),
  UNAUTHENTICATED(401, "Authentication is required"),
  FORBIDDEN(403, "Not allowed for this role"),
  ORG_UNIT_FORBIDDEN(403, "Not allowed for this org unit"),
  SELF_APPROVAL_FORBIDDEN(
      403, "Whoever created, changed or submitted a submission may not approve it"),
  BASIS_NOT_ALLOWED(403, "Only approved figures of this org unit may be read"),
  NOT_FOUND(404, "No such resource"),
  ORG_UNIT_NOT_FOUND(404, "Unknown org unit"),
  PERIOD_NOT_FOUND(404, "Unknown period"),
  INDICATOR_NOT_FOUND(404, "Unknown indicator"),
  PLAN_NOT_FOUND(404, "No plan for that year"),
  SUBMISSION_NOT_FOUND(404, "Unknown submission"),
  MILESTONE_NOT_FOUND(404, "No national milestone for that indicator and year"),
  EXCEPTION_NOT_FOUND(404, "No exception for this org unit and period"),
  CONTACT_NOT_FOUND(404, "Unknown contact"),
  METHOD_NOT_ALLOWED(405, "Method not allowed"),
  NOT_ACCEPTABLE(406, "Representation not available"),
  SUBMISSION_EXISTS(409, "A submission already exists for this org unit and period"),
  VERSION_CONFLICT(409, "The submission was changed by someone else"),
  INVALID_TRANSITION(409, "This workflow move is not allowed from the current status"),
  SUBMISSION_NOT_EDITABLE(409, "The submission cannot be edited in its current status"),
  REPORT_DRAFT_CONFLICT(409, "The report draft was changed by someone else"),
  PERIOD_CLOSED(409, "The period is closed"),
  PLAN_EXISTS(409, "A plan for that year exists already"),
  PERIOD_NOT_YET_OPEN(409, "The period's entry window has not opened yet"),
  CONTACT_EXISTS(409, "The org unit already has this contact"),
  PAYLOAD_TOO_LARGE(413, "The request body is too large"),
  IMPORT_TOO_LARGE(413, "The import has too many values"),
  UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
  VALUES_INVALID(422, "Some values break the plan's rules"),
  SUBMISSION_INCOMPLETE(422, "Expected values are missing"),
  ORG_UNIT_NOT_REPORTER(422, "The org unit reports nothing in this period"),
  ORG_UNIT_NOT_ACTIVE(422, "The org unit does not exist in this period"),
  TARGET_INVALID(422, "The target breaks the indicator's rules"),
  PLAN_SOURCE_NOT_FOUND(422, "No plan for the year to copy from"),
  MILESTONE_INVALID(422, "The national milestone breaks the indicator's rules"),
  ENTRY_WINDOW_INVALID(422, "The entry window closes before it opens"),
  EXCEPTION_INVALID(422, "The exception would end in the past"),
  IDEMPOTENCY_KEY_REUSED(422, "The Idempotency-Key was used for a different request"),
  PRECONDITION_REQUIRED(428, "The version you saw is required"),
  INTERNAL_ERROR(500, "Internal error");

  private final int status;
  private final String title;

  ErrorCode(int status, String title) {
    this.status = status;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** The problem {@code type} URI, stable per code. */
  public String type() {
    return "urn:gep:problem:" + name().toLowerCase().replace('_', '-');
  }
}
