package vn.cantho.gep.common.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cantho.gep.common.number.DecimalBound.Reason;
import vn.cantho.gep.common.number.DecimalBound.Refused;

class DecimalBoundTest {
  static final DecimalBound FIGURE = DecimalBound.FIGURE;
  static final DecimalBound TARGET = new DecimalBound(20, 6);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "14",
        "14.5",
        "-3",
        "+5",
        ".5",
        "5.",
        "1e3",
        "1E+3",
        "2.5e-1",
        "999999999999999999",
        "999999999999999999.999999",
        "0.000001",
        "1.50000000000",
        "0.10000000000000000000000000000000000000"
      })
  void readsNumbersTheColumnHolds(String text) {
    assertThat(FIGURE.parse(text)).isEqualByComparingTo(new BigDecimal(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "NaN",
        "-NaN",
        "Infinity",
        "-Infinity",
        "+Infinity",
        "inf",
        "0x1F",
        "0X1p3",
        "1,5",
        "1_000",
        "1 000",
        "",
        " ",
        " 1",
        "1 ",
        "+",
        "-",
        ".",
        "e5",
        "1e",
        "1e+",
        "1e5.5",
        "--1",
        "+-1",
        "1..2",
        "١٢",
        "１２",
        "14abc",
        "12\u0000"
      })
  void refusesWhatIsNotADecimalNumber(String text) {
    assertRefused(() -> FIGURE.parse(text), Reason.NOT_A_NUMBER);
  }

  @Test
  void refusesNull() {
    assertRefused(() -> FIGURE.parse(null), Reason.NOT_A_NUMBER);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1e999999999",
        "-1e999999999",
        "1e-999999999",
        "1e2147483647",
        "1e-2147483648",
        "1e2147483648",
        "1e-2147483649",
        "9e99999999999999999999",
        "1000000000000000000",
        "-1000000000000000000",
        "0.0000001",
        "0.0000000000000000000000001",
        "1.0000001",
        "1e18",
        "123456789012345678901234567890.1234567",
        "1.00000000000000000000000000000000000000001"
      })
  void refusesNumbersBeyondTheColumn(String text) {
    assertRefused(() -> FIGURE.parse(text), Reason.OUT_OF_RANGE);
  }

  @Test
  void theColumnsLimitsAreExact() {
    assertThat(TARGET.parse("99999999999999.999999")).isEqualByComparingTo("99999999999999.999999");
    assertRefused(() -> TARGET.parse("100000000000000"), Reason.OUT_OF_RANGE);
    assertThat(FIGURE.parse("-999999999999999999.999999"))
        .isEqualByComparingTo("-999999999999999999.999999");
    assertRefused(() -> FIGURE.parse("0.0000005"), Reason.OUT_OF_RANGE);
    assertThat(FIGURE.parse("0.0000050")).isEqualByComparingTo("0.000005");
  }

  @Test
  void aTenThousandDigitIntegerIsRefusedUnread() {
    assertRefused(() -> FIGURE.parse("9".repeat(10_000)), Reason.OUT_OF_RANGE);
    assertRefused(() -> FIGURE.parse("-" + "1".repeat(10_000)), Reason.OUT_OF_RANGE);
    assertRefused(() -> FIGURE.parse("0." + "0".repeat(10_000) + "1"), Reason.OUT_OF_RANGE);
    // leading zeros count: a number is read from at most 40 characters
    assertRefused(() -> FIGURE.parse("0".repeat(39) + "14"), Reason.OUT_OF_RANGE);
    assertThat(FIGURE.parse("0".repeat(38) + "14")).isEqualByComparingTo("14");
  }

  @Test
  void zeroIsZeroWhateverItsSignOrExponent() {
    for (String zero :
        List.of("-0", "+0", "0.000", "-0.0", "0e999999999", "0e-999999999", "-0E5")) {
      BigDecimal value = FIGURE.parse(zero);
      assertThat(value).as(zero).isSameAs(BigDecimal.ZERO);
      assertThat(value.toPlainString()).isEqualTo("0");
    }
  }

  @Test
  void checksParsedValuesWithoutExpandingThem() {
    BigDecimal huge = new BigDecimal(BigInteger.ONE, -999_999_999);
    BigDecimal tiny = new BigDecimal(BigInteger.ONE, 999_999_999);
    BigDecimal longest = new BigDecimal(BigInteger.TEN.pow(10_000).subtract(BigInteger.ONE), 9_990);
    BigDecimal zeros = new BigDecimal(BigInteger.TEN.pow(30), 36);
    assertThat(FIGURE.fits(huge)).isFalse();
    assertThat(FIGURE.fits(huge.negate())).isFalse();
    assertThat(FIGURE.fits(tiny)).isFalse();
    assertThat(FIGURE.fits(longest)).isFalse();
    assertThat(FIGURE.fits(zeros)).isTrue(); // 10^30 / 10^36 = 0.000001
    assertThat(FIGURE.fits(new BigDecimal(BigInteger.ZERO, 999_999_999))).isTrue();
    assertThat(FIGURE.check(new BigDecimal(BigInteger.ZERO, -999_999_999)))
        .isSameAs(BigDecimal.ZERO);
    assertRefused(() -> FIGURE.check(tiny), Reason.OUT_OF_RANGE);
  }

  @Test
  void hostileNumbersCostNoMoreThanOrdinaryOnes() {
    List<String> hostile =
        List.of(
            "1e999999999",
            "1e-999999999",
            "-1e999999999",
            "9".repeat(10_000),
            "0." + "0".repeat(100_000) + "1",
            "1" + "0".repeat(39),
            "NaN",
            "Infinity",
            "-0");
    long start = System.nanoTime();
    for (int i = 0; i < 1_000; i++) {
      for (String text : hostile) {
        try {
          FIGURE.parse(text);
        } catch (Refused expected) {
          // the point is the time
        }
      }
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void messagesSayTheLimitAndNeverTheNumber() {
    Refused refused = catchRefused(() -> FIGURE.parse("1e999999999"));
    assertThat(refused.getMessage())
        .isEqualTo(
            "must be a number with at most 18 digits before the decimal point and 6 after it,"
                + " written in at most 40 characters")
        .doesNotContain("999");
    assertThat(catchRefused(() -> DecimalBound.parseInt("99999999999")).getMessage())
        .isEqualTo("must be a whole number from -2147483648 to 2147483647");
  }

  @Test
  void integersAreWholeAndWithinAnInt() {
    assertThat(DecimalBound.parseInt("2024")).isEqualTo(2024);
    assertThat(DecimalBound.parseInt("-2147483648")).isEqualTo(Integer.MIN_VALUE);
    assertThat(DecimalBound.parseInt("2147483647")).isEqualTo(Integer.MAX_VALUE);
    assertThat(DecimalBound.parseInt("3.0")).isEqualTo(3);
    assertThat(DecimalBound.parseInt("2.024e3")).isEqualTo(2024);
    assertThat(DecimalBound.parseInt("-0")).isZero();
    for (String text :
        List.of(
            "2147483648",
            "-2147483649",
            "9999999999",
            "2.5",
            "1e10",
            "1e999999999",
            "1e-999999999",
            "9".repeat(10_000))) {
      assertRefused(() -> DecimalBound.parseInt(text), Reason.OUT_OF_RANGE);
    }
    for (String text : List.of("x", "NaN", "Infinity", "0x10", "", "２０２４")) {
      assertRefused(() -> DecimalBound.parseInt(text), Reason.NOT_A_NUMBER);
    }
  }

  @Test
  void rendersAnyNumberInAtMostFortyCharacters() {
    assertThat(DecimalBound.render(new BigDecimal("14.500000"))).isEqualTo("14.5");
    assertThat(DecimalBound.render(new BigDecimal("1e3"))).isEqualTo("1000");
    assertThat(DecimalBound.render(new BigDecimal("0e-999999999"))).isEqualTo("0");
    assertThat(DecimalBound.render(new BigDecimal("1e999999999"))).isEqualTo("1E+999999999");
    assertThat(DecimalBound.render(new BigDecimal("1e-999999999"))).isEqualTo("1E-999999999");
    assertThat(DecimalBound.render(new BigDecimal("1e39"))).isEqualTo("1" + "0".repeat(39));
    assertThat(DecimalBound.render(new BigDecimal("1e40"))).isEqualTo("1E+40");
    assertThat(DecimalBound.render(new BigDecimal("1234567890".repeat(4) + ".5")))
        .isEqualTo("1234567890".repeat(4) + "…");
    assertThat(DecimalBound.render(new BigDecimal("9".repeat(10_000))))
        .isEqualTo("a number of more than 40 digits");
  }

  @Test
  void aBoundIsAColumnType() {
    assertThat(FIGURE.describe())
        .isEqualTo("a number with at most 18 digits before the decimal point and 6 after it");
    assertThat(DecimalBound.INTEGER.describe()).isEqualTo("a whole number of at most 10 digits");
    assertThatThrownBy(() -> new DecimalBound(6, 6)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DecimalBound(6, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertRefused(Runnable parse, Reason reason) {
    assertThat(catchRefused(parse).reason()).isEqualTo(reason);
  }

  private static Refused catchRefused(Runnable parse) {
    try {
      parse.run();
    } catch (Refused e) {
      return e;
    }
    throw new AssertionError("not refused");
  }
}
