package vn.cantho.gep.common.error;

/**
 * Stable machine codes of one invalid field ({@link FieldError#code}), beside the problem's own
 * {@link ErrorCode}. Clients branch on {@link #name()}; a few share a name with an ErrorCode.
 */
public enum FieldCode {
  REQUIRED("A value is required"),
  INVALID_TYPE("The field has the wrong type or format"),
  UNKNOWN_FIELD("The field is not part of the request"),
  NEGATIVE("The number must not be negative"),
  NOT_POSITIVE("The number must be greater than zero"),
  SIZE("The text or list is too short or too long"),
  PATTERN("The text does not have the expected form"),
  TOO_LARGE("The number is above its maximum"),
  MIN("The number is below its minimum"),
  EMAIL("The text is not an e-mail address"),
  INVALID("The field breaks a rule of its own"),
  NUMBER_OUT_OF_RANGE("The number is beyond what its field holds"),
  INVALID_PARAMETER("The query or path parameter is not valid"),
  EMPTY("The CSV or its header row is empty"),
  FIELD_COUNT("A CSV row has more or fewer fields than the header"),
  UNKNOWN_COLUMN("The CSV header names an unknown column"),
  DUPLICATE_COLUMN("The CSV header names a column twice"),
  MISSING_COLUMN("The CSV header lacks a required column"),
  INVALID_NUMBER("The CSV cell is not a number"),
  INVALID_FLAG("The CSV cell is not true, false or empty"),
  UNREADABLE("The CSV cannot be read (quoting)"),
  PLAN_NOT_FOUND("No plan for the year named"),
  COMPARATOR_MISMATCH("The comparator does not fit the indicator's value type"),
  TARGET_NOT_ALLOWED("A yes/no indicator has no numeric target"),
  BASELINE_NOT_ALLOWED("A yes/no indicator has no baseline"),
  PERCENT_OVER_100("A percentage cannot exceed 100"),
  DUPLICATE_VALUE("The same indicator and category is given twice"),
  INDICATOR_UNKNOWN("The plan of the year has no such indicator"),
  INDICATOR_NOT_REPORTED("The org unit does not report this indicator"),
  DISAGGREGATION_NOT_ALLOWED("The indicator is not disaggregated"),
  DISAGGREGATION_REQUIRED("The indicator is reported per category"),
  CATEGORY_UNKNOWN("The indicator has no such category"),
  FLAG_REQUIRED("A yes/no indicator takes a flag"),
  RATIO_NOT_ALLOWED("A yes/no indicator takes no numerator or denominator"),
  FLAG_NOT_ALLOWED("A numeric indicator takes no flag"),
  DENOMINATOR_NOT_POSITIVE("The denominator must be greater than zero"),
  NUMERATOR_EXCEEDS_DENOMINATOR("A percentage's numerator cannot exceed its denominator");

  private final String description;

  FieldCode(String description) {
    this.description = description;
  }

  /** What the code means, for the API's documentation. */
  public String description() {
    return description;
  }

  /**
   * The code of a Bean Validation constraint, by its annotation's simple name.
   *
   * @param annotation e.g. {@code NotNull}, {@code Size}
   */
  public static FieldCode ofConstraint(String annotation) {
    return switch (annotation) {
      case "NotNull", "NotBlank", "NotEmpty" -> REQUIRED;
      case "PositiveOrZero" -> NEGATIVE;
      case "Positive" -> NOT_POSITIVE;
      case "Size" -> SIZE;
      case "Pattern" -> PATTERN;
      case "DecimalMax", "Max", "Digits" -> TOO_LARGE;
      case "Min" -> MIN;
      case "Email" -> EMAIL;
      default -> INVALID;
    };
  }
}
