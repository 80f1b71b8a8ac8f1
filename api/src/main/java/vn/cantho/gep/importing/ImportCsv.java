package vn.cantho.gep.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.cantho.gep.common.error.DomainException;
import vn.cantho.gep.common.error.Echo;
import vn.cantho.gep.common.error.ErrorCode;
import vn.cantho.gep.common.error.FieldCode;
import vn.cantho.gep.common.error.FieldError;
import vn.cantho.gep.common.number.DecimalBound;

/**
 * Reads the CSV form of an import (RFC 4180, UTF-8, comma-separated): a header row naming the seven
 * {@link #COLUMNS} in any order, then one value per row. {@code sex} is empty for an undivided
 * value; {@code flag} is {@code true} or {@code false} for a yes/no indicator and empty otherwise;
 * numbers use a dot for decimals and are read through {@link DecimalBound#FIGURE} (one beyond the
 * column is a 400 {@code NUMBER_OUT_OF_RANGE}). Fields are trimmed and empty lines skipped.
 * Whatever cannot be read this way is a 400 naming the row and column, and nothing is imported.
 */
public final class ImportCsv {
  static final String ORG_UNIT = "orgUnit";
  static final String PERIOD = "period";
  static final String INDICATOR = "indicator";
  static final String SEX = "sex";
  static final String NUMERATOR = "numerator";
  static final String DENOMINATOR = "denominator";
  static final String FLAG = "flag";

  /** The columns of the header, in the documented order. */
  public static final List<String> COLUMNS =
      List.of(ORG_UNIT, PERIOD, INDICATOR, SEX, NUMERATOR, DENOMINATOR, FLAG);

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get();

  private ImportCsv() {}

  /** The values of a CSV body, row 1 first; at most {@code maxRows} of them. */
  public static List<ImportValue> parse(String body, int maxRows) {
    String text = body != null && body.startsWith("\uFEFF") ? body.substring(1) : body;
    if (text == null || text.isBlank()) {
      throw malformed(
          "The CSV is empty; it needs a header row naming the columns " + String.join(",", COLUMNS),
          "body",
          FieldCode.EMPTY,
          null,
          null);
    }
    List<ImportValue> values = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      Iterator<CSVRecord> records = parser.iterator();
      CSVRecord first = read(records, 0);
      if (first == null) {
        throw malformed("The CSV has no header row", "header", FieldCode.EMPTY, null, null);
      }
      Map<String, Integer> columns = header(first);
      for (CSVRecord record = read(records, 1);
          record != null;
          record = read(records, values.size() + 1)) {
        int row = values.size() + 1;
        if (row > maxRows) {
          throw ImportReader.tooLarge(maxRows);
        }
        if (record.size() != columns.size()) {
          throw malformed(
              "Row " + row + " has " + record.size() + " fields; the header has " + columns.size(),
              "row",
              FieldCode.FIELD_COUNT,
              row,
              null);
        }
        values.add(value(record, columns, row));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return values;
  }

  private static Map<String, Integer> header(CSVRecord record) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < record.size(); i++) {
      String name = record.get(i);
      if (!COLUMNS.contains(name)) {
        throw malformed(
            "The CSV header has an unknown column '"
                + Echo.of(name)
                + "'; the columns are "
                + String.join(",", COLUMNS),
            "header",
            FieldCode.UNKNOWN_COLUMN,
            null,
            Echo.of(name));
      }
      if (columns.put(name, i) != null) {
        throw malformed(
            "The CSV header names column " + name + " twice",
            "header",
            FieldCode.DUPLICATE_COLUMN,
            null,
            name);
      }
    }
    List<String> missing = COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw malformed(
          "The CSV header lacks column"
              + (missing.size() == 1 ? " " : "s ")
              + String.join(", ", missing)
              + "; the columns are "
              + String.join(",", COLUMNS),
          "header",
          FieldCode.MISSING_COLUMN,
          null,
          missing.get(0));
    }
    return columns;
  }

  private static ImportValue value(CSVRecord record, Map<String, Integer> columns, int row) {
    String sex = text(record, columns, SEX);
    return new ImportValue(
        text(record, columns, ORG_UNIT),
        text(record, columns, PERIOD),
        text(record, columns, INDICATOR),
        sex == null ? null : Map.of(SEX, sex),
        number(record, columns, NUMERATOR, row),
        number(record, columns, DENOMINATOR, row),
        flag(record, columns, row));
  }

  private static String text(CSVRecord record, Map<String, Integer> columns, String column) {
    String value = record.get(columns.get(column));
    return value.isEmpty() ? null : value;
  }

  private static BigDecimal number(
      CSVRecord record, Map<String, Integer> columns, String column, int row) {
    String value = text(record, columns, column);
    if (value == null) {
      return null;
    }
    try {
      return DecimalBound.FIGURE.parse(value);
    } catch (DecimalBound.Refused e) {
      if (e.reason() == DecimalBound.Reason.NOT_A_NUMBER) {
        throw malformed(
            "Row " + row + ", column " + column + ": '" + Echo.of(value) + "' is not a number",
            column,
            FieldCode.INVALID_NUMBER,
            row,
            column);
      }
      String detail = "Row " + row + ", column " + column + ": " + column + " " + e.getMessage();
      throw new DomainException(
              ErrorCode.NUMBER_OUT_OF_RANGE,
              detail,
              List.of(new FieldError(column, FieldCode.NUMBER_OUT_OF_RANGE, detail)))
          .with("row", row)
          .with("column", column);
    }
  }

  private static Boolean flag(CSVRecord record, Map<String, Integer> columns, int row) {
    String value = text(record, columns, FLAG);
    if (value == null) {
      return null;
    }
    return switch (value.toLowerCase()) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw malformed(
              "Row "
                  + row
                  + ", column flag: must be true, false or empty, not '"
                  + Echo.of(value)
                  + "'",
              FLAG,
              FieldCode.INVALID_FLAG,
              row,
              FLAG);
    };
  }

  /** The next record, or null at the end; a quoting error is a 400 naming the row (0: header). */
  private static CSVRecord read(Iterator<CSVRecord> records, int row) {
    try {
      return records.hasNext() ? records.next() : null;
    } catch (UncheckedIOException e) {
      String where = row == 0 ? "in the header" : "in row " + row;
      String cause = e.getCause() == null ? "" : ": " + e.getCause().getMessage();
      throw malformed(
          "The CSV cannot be read " + where + cause,
          "row",
          FieldCode.UNREADABLE,
          row == 0 ? null : row,
          null);
    }
  }

  private static DomainException malformed(
      String detail, String field, FieldCode code, Integer row, String column) {
    DomainException e =
        new DomainException(
            ErrorCode.MALFORMED_REQUEST, detail, List.of(new FieldError(field, code, detail)));
    if (row != null) {
      e.with("row", row);
    }
    if (column != null) {
      e.with("column", column);
    }
    return e;
  }
}
