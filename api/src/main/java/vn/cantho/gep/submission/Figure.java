package vn.cantho.gep.submission;

import java.math.BigDecimal;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The content of one value: numerator and denominator, or a yes/no flag. */
@Schema(name = "Figure")
public record Figure(
    @Schema(example = "14", nullable = true) BigDecimal numerator,
    @Schema(example = "20", nullable = true) BigDecimal denominator,
    @Schema(nullable = true) Boolean flag) {

  /** Equal in value, whatever the scale of the decimals (14 equals 14.000). */
  public boolean sameAs(Figure other) {
    return other != null
        && numericallyEqual(numerator, other.numerator)
        && numericallyEqual(denominator, other.denominator)
        && Objects.equals(flag, other.flag);
  }

  private static boolean numericallyEqual(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }
}
