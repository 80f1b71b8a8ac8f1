package vn.cantho.gep.opendata;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.cantho.gep.attainment.AttainmentRow;
import vn.cantho.gep.indicator.Categories;
import vn.cantho.gep.indicator.IndicatorDefinition;
import vn.cantho.gep.submission.ReportedFigure;

/**
 * The open-data files as CSV (RFC 4180, UTF-8, comma, CRLF, a header row): columns in a fixed order
 * documented in docs/open-data.md, numbers as plain decimals with a dot, empty for no value.
 */
public final class OpenDataCsv {
  /** Columns of the attainment file: one row per indicator, then one per category. */
  public static final List<String> ATTAINMENT_COLUMNS =
      List.of(
          "period",
          "org_unit",
          "indicator",
          "objective",
          "category",
          "name_vi",
          "unit",
          "comparator",
          "target",
          "numerator",
          "denominator",
          "value",
          "flag",
          "status",
          "reporters_expected",
          "reporters_reported");

  /** Columns of the values file: one row per approved figure of an org unit. */
  public static final List<String> VALUE_COLUMNS =
      List.of(
          "period",
          "org_unit",
          "org_unit_name_vi",
          "indicator",
          "category",
          "numerator",
          "denominator",
          "value",
          "flag");

  private OpenDataCsv() {}

  public static String attainment(List<AttainmentRow> rows) {
    return write(
        ATTAINMENT_COLUMNS,
        printer -> {
          for (AttainmentRow r : rows) {
            printer.printRecord(
                r.period(),
                r.orgUnit(),
                r.indicator(),
                r.objective(),
                "",
                r.nameVi(),
                r.unit(),
                r.comparator().name(),
                plain(r.target()),
                plain(r.numerator()),
                plain(r.denominator()),
                plain(r.value()),
                flag(r.flag()),
                r.status().name(),
                r.reporters().expected(),
                r.reporters().reported());
            for (AttainmentRow.Breakdown b : r.breakdown()) {
              printer.printRecord(
                  r.period(),
                  r.orgUnit(),
                  r.indicator(),
                  r.objective(),
                  Categories.key(b.category()),
                  r.nameVi(),
                  r.unit(),
                  r.comparator().name(),
                  plain(r.target()),
                  plain(b.numerator()),
                  plain(b.denominator()),
                  plain(b.value()),
                  "",
                  b.status().name(),
                  r.reporters().expected(),
                  r.reporters().reported());
            }
          }
        });
  }

  /**
   * @param definitions the period's plan, to compute each figure's value as the API does
   * @param names org unit names, in the order the rows are written
   */
  public static String values(
      String period,
      List<ReportedFigure> figures,
      Map<String, IndicatorDefinition> definitions,
      Map<String, String> names) {
    return write(
        VALUE_COLUMNS,
        printer -> {
          for (ReportedFigure f : figures) {
            IndicatorDefinition def = definitions.get(f.indicator());
            printer.printRecord(
                period,
                f.orgUnit(),
                names.getOrDefault(f.orgUnit(), ""),
                f.indicator(),
                f.categoryKey(),
                plain(f.numerator()),
                plain(f.denominator()),
                def == null ? "" : plain(def.valueOf(f.numerator(), f.denominator())),
                flag(f.flag()));
          }
        });
  }

  /** A number without exponent or trailing zeros, "57.142857"; empty for none. */
  static String plain(BigDecimal n) {
    if (n == null) {
      return "";
    }
    return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
  }

  private static String flag(Boolean flag) {
    return flag == null ? "" : flag.toString();
  }

  private interface Rows {
    void print(CSVPrinter printer) throws IOException;
  }

  private static String write(List<String> header, Rows rows) {
    StringWriter out = new StringWriter();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      rows.print(printer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
