package vn.cantho.gep.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.cantho.gep.common.error.FieldCode;
import vn.cantho.gep.common.error.FieldError;

/** What makes a target fit its indicator. */
public final class TargetRules {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private TargetRules() {}

  public static List<FieldError> validate(ValueType type, String unit, UpdateTargetRequest r) {
    List<FieldError> errors = new ArrayList<>();
    if (type == ValueType.FLAG) {
      if (r.comparator() != Comparator.TRUE) {
        errors.add(
            new FieldError(
                "comparator", FieldCode.COMPARATOR_MISMATCH, "a yes/no indicator takes TRUE"));
      }
      if (r.target() != null) {
        errors.add(
            new FieldError(
                "target", FieldCode.TARGET_NOT_ALLOWED, "a yes/no indicator has no number"));
      }
      if (r.baseline() != null) {
        errors.add(
            new FieldError(
                "baseline", FieldCode.BASELINE_NOT_ALLOWED, "a yes/no indicator has no baseline"));
      }
      return errors;
    }
    if (r.comparator() == Comparator.TRUE) {
      errors.add(
          new FieldError(
              "comparator", FieldCode.COMPARATOR_MISMATCH, "TRUE is only for yes/no indicators"));
    }
    if (r.target() == null) {
      errors.add(
          new FieldError("target", FieldCode.REQUIRED, "a numeric indicator needs a target"));
    } else if (IndicatorDefinition.PERCENT.equals(unit) && r.target().compareTo(HUNDRED) > 0) {
      errors.add(
          new FieldError("target", FieldCode.PERCENT_OVER_100, "a percentage cannot exceed 100"));
    }
    if (r.baseline() != null
        && IndicatorDefinition.PERCENT.equals(unit)
        && r.baseline().compareTo(HUNDRED) > 0) {
      errors.add(
          new FieldError("baseline", FieldCode.PERCENT_OVER_100, "a percentage cannot exceed 100"));
    }
    return errors;
  }
}
