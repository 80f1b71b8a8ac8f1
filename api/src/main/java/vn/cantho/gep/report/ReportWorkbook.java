package vn.cantho.gep.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cantho.gep.attainment.AttainmentRow;
import vn.cantho.gep.indicator.Categories;
import vn.cantho.gep.indicator.IndicatorDefinition;
import vn.cantho.gep.indicator.Objective;
import vn.cantho.gep.submission.ReportedFigure;

/**
 * The consolidated report as an Excel workbook: a summary sheet with every indicator of the plan
 * (the city's attainment, cell for cell the API's) and one sheet per objective with each reporter's
 * approved figures and the city's breakdown by category. Numbers are numeric cells.
 */
public final class ReportWorkbook {
  /** The summary sheet's name; its header is on {@link #HEADER_ROW}, data below it. */
  public static final String SUMMARY = "Tổng hợp";

  public static final int HEADER_ROW = 3;

  static final List<String> SUMMARY_COLUMNS =
      List.of(
          "Mã chỉ tiêu",
          "Tên chỉ tiêu",
          "Mục tiêu",
          "Đơn vị tính",
          "So sánh",
          "Chỉ tiêu kế hoạch",
          "Tử số",
          "Mẫu số",
          "Kết quả",
          "Đánh giá",
          "Số đơn vị phải báo cáo",
          "Số đơn vị đã báo cáo");

  private final ReportContent content;
  private final XSSFWorkbook book = new XSSFWorkbook();
  private final CellStyle title;
  private final CellStyle header;
  private final CellStyle text;
  private final CellStyle wrapped;
  private final CellStyle decimal;
  private final CellStyle percent;
  private final CellStyle integer;

  private ReportWorkbook(ReportContent content) {
    this.content = content;
    Font bold = book.createFont();
    bold.setBold(true);
    bold.setFontName("Times New Roman");
    bold.setFontHeightInPoints((short) 12);
    Font big = book.createFont();
    big.setBold(true);
    big.setFontName("Times New Roman");
    big.setFontHeightInPoints((short) 14);
    Font plain = book.createFont();
    plain.setFontName("Times New Roman");
    plain.setFontHeightInPoints((short) 12);
    title = book.createCellStyle();
    title.setFont(big);
    header = bordered(bold);
    header.setWrapText(true);
    header.setAlignment(HorizontalAlignment.CENTER);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    text = bordered(plain);
    wrapped = bordered(plain);
    wrapped.setWrapText(true);
    var format = book.createDataFormat();
    decimal = bordered(plain);
    decimal.setDataFormat(format.getFormat("#,##0.######"));
    percent = bordered(plain);
    percent.setDataFormat(format.getFormat("0.0\" %\""));
    integer = bordered(plain);
    integer.setDataFormat(format.getFormat("#,##0"));
  }

  /** The workbook's bytes (.xlsx). */
  public static byte[] write(ReportContent content) {
    ReportWorkbook w = new ReportWorkbook(content);
    w.summary();
    for (Objective o : content.objectives()) {
      w.objective(o);
    }
    try (XSSFWorkbook book = w.book) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void summary() {
    Sheet sheet = book.createSheet(SUMMARY);
    titleRow(
        sheet,
        0,
        "TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU BÌNH ĐẲNG GIỚI - KỲ " + content.period().code);
    titleRow(sheet, 1, content.planTitle() + ". Số liệu đã phê duyệt, toàn thành phố Cần Thơ.");
    headerRow(sheet, HEADER_ROW, SUMMARY_COLUMNS);
    int r = HEADER_ROW + 1;
    for (AttainmentRow a : content.rows()) {
      Row row = sheet.createRow(r++);
      String unit = a.unit();
      text(row, 0, a.indicator());
      wrapped(row, 1, a.nameVi());
      text(row, 2, a.objective());
      text(row, 3, content.unitVi(a));
      text(row, 4, ReportLabels.comparator(a.comparator()));
      number(row, 5, a.target(), unit);
      number(row, 6, a.numerator(), null);
      number(row, 7, a.denominator(), null);
      if (a.flag() != null) {
        text(row, 8, ReportLabels.flag(a.flag()));
      } else {
        number(row, 8, a.value(), unit);
      }
      text(row, 9, ReportLabels.status(a.status()));
      count(row, 10, a.reporters().expected());
      count(row, 11, a.reporters().reported());
    }
    widths(sheet, 12, 60, 10, 12, 20, 14, 14, 14, 14, 16, 14, 14);
    sheet.createFreezePane(2, HEADER_ROW + 1);
  }

  private void objective(Objective o) {
    Sheet sheet = book.createSheet("Mục tiêu " + o.code);
    titleRow(sheet, 0, "Mục tiêu " + o.code + ": " + o.nameVi);
    titleRow(sheet, 1, "Số liệu đã phê duyệt của từng đơn vị báo cáo, kỳ " + content.period().code);
    headerRow(
        sheet,
        HEADER_ROW,
        List.of(
            "Mã chỉ tiêu",
            "Tên chỉ tiêu",
            "Đơn vị báo cáo",
            "Phân tổ",
            "Tử số",
            "Mẫu số",
            "Kết quả",
            "Ghi chú"));
    List<AttainmentRow> rows = content.rowsOf(o);
    List<String> order = new ArrayList<>(content.orgUnitNames().keySet());
    int r = HEADER_ROW + 1;
    for (AttainmentRow a : rows) {
      IndicatorDefinition indicator = content.catalogue().indicators().get(a.indicator());
      String unit = a.unit();
      List<ReportedFigure> figures =
          content.figures().stream()
              .filter(f -> f.indicator().equals(a.indicator()))
              .sorted(
                  Comparator.comparingInt((ReportedFigure f) -> order.indexOf(f.orgUnit()))
                      .thenComparing(ReportedFigure::categoryKey))
              .toList();
      for (ReportedFigure f : figures) {
        Row row = sheet.createRow(r++);
        text(row, 0, a.indicator());
        wrapped(row, 1, a.nameVi());
        text(row, 2, content.orgUnitNames().getOrDefault(f.orgUnit(), f.orgUnit()));
        text(
            row,
            3,
            f.categoryKey().isEmpty()
                ? "Tổng số"
                : content.categoryName(Categories.parse(f.categoryKey())));
        if (f.flag() != null) {
          text(row, 4, "");
          text(row, 5, "");
          text(row, 6, ReportLabels.flag(f.flag()));
        } else {
          number(row, 4, f.numerator(), null);
          number(row, 5, f.denominator(), null);
          number(
              row,
              6,
              indicator == null ? null : indicator.valueOf(f.numerator(), f.denominator()),
              unit);
        }
        text(
            row,
            7,
            indicator != null && !indicator.additive()
                ? "Không cộng dồn: thành phố lấy số liệu của một đơn vị"
                : "");
      }
    }
    r++;
    Row caption = sheet.createRow(r++);
    caption.createCell(0).setCellValue("Phân tổ của toàn thành phố");
    caption.getCell(0).setCellStyle(title);
    headerRow(
        sheet,
        r++,
        List.of(
            "Mã chỉ tiêu", "Tên chỉ tiêu", "Phân tổ", "Tử số", "Mẫu số", "Kết quả", "Đánh giá"));
    for (AttainmentRow a : rows) {
      String unit = a.unit();
      for (AttainmentRow.Breakdown b : a.breakdown()) {
        Row row = sheet.createRow(r++);
        text(row, 0, a.indicator());
        wrapped(row, 1, a.nameVi());
        text(row, 2, content.categoryName(b.category()));
        number(row, 3, b.numerator(), null);
        number(row, 4, b.denominator(), null);
        number(row, 5, b.value(), unit);
        text(row, 6, ReportLabels.status(b.status()));
      }
    }
    widths(sheet, 12, 60, 34, 14, 14, 14, 14, 30);
    sheet.createFreezePane(0, HEADER_ROW + 1);
  }

  private CellStyle bordered(Font font) {
    CellStyle s = book.createCellStyle();
    s.setFont(font);
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
    s.setVerticalAlignment(VerticalAlignment.TOP);
    return s;
  }

  private void titleRow(Sheet sheet, int index, String value) {
    Cell cell = sheet.createRow(index).createCell(0);
    cell.setCellValue(value);
    cell.setCellStyle(title);
  }

  private void headerRow(Sheet sheet, int index, List<String> names) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < names.size(); i++) {
      Cell c = row.createCell(i);
      c.setCellValue(names.get(i));
      c.setCellStyle(header);
    }
  }

  private void text(Row row, int col, String value) {
    Cell c = row.createCell(col);
    c.setCellValue(value == null ? "" : value);
    c.setCellStyle(text);
  }

  private void wrapped(Row row, int col, String value) {
    Cell c = row.createCell(col);
    c.setCellValue(value == null ? "" : value);
    c.setCellStyle(wrapped);
  }

  private void number(Row row, int col, BigDecimal value, String unit) {
    Cell c = row.createCell(col);
    c.setCellStyle("%".equals(unit) ? percent : decimal);
    if (value != null) {
      c.setCellValue(value.doubleValue());
    }
  }

  private void count(Row row, int col, int value) {
    Cell c = row.createCell(col);
    c.setCellValue(value);
    c.setCellStyle(integer);
  }

  private static void widths(Sheet sheet, int... chars) {
    for (int i = 0; i < chars.length; i++) {
      sheet.setColumnWidth(i, chars[i] * 256);
    }
  }
}
