package vn.cantho.gep.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.common.error.DomainException;
import vn.cantho.gep.common.error.ErrorCode;
import vn.cantho.gep.common.error.FieldCode;

class ImportCsvTest {
  static final String HEADER = "orgUnit,period,indicator,sex,numerator,denominator,flag\n";

  @Test
  void mapsEachRowToAValue() {
    List<ImportValue> values =
        ImportCsv.parse(
            HEADER
                + "ninh-kieu,2024,1.1,,14,20,\n"
                + "ninh-kieu,2024S1,5.2a,female,97.5,98,\n"
                + "so-gddt,2024,5.1,,,,TRUE\n"
                + "so-gddt,2024,5.1,,,,false\n",
            100);
    assertThat(values)
        .containsExactly(
            new ImportValue(
                "ninh-kieu", "2024", "1.1", null, new BigDecimal("14"), new BigDecimal("20"), null),
            new ImportValue(
                "ninh-kieu",
                "2024S1",
                "5.2a",
                Map.of("sex", "female"),
                new BigDecimal("97.5"),
                new BigDecimal("98"),
                null),
            new ImportValue("so-gddt", "2024", "5.1", null, null, null, true),
            new ImportValue("so-gddt", "2024", "5.1", null, null, null, false));
  }

  @Test
  void takesTheColumnsInAnyOrderWithQuotesSpacesABomAndCrlf() {
    List<ImportValue> values =
        ImportCsv.parse(
            "\uFEFFflag, numerator ,denominator,sex,indicator,period,orgUnit\r\n"
                + "\r\n"
                + ",\"14\", 20 ,, 1.1 ,2024,\"ninh-kieu\"\r\n"
                + "\r\n",
            100);
    assertThat(values)
        .containsExactly(
            new ImportValue(
                "ninh-kieu",
                "2024",
                "1.1",
                null,
                new BigDecimal("14"),
                new BigDecimal("20"),
                null));
  }

  @Test
  void keepsNegativeNumbersAndUnknownCodesForTheRowRules() {
    List<ImportValue> values = ImportCsv.parse(HEADER + "nowhere,2031,9.9,other,-1,0,\n", 100);
    assertThat(values.get(0).numerator()).isEqualByComparingTo("-1");
    assertThat(values.get(0).disaggregation()).isEqualTo(Map.of("sex", "other"));
    assertThat(ImportCsv.parse(HEADER, 100)).isEmpty();
  }

  @Test
  void aMissingUnknownOrRepeatedColumnIsMalformed() {
    DomainException missing =
        malformed("orgUnit,period,indicator,numerator,denominator\nninh-kieu,2024,1.1,1,2\n");
    assertThat(missing.getMessage()).contains("lacks columns sex, flag");
    assertThat(missing.extensions()).containsEntry("column", "sex");
    assertThat(missing.errors().get(0).code()).isEqualTo(FieldCode.MISSING_COLUMN);

    DomainException unknown = malformed(HEADER.replace("numerator", "numerater"));
    assertThat(unknown.getMessage()).contains("unknown column 'numerater'");
    assertThat(unknown.errors().get(0).code()).isEqualTo(FieldCode.UNKNOWN_COLUMN);

    assertThat(malformed(HEADER.replace("flag", "sex")).errors().get(0).code())
        .isEqualTo(FieldCode.DUPLICATE_COLUMN);
    assertThat(malformed("orgUnit;period;indicator;sex;numerator;denominator;flag\n").getMessage())
        .contains("unknown column");
    assertThat(malformed("").errors().get(0).field()).isEqualTo("body");
    assertThat(malformed("\n\n").errors().get(0).field()).isEqualTo("body");
  }

  @Test
  void aBadFieldIsMalformedNamingRowAndColumn() {
    DomainException number =
        malformed(HEADER + "ninh-kieu,2024,1.1,,14,20,\nninh-kieu,2024,4.1,,many,20,\n");
    assertThat(number.code()).isEqualTo(ErrorCode.MALFORMED_REQUEST);
    assertThat(number.extensions()).containsEntry("row", 2).containsEntry("column", "numerator");
    assertThat(number.getMessage()).isEqualTo("Row 2, column numerator: 'many' is not a number");
    assertThat(number.errors().get(0).field()).isEqualTo("numerator");

    DomainException comma = malformed(HEADER + "ninh-kieu,2024,1.1,,\"14,5\",20,\n");
    assertThat(comma.extensions()).containsEntry("row", 1).containsEntry("column", "numerator");

    DomainException huge = refused(HEADER + "ninh-kieu,2024,1.1,,1" + "0".repeat(60) + ",2,\n");
    assertThat(huge.code()).isEqualTo(ErrorCode.NUMBER_OUT_OF_RANGE);
    assertThat(huge.extensions()).containsEntry("column", "numerator");

    DomainException flag = malformed(HEADER + "so-gddt,2024,5.1,,,,yes\n");
    assertThat(flag.extensions()).containsEntry("row", 1).containsEntry("column", "flag");

    DomainException count = malformed(HEADER + "ninh-kieu,2024,1.1,,14,20\n");
    assertThat(count.getMessage()).isEqualTo("Row 1 has 6 fields; the header has 7");
    assertThat(count.extensions()).containsEntry("row", 1);
  }

  /** Issue 11: 1e999999999 was read, then written out in full in a message (OutOfMemoryError). */
  @Test
  void aNumberBeyondTheColumnIsRefusedAsItIsReadNamingRowAndColumn() {
    for (String number :
        List.of("1e999999999", "1e-999999999", "-1e999999999", "9".repeat(10_000), "0.0000001")) {
      for (String column : List.of("numerator", "denominator")) {
        String row =
            column.equals("numerator")
                ? "ninh-kieu,2024,1.1,," + number + ",1,\n"
                : "ninh-kieu,2024,1.1,,1," + number + ",\n";
        DomainException e = refused(HEADER + row);
        assertThat(e.code()).isEqualTo(ErrorCode.NUMBER_OUT_OF_RANGE);
        assertThat(e.extensions()).containsEntry("row", 1).containsEntry("column", column);
        assertThat(e.errors().get(0).field()).isEqualTo(column);
        assertThat(e.errors().get(0).code()).isEqualTo(FieldCode.NUMBER_OUT_OF_RANGE);
        assertThat(e.getMessage())
            .isEqualTo(
                "Row 1, column "
                    + column
                    + ": "
                    + column
                    + " must be a number with at most 18 digits before the decimal point and 6"
                    + " after it, written in at most 40 characters");
      }
    }
    for (String junk : List.of("NaN", "Infinity", "-Infinity", "0x1F", "１４")) {
      DomainException e = malformed(HEADER + "ninh-kieu,2024,1.1,," + junk + ",1,\n");
      assertThat(e.code()).as(junk).isEqualTo(ErrorCode.MALFORMED_REQUEST);
      assertThat(e.errors().get(0).code()).isEqualTo(FieldCode.INVALID_NUMBER);
    }
    ImportValue zero = ImportCsv.parse(HEADER + "ninh-kieu,2024,1.1,,-0,+20,\n", 10).get(0);
    assertThat(zero.numerator()).isSameAs(BigDecimal.ZERO);
    assertThat(zero.denominator()).isEqualByComparingTo("20");
  }

  @Test
  void anEchoedFieldIsShortened() {
    DomainException junk =
        malformed(HEADER + "ninh-kieu,2024,1.1,," + "x".repeat(10_000) + ",1,\n");
    assertThat(junk.getMessage())
        .isEqualTo("Row 1, column numerator: '" + "x".repeat(40) + "…' is not a number");
    DomainException column = malformed(HEADER.replace("flag", "f".repeat(10_000)));
    assertThat(column.getMessage()).hasSizeLessThan(200);
    assertThat(column.extensions().get("column").toString()).hasSize(41);
  }

  @Test
  void aBrokenQuoteIsMalformedNamingTheRow() {
    DomainException e =
        malformed(HEADER + "ninh-kieu,2024,1.1,,14,20,\nninh-kieu,2024,\"4.1,,1,2,\n");
    assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_REQUEST);
    assertThat(e.extensions()).containsEntry("row", 2);
    assertThat(e.getMessage()).startsWith("The CSV cannot be read in row 2");
  }

  @Test
  void readsAtMostTheCap() {
    String rows = "ninh-kieu,2024,1.1,,14,20,\n".repeat(3);
    assertThat(ImportCsv.parse(HEADER + rows, 3)).hasSize(3);
    DomainException e =
        catchThrowableOfType(DomainException.class, () -> ImportCsv.parse(HEADER + rows, 2));
    assertThat(e.code()).isEqualTo(ErrorCode.IMPORT_TOO_LARGE);
    assertThat(e.extensions()).containsEntry("maxRows", 2);
  }

  private static DomainException malformed(String csv) {
    DomainException e = refused(csv);
    assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_REQUEST);
    return e;
  }

  private static DomainException refused(String csv) {
    DomainException e =
        catchThrowableOfType(DomainException.class, () -> ImportCsv.parse(csv, 100));
    assertThat(e).as(csv).isNotNull();
    return e;
  }
}
