package vn.cantho.gep.common.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import vn.cantho.gep.common.error.DomainException;
import vn.cantho.gep.common.error.Echo;
import vn.cantho.gep.common.error.ErrorCode;
import vn.cantho.gep.common.error.FieldCode;
import vn.cantho.gep.common.error.FieldError;
import vn.cantho.gep.common.number.DecimalBound;

/**
 * Parses query and path parameters so that a bad one is a 400 problem naming it, not the 404 that
 * JAX-RS gives a failed conversion.
 */
public final class Params {
  private Params() {}

  /** A text parameter trimmed, or null when absent or blank. */
  public static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw invalid(
          name,
          "must be one of " + Arrays.toString(type.getEnumConstants()) + ", not " + Echo.of(value));
    }
  }

  /** Enum values given repeated or comma-separated ({@code ?status=A&status=B,C}), in order. */
  public static <E extends Enum<E>> List<E> enumValues(
      Class<E> type, String name, List<String> values) {
    return texts(values).stream().map(v -> enumValue(type, name, v)).distinct().toList();
  }

  /** Text values given repeated or comma-separated, trimmed, blanks and repeats dropped. */
  public static List<String> texts(List<String> values) {
    return (values == null ? List.<String>of() : values)
        .stream()
            .flatMap(v -> Arrays.stream(v.split(",")))
            .map(String::strip)
            .filter(v -> !v.isEmpty())
            .distinct()
            .toList();
  }

  public static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw invalid(name, "must be a date as YYYY-MM-DD, not " + Echo.of(value));
    }
  }

  /** A whole number from min to max, read through {@link DecimalBound#parseInt}. */
  public static Integer integer(String name, String value, int min, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    int parsed;
    try {
      parsed = DecimalBound.parseInt(value.strip());
    } catch (DecimalBound.Refused e) {
      throw e.reason() == DecimalBound.Reason.NOT_A_NUMBER
          ? invalid(name, "must be a whole number, not " + Echo.of(value))
          : invalid(name, "must be between " + min + " and " + max);
    }
    if (parsed < min || parsed > max) {
      throw invalid(name, "must be between " + min + " and " + max);
    }
    return parsed;
  }

  public static Boolean bool(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.trim().toLowerCase()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw invalid(name, "must be true or false, not " + Echo.of(value));
    };
  }

  /** A submission id; a malformed one cannot name anything, so it is unknown (404). */
  public static UUID id(String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw DomainException.notFound(
          ErrorCode.SUBMISSION_NOT_FOUND, "Submission " + Echo.of(value));
    }
  }

  public static DomainException invalid(String name, String message) {
    return new DomainException(
        ErrorCode.INVALID_PARAMETER,
        "Parameter " + name + " " + message,
        List.of(new FieldError(name, FieldCode.INVALID_PARAMETER, name + " " + message)));
  }
}
