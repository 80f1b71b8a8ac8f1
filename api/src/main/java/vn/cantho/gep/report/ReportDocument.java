package vn.cantho.gep.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import vn.cantho.gep.attainment.AttainmentRow;
import vn.cantho.gep.indicator.Comparator;
import vn.cantho.gep.indicator.Objective;

/**
 * The narrative report as a Word document in the administrative layout of Nghị định 30/2020/NĐ-CP
 * (Phụ lục I): issuing body and national motto side by side, number, place and date, "BÁO CÁO" with
 * its subject, the body (a text and a table per objective), "Nơi nhận" and the signature block;
 * Times New Roman on A4 with the decree's margins.
 */
public final class ReportDocument {
  static final String FONT = "Times New Roman";
  static final String PARENT_BODY = "UBND THÀNH PHỐ CẦN THƠ";
  static final String ISSUER = "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI";
  static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
  static final String TITLE = "BÁO CÁO";

  /** A4 in twentieths of a point, and the decree's margins: top/bottom 20 mm, left 30, right 15. */
  private static final int A4_WIDTH = 11906;

  private static final int A4_HEIGHT = 16838;
  private static final int TEXT_WIDTH = A4_WIDTH - twips(30) - twips(15);

  private final ReportContent content;
  private final ReportDraftResponse draft;
  private final XWPFDocument doc = new XWPFDocument();

  private ReportDocument(ReportContent content, ReportDraftResponse draft) {
    this.content = content;
    this.draft = draft;
  }

  /** The document's bytes (.docx). */
  public static byte[] write(ReportContent content, ReportDraftResponse draft) {
    ReportDocument d = new ReportDocument(content, draft);
    d.page();
    d.header();
    d.title();
    d.body();
    d.closing();
    try (XWPFDocument doc = d.doc) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "Cần Thơ, ngày 05 tháng 02 năm 2025": day and month two digits, as the decree writes them. */
  static String placeAndDate(java.time.LocalDate date) {
    return "Cần Thơ, "
        + date.format(DateTimeFormatter.ofPattern("'ngày' dd 'tháng' MM 'năm' yyyy"));
  }

  /** Millimetres in twentieths of a point. */
  static int twips(int mm) {
    return Math.round(mm * 1440 / 25.4f);
  }

  private void page() {
    CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(A4_WIDTH));
    size.setH(BigInteger.valueOf(A4_HEIGHT));
    CTPageMar margins = sect.addNewPgMar();
    margins.setTop(BigInteger.valueOf(twips(20)));
    margins.setBottom(BigInteger.valueOf(twips(20)));
    margins.setLeft(BigInteger.valueOf(twips(30)));
    margins.setRight(BigInteger.valueOf(twips(15)));
    margins.setHeader(BigInteger.valueOf(twips(10)));
    margins.setFooter(BigInteger.valueOf(twips(10)));
    margins.setGutter(BigInteger.ZERO);
  }

  /** Issuing body and national motto side by side; below them the number and the place and date. */
  private void header() {
    XWPFTable table = layoutTable(2, 40);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    centered(left, PARENT_BODY, 12, false, false, false);
    centered(left, ISSUER, 12, true, false, false);
    centered(left, "―――――――", 12, false, false, false);
    centered(right, NATION, 12, true, false, false);
    centered(right, MOTTO, 13, true, false, true);
    XWPFTableRow second = table.getRow(1);
    centered(second.getCell(0), "Số: " + draft.number(), 13, false, false, false);
    centered(second.getCell(1), placeAndDate(draft.issuedOn()), 13, false, true, false);
  }

  private void title() {
    XWPFParagraph p = paragraph(ParagraphAlignment.CENTER, 0);
    p.setSpacingBefore(360);
    run(p, TITLE, 14, true, false);
    XWPFParagraph subject = paragraph(ParagraphAlignment.CENTER, 240);
    run(subject, draft.subject(), 14, true, false);
    XWPFParagraph rule = paragraph(ParagraphAlignment.CENTER, 240);
    run(rule, "―――――――", 14, false, false);
  }

  private void body() {
    text(
        "Thực hiện "
            + content.planTitle()
            + ", Sở Lao động - Thương binh và Xã hội tổng hợp kết quả thực hiện các chỉ tiêu kỳ "
            + content.period().code
            + " từ số liệu đã được phê duyệt của các sở, ban, ngành và UBND quận, huyện như sau:");
    heading("I. KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU");
    int n = 1;
    for (Objective o : content.objectives()) {
      List<AttainmentRow> rows = content.rowsOf(o);
      if (rows.isEmpty()) {
        continue;
      }
      heading(n++ + ". Mục tiêu " + o.code + ": " + o.nameVi);
      String narrative = draft.narratives().getOrDefault(o.code, "");
      for (String line : narrative.split("\\R")) {
        if (!line.isBlank()) {
          text(line.strip());
        }
      }
      indicatorTable(rows);
    }
    heading("II. ĐÁNH GIÁ CHUNG");
    text("Tổng số " + ReportNarrative.tally(content.rows()) + " được phê duyệt.");
  }

  private void indicatorTable(List<AttainmentRow> rows) {
    int[] widths = {8, 40, 16, 14, 10, 12};
    XWPFTable table = doc.createTable(1, widths.length);
    table.setTableAlignment(TableRowAlign.CENTER);
    fixed(table, widths);
    String[] names = {"Mã", "Chỉ tiêu", "Kế hoạch", "Kết quả", "Đánh giá", "Đơn vị báo cáo"};
    for (int i = 0; i < names.length; i++) {
      cellText(table.getRow(0).getCell(i), names[i], true, ParagraphAlignment.CENTER);
    }
    table.getRow(0).setRepeatHeader(true);
    for (AttainmentRow r : rows) {
      XWPFTableRow row = table.createRow();
      row.setCantSplitRow(true);
      cellText(row.getCell(0), r.indicator(), false, ParagraphAlignment.CENTER);
      cellText(row.getCell(1), r.nameVi(), false, ParagraphAlignment.LEFT);
      cellText(
          row.getCell(2),
          ReportLabels.target(r.comparator(), r.target(), content.unitVi(r)),
          false,
          ParagraphAlignment.CENTER);
      cellText(row.getCell(3), value(r, content.unitVi(r)), false, ParagraphAlignment.CENTER);
      cellText(row.getCell(4), ReportLabels.status(r.status()), false, ParagraphAlignment.CENTER);
      cellText(
          row.getCell(5),
          r.reporters().reported() + "/" + r.reporters().expected(),
          false,
          ParagraphAlignment.CENTER);
      for (AttainmentRow.Breakdown b : r.breakdown()) {
        XWPFTableRow sub = table.createRow();
        sub.setCantSplitRow(true);
        cellText(sub.getCell(0), "", false, ParagraphAlignment.CENTER);
        cellText(
            sub.getCell(1),
            "- " + content.categoryName(b.category()),
            false,
            ParagraphAlignment.LEFT);
        cellText(sub.getCell(2), "", false, ParagraphAlignment.CENTER);
        cellText(
            sub.getCell(3),
            ReportLabels.number(b.value(), content.unitVi(r)),
            false,
            ParagraphAlignment.CENTER);
        cellText(sub.getCell(4), ReportLabels.status(b.status()), false, ParagraphAlignment.CENTER);
        cellText(sub.getCell(5), "", false, ParagraphAlignment.CENTER);
      }
    }
    paragraph(ParagraphAlignment.LEFT, 120);
  }

  private static String value(AttainmentRow r, String unit) {
    if (r.comparator() == Comparator.TRUE) {
      return ReportLabels.flag(r.flag());
    }
    return ReportLabels.number(r.value(), unit);
  }

  private void closing() {
    paragraph(ParagraphAlignment.LEFT, 120);
    XWPFTable table = layoutTable(1, 50);
    table.getRow(0).setCantSplitRow(true);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    XWPFParagraph label = left.getParagraphs().get(0);
    run(label, "Nơi nhận:", 12, true, true);
    List<String> recipients = draft.recipients();
    for (int i = 0; i < recipients.size(); i++) {
      XWPFParagraph p = left.addParagraph();
      p.setSpacingAfter(0);
      run(p, "- " + recipients.get(i) + (i == recipients.size() - 1 ? "." : ";"), 11, false, false);
    }
    for (String line : draft.signerTitle().split("\\R")) {
      centered(right, line.strip().toUpperCase(), 14, true, false, false);
    }
    for (int i = 0; i < 4; i++) {
      centered(right, "", 14, false, false, false);
    }
    centered(right, draft.signerName(), 14, true, false, false);
  }

  /** A table of two columns without borders that only lays out its cells. */
  private XWPFTable layoutTable(int rows, int leftPercent) {
    XWPFTable table = doc.createTable(rows, 2);
    table.removeBorders();
    fixed(table, new int[] {leftPercent, 100 - leftPercent});
    return table;
  }

  private static void fixed(XWPFTable table, int[] percents) {
    table.setWidth(Integer.toString(TEXT_WIDTH));
    var layout =
        table.getCTTbl().getTblPr().isSetTblLayout()
            ? table.getCTTbl().getTblPr().getTblLayout()
            : table.getCTTbl().getTblPr().addNewTblLayout();
    layout.setType(STTblLayoutType.FIXED);
    var grid = table.getCTTbl().getTblGrid();
    if (grid == null) {
      grid = table.getCTTbl().addNewTblGrid();
    }
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int p : percents) {
      grid.addNewGridCol().setW(BigInteger.valueOf((long) TEXT_WIDTH * p / 100));
    }
    for (XWPFTableRow row : table.getRows()) {
      for (int i = 0; i < percents.length; i++) {
        row.getCell(i).setWidth(Integer.toString(TEXT_WIDTH * percents[i] / 100));
      }
    }
  }

  private void cellText(XWPFTableCell cell, String value, boolean bold, ParagraphAlignment align) {
    XWPFParagraph p = cell.getParagraphs().get(0);
    p.setAlignment(align);
    p.setSpacingAfter(0);
    run(p, value, 12, bold, false);
  }

  private static void centered(
      XWPFTableCell cell, String value, int size, boolean bold, boolean italic, boolean underline) {
    XWPFParagraph p =
        cell.getParagraphs().size() == 1 && cell.getParagraphs().get(0).getRuns().isEmpty()
            ? cell.getParagraphs().get(0)
            : cell.addParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setSpacingAfter(0);
    XWPFRun r = run(p, value, size, bold, italic);
    if (underline) {
      r.setUnderline(UnderlinePatterns.SINGLE);
    }
  }

  private void heading(String value) {
    XWPFParagraph p = paragraph(ParagraphAlignment.BOTH, 120);
    p.setIndentationFirstLine(567);
    run(p, value, 14, true, false);
  }

  private void text(String value) {
    XWPFParagraph p = paragraph(ParagraphAlignment.BOTH, 120);
    p.setIndentationFirstLine(567);
    run(p, value, 14, false, false);
  }

  private XWPFParagraph paragraph(ParagraphAlignment align, int after) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(align);
    p.setSpacingAfter(after);
    return p;
  }

  private static XWPFRun run(
      XWPFParagraph p, String value, int size, boolean bold, boolean italic) {
    XWPFRun r = p.createRun();
    r.setFontFamily(FONT);
    r.setFontSize(size);
    r.setBold(bold);
    r.setItalic(italic);
    r.setText(value == null ? "" : value);
    return r;
  }
}
