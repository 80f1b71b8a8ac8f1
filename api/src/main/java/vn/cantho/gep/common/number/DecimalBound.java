package vn.cantho.gep.common.number;

import java.math.BigDecimal;
import vn.cantho.gep.common.error.Echo;

/**
 * The limits of a {@code numeric(precision, scale)} column, the one check every number the API
 * reads passes before anything else touches it (JSON through {@code config/JsonNumbers}, CSV
 * through {@code ImportCsv}, query parameters through {@code Params}). A number is refused when its
 * text is longer than {@link #MAX_LENGTH}, when it has more than {@code precision - scale} digits
 * before the decimal point, or more than {@code scale} after it once trailing zeros are dropped
 * (1.50000000 is 1.5). Every step costs a bounded amount whatever the exponent: {@code 1e999999999}
 * is refused from its precision and scale alone, never written out in full.
 */
public record DecimalBound(int precision, int scale) {
  /** Longest text read as a number; longer ones are refused unread. */
  public static final int MAX_LENGTH = 40;

  /** Reported figures: {@code submission_value.numerator} and {@code denominator}. */
  public static final DecimalBound FIGURE = new DecimalBound(24, 6);

  /** Whole numbers of an {@code integer} column (then within the range of an int). */
  public static final DecimalBound INTEGER = new DecimalBound(10, 0);

  /** Bits an unscaled value of {@link #MAX_LENGTH} digits can take, with room. */
  private static final int MAX_BITS = 4 * MAX_LENGTH;

  public DecimalBound {
    if (scale < 0 || precision <= scale) {
      throw new IllegalArgumentException("numeric(" + precision + ", " + scale + ")");
    }
  }

  /** Why a number was refused. */
  public enum Reason {
    /** Not a decimal number at all: {@code NaN}, {@code Infinity}, {@code 0x1F}, {@code 1,5}. */
    NOT_A_NUMBER,
    /** A number, but beyond the bound: too long, too large or too many decimals. */
    OUT_OF_RANGE
  }

  /** A refused number; its message says what the bound allows and never repeats the number. */
  public static final class Refused extends RuntimeException {
    private final Reason reason;

    Refused(Reason reason, String message) {
      super(message, null, false, false);
      this.reason = reason;
    }

    public Reason reason() {
      return reason;
    }
  }

  /**
   * The number a text denotes, if it is a decimal literal ({@code
   * [+-]digits[.digits][e[+-]digits]}, ASCII digits only) within the bound; zero is always {@link
   * BigDecimal#ZERO}, whatever its sign or exponent.
   *
   * @throws Refused naming the {@link Reason}
   */
  public BigDecimal parse(String text) {
    if (!isDecimalLiteral(text)) {
      throw new Refused(Reason.NOT_A_NUMBER, "must be a decimal number");
    }
    if (text.length() > MAX_LENGTH) {
      throw outOfRange();
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException exponentBeyondAnInt) {
      throw outOfRange();
    }
    return check(value);
  }

  /**
   * The value if it fits, zero as {@link BigDecimal#ZERO}; costs a bounded amount for any value.
   *
   * @throws Refused with {@link Reason#OUT_OF_RANGE}
   */
  public BigDecimal check(BigDecimal value) {
    if (!fits(value)) {
      throw outOfRange();
    }
    return value.signum() == 0 ? BigDecimal.ZERO : value;
  }

  /** Whether a value fits the bound; never expands the value, whatever its exponent. */
  public boolean fits(BigDecimal value) {
    if (value.signum() == 0) {
      return true;
    }
    if (value.unscaledValue().bitLength() > MAX_BITS || value.precision() > MAX_LENGTH) {
      return false;
    }
    long integerDigits = (long) value.precision() - value.scale();
    if (integerDigits > precision - scale) {
      return false;
    }
    if (value.scale() <= scale) {
      return true;
    }
    // at most precision - 1 trailing zeros can go: beyond that no stripping can help
    if ((long) value.scale() - (value.precision() - 1) > scale) {
      return false;
    }
    return value.stripTrailingZeros().scale() <= scale;
  }

  /**
   * What the bound allows, for messages: "at most 18 digits before the decimal point and 6 after
   * it".
   */
  public String describe() {
    int whole = precision - scale;
    return scale == 0
        ? "a whole number of at most " + whole + " digits"
        : "a number with at most "
            + whole
            + " digits before the decimal point and "
            + scale
            + " after it";
  }

  /**
   * The int a text denotes, within the {@link #INTEGER} bound and the range of an int; {@code 3.0}
   * and {@code 3e0} are 3.
   *
   * @throws Refused naming the {@link Reason}
   */
  public static int parseInt(String text) {
    BigDecimal value;
    try {
      value = INTEGER.parse(text);
    } catch (Refused e) {
      throw e.reason() == Reason.NOT_A_NUMBER ? e : intOutOfRange();
    }
    if (value.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0
        || value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      throw intOutOfRange();
    }
    return value.intValue();
  }

  /**
   * A number for a message: plain when it is short, else in scientific notation, at most {@link
   * #MAX_LENGTH} characters either way.
   */
  public static String render(BigDecimal value) {
    if (value.signum() == 0) {
      return "0";
    }
    if (value.unscaledValue().bitLength() > MAX_BITS) {
      return "a number of more than " + MAX_LENGTH + " digits";
    }
    boolean plain =
        value.scale() <= MAX_LENGTH && (long) value.precision() - value.scale() <= MAX_LENGTH;
    return Echo.of(plain ? value.stripTrailingZeros().toPlainString() : value.toString());
  }

  /** Whether a text is a decimal literal; one pass, no backtracking, ASCII digits only. */
  static boolean isDecimalLiteral(String text) {
    if (text == null) {
      return false;
    }
    int n = text.length();
    int i = sign(text, 0);
    int digits = 0;
    for (; i < n && isDigit(text.charAt(i)); i++) {
      digits++;
    }
    if (i < n && text.charAt(i) == '.') {
      for (i++; i < n && isDigit(text.charAt(i)); i++) {
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i = sign(text, i + 1);
      int exponentDigits = 0;
      for (; i < n && isDigit(text.charAt(i)); i++) {
        exponentDigits++;
      }
      if (exponentDigits == 0) {
        return false;
      }
    }
    return i == n;
  }

  private static int sign(String text, int i) {
    return i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-') ? i + 1 : i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private Refused outOfRange() {
    return new Refused(
        Reason.OUT_OF_RANGE,
        "must be " + describe() + ", written in at most " + MAX_LENGTH + " characters");
  }

  private static Refused intOutOfRange() {
    return new Refused(
        Reason.OUT_OF_RANGE,
        "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
  }
}
