package vn.cantho.gep.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cantho.gep.demo.DemoData;
import vn.cantho.gep.testing.ApiTest;
import vn.cantho.gep.testing.Tokens;

/**
 * The consolidated report: the workbook and the document read back with POI and held against the
 * JSON attainment of the same period, the draft's editing rules and who may download.
 */
@QuarkusTest
class ReportResourceTest extends ApiTest {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final Map<String, String> STATUS =
      Map.of("ACHIEVED", "Đạt", "NOT_ACHIEVED", "Chưa đạt", "NO_DATA", "Chưa có số liệu");

  static List<Map<String, Object>> attainment(String period) {
    String body =
        as(Tokens.coordinator())
            .get("/api/v1/attainment?period=" + period + "&orgUnit=can-tho")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    return new JsonPath(body)
        .using(
            JsonPathConfig.jsonPathConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL))
        .getList("$");
  }

  /**
   * Downloads a file, and keeps a copy in target/report-samples for the manual look at the layout
   * (LibreOffice to PDF, see the README), with how long the API took.
   */
  static byte[] download(String token, String path, String type) {
    return download(token, path, type, path.replace("/api/v1/reports/", "").replace('/', '-'));
  }

  static byte[] download(String token, String path, String type, String name) {
    long start = System.nanoTime();
    byte[] bytes = fetch(token, path, type);
    long millis = (System.nanoTime() - start) / 1_000_000;
    try {
      Path dir = Path.of("target", "report-samples");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name + (type.equals(XLSX) ? ".xlsx" : ".docx")), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.printf("report %s: %d bytes in %d ms%n", name, bytes.length, millis);
    return bytes;
  }

  private static byte[] fetch(String token, String path, String type) {
    return given()
        .auth()
        .oauth2(token)
        .get(path)
        .then()
        .statusCode(200)
        .contentType(type)
        .extract()
        .asByteArray();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024", "2024S1"})
  void workbookHoldsExactlyTheApprovedAttainmentOfTheApi(String period) throws Exception {
    DemoData.load();
    List<Map<String, Object>> rows = attainment(period);
    byte[] bytes = download(Tokens.viewer(), "/api/v1/reports/" + period + "/workbook", XLSX);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet summary = book.getSheet("Tổng hợp");
      assertThat(summary.getPaneInformation().isFreezePane()).isTrue();
      Row header = summary.getRow(ReportWorkbook.HEADER_ROW);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Mã chỉ tiêu");
      assertThat(header.getCell(9).getStringCellValue()).isEqualTo("Đánh giá");
      assertThat(summary.getLastRowNum() - ReportWorkbook.HEADER_ROW).isEqualTo(rows.size());
      int withData = 0;
      for (int i = 0; i < rows.size(); i++) {
        Map<String, Object> api = rows.get(i);
        Row row = summary.getRow(ReportWorkbook.HEADER_ROW + 1 + i);
        String code = (String) api.get("indicator");
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo(code);
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo(api.get("nameVi"));
        assertThat(row.getCell(2).getStringCellValue()).isEqualTo(api.get("objective"));
        assertNumber(row.getCell(5), api.get("target"), code + " target");
        assertNumber(row.getCell(6), api.get("numerator"), code + " numerator");
        assertNumber(row.getCell(7), api.get("denominator"), code + " denominator");
        if (api.get("flag") != null) {
          assertThat(row.getCell(8).getStringCellValue())
              .isEqualTo(Boolean.TRUE.equals(api.get("flag")) ? "Có" : "Không");
        } else {
          assertNumber(row.getCell(8), api.get("value"), code + " value");
        }
        assertThat(row.getCell(9).getStringCellValue())
            .as(code + " status")
            .isEqualTo(STATUS.get((String) api.get("status")));
        @SuppressWarnings("unchecked")
        Map<String, Object> reporters = (Map<String, Object>) api.get("reporters");
        assertThat(row.getCell(10).getNumericCellValue())
            .isEqualTo(((Number) reporters.get("expected")).doubleValue());
        assertThat(row.getCell(11).getNumericCellValue())
            .isEqualTo(((Number) reporters.get("reported")).doubleValue());
        if (!"NO_DATA".equals(api.get("status"))) {
          withData++;
        }
      }
      assertThat(withData).as("the demo data gives figures to compare").isGreaterThan(5);
      assertBreakdownsEqual(book, rows);
      assertPerReporterFiguresAreTheApproved(book, period);
    }
  }

  /** Every category row of the objective sheets equals the API's breakdown. */
  @SuppressWarnings("unchecked")
  private static void assertBreakdownsEqual(XSSFWorkbook book, List<Map<String, Object>> rows) {
    int compared = 0;
    for (Map<String, Object> api : rows) {
      List<Map<String, Object>> breakdown = (List<Map<String, Object>>) api.get("breakdown");
      if (breakdown.isEmpty()) {
        continue;
      }
      Sheet sheet = book.getSheet("Mục tiêu " + api.get("objective"));
      List<Row> found = new ArrayList<>();
      int start = captionRow(sheet);
      for (int r = start + 2; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row != null && api.get("indicator").equals(row.getCell(0).getStringCellValue())) {
          found.add(row);
        }
      }
      assertThat(found).hasSameSizeAs(breakdown);
      for (int i = 0; i < breakdown.size(); i++) {
        Map<String, Object> b = breakdown.get(i);
        Row row = found.get(i);
        String sex = ((Map<String, String>) b.get("category")).get("sex");
        assertThat(row.getCell(2).getStringCellValue())
            .isEqualTo("female".equals(sex) ? "Nữ" : "Nam");
        assertNumber(row.getCell(3), b.get("numerator"), "breakdown numerator");
        assertNumber(row.getCell(4), b.get("denominator"), "breakdown denominator");
        assertNumber(row.getCell(5), b.get("value"), "breakdown value");
        assertThat(row.getCell(6).getStringCellValue())
            .isEqualTo(STATUS.get((String) b.get("status")));
        compared++;
      }
    }
    assertThat(compared).isPositive();
  }

  private static int captionRow(Sheet sheet) {
    for (Row row : sheet) {
      Cell c = row.getCell(0);
      if (c != null
          && c.getCellType() == CellType.STRING
          && c.getStringCellValue().equals("Phân tổ của toàn thành phố")) {
        return row.getRowNum();
      }
    }
    throw new AssertionError("no breakdown table on " + sheet.getSheetName());
  }

  /** The per-reporter rows are the approved submissions' values, no more, no less. */
  @SuppressWarnings("unchecked")
  private static void assertPerReporterFiguresAreTheApproved(XSSFWorkbook book, String period) {
    Map<String, String> names = new HashMap<>();
    as(Tokens.coordinator())
        .get("/api/v1/org-units")
        .then()
        .extract()
        .jsonPath()
        .getList("$", Map.class)
        .forEach(o -> names.put((String) o.get("code"), (String) o.get("nameVi")));
    List<String> expected = new ArrayList<>();
    List<Map<String, Object>> approved =
        as(Tokens.coordinator())
            .get("/api/v1/submissions?period=" + period + "&status=APPROVED&size=200")
            .then()
            .extract()
            .jsonPath()
            .getList("items");
    for (Map<String, Object> s : approved) {
      List<Map<String, Object>> values =
          as(Tokens.coordinator())
              .get("/api/v1/submissions/" + s.get("id"))
              .then()
              .extract()
              .jsonPath()
              .getList("values");
      for (Map<String, Object> v : values) {
        Map<String, String> d = (Map<String, String>) v.get("disaggregation");
        String category =
            d == null || d.isEmpty() ? "Tổng số" : "female".equals(d.get("sex")) ? "Nữ" : "Nam";
        expected.add(
            v.get("indicator")
                + "|"
                + names.get((String) s.get("orgUnit"))
                + "|"
                + category
                + "|"
                + (v.get("flag") != null
                    ? (Boolean.TRUE.equals(v.get("flag")) ? "Có" : "Không")
                    : new BigDecimal(v.get("numerator").toString()).stripTrailingZeros()
                        + "/"
                        + new BigDecimal(v.get("denominator").toString()).stripTrailingZeros()));
      }
    }
    List<String> actual = new ArrayList<>();
    for (Sheet sheet : book) {
      if (!sheet.getSheetName().startsWith("Mục tiêu")) {
        continue;
      }
      int end = captionRow(sheet);
      for (int r = ReportWorkbook.HEADER_ROW + 1; r < end; r++) {
        Row row = sheet.getRow(r);
        if (row == null) {
          continue;
        }
        Cell num = row.getCell(4);
        actual.add(
            row.getCell(0).getStringCellValue()
                + "|"
                + row.getCell(2).getStringCellValue()
                + "|"
                + row.getCell(3).getStringCellValue()
                + "|"
                + (num.getCellType() == CellType.STRING
                    ? row.getCell(6).getStringCellValue()
                    : BigDecimal.valueOf(num.getNumericCellValue()).stripTrailingZeros()
                        + "/"
                        + BigDecimal.valueOf(row.getCell(5).getNumericCellValue())
                            .stripTrailingZeros()));
      }
    }
    assertThat(expected).isNotEmpty();
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static void assertNumber(Cell cell, Object api, String what) {
    if (api == null) {
      assertThat(cell.getCellType()).as(what + " is empty").isEqualTo(CellType.BLANK);
      return;
    }
    assertThat(cell.getCellType()).as(what + " is a number").isEqualTo(CellType.NUMERIC);
    assertThat(BigDecimal.valueOf(cell.getNumericCellValue()))
        .as(what)
        .isEqualByComparingTo(new BigDecimal(api.toString()));
  }

  @Test
  void documentHasTheDecreesLayoutTheFiguresAndTheEditedDraft() throws Exception {
    DemoData.load();
    Map<String, Object> draft =
        draft("125/BC-SLĐTBXH", "2024-12-20", Map.of("1", "Văn bản của mục tiêu một."));
    draft.put("subject", "Kết quả thực hiện Kế hoạch bình đẳng giới năm 2024");
    draft.put("signerName", "Trần Thị B");
    draft.put("signerTitle", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC");
    draft.put("recipients", List.of("UBND thành phố", "Lưu: VT"));
    as(Tokens.coordinator())
        .header("If-Match", "\"0\"")
        .body(draft)
        .put("/api/v1/reports/2024/draft")
        .then()
        .statusCode(200);
    List<Map<String, Object>> rows = attainment("2024");
    byte[] bytes = download(Tokens.coordinator(), "/api/v1/reports/2024/document", DOCX);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      var section = doc.getDocument().getBody().getSectPr();
      assertThat(section.getPgSz().getW().toString()).isEqualTo("11906");
      assertThat(section.getPgMar().getLeft().toString()).isEqualTo("1701");
      XWPFTable header = doc.getTables().get(0);
      XWPFTableCell left = header.getRow(0).getCell(0);
      XWPFTableCell right = header.getRow(0).getCell(1);
      assertThat(texts(left))
          .containsSubsequence("UBND THÀNH PHỐ CẦN THƠ", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI");
      assertThat(left.getParagraphs().get(1).getRuns().get(0).isBold()).isTrue();
      assertThat(texts(right))
          .containsExactly("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
      var motto = right.getParagraphs().get(1).getRuns().get(0);
      assertThat(motto.isBold()).isTrue();
      assertThat(motto.getUnderline().name()).isEqualTo("SINGLE");
      assertThat(motto.getFontFamily()).isEqualTo("Times New Roman");
      assertThat(header.getRow(1).getCell(0).getText()).isEqualTo("Số: 125/BC-SLĐTBXH");
      XWPFTableCell date = header.getRow(1).getCell(1);
      assertThat(date.getText()).isEqualTo("Cần Thơ, ngày 20 tháng 12 năm 2024");
      assertThat(date.getParagraphs().get(0).getRuns().get(0).isItalic()).isTrue();

      List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      assertThat(paragraphs)
          .containsSubsequence(
              "BÁO CÁO",
              "Kết quả thực hiện Kế hoạch bình đẳng giới năm 2024",
              "I. KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU",
              "Văn bản của mục tiêu một.",
              "II. ĐÁNH GIÁ CHUNG");

      // one table per objective between the header and the signature, rows as the API's
      List<XWPFTable> bodyTables = doc.getTables().subList(1, doc.getTables().size() - 1);
      assertThat(bodyTables).hasSize(6);
      List<String> codes = new ArrayList<>();
      for (XWPFTable t : bodyTables) {
        assertThat(t.getRow(0).getCell(1).getText()).isEqualTo("Chỉ tiêu");
        for (int r = 1; r < t.getNumberOfRows(); r++) {
          String code = t.getRow(r).getCell(0).getText();
          if (code.isEmpty()) {
            continue;
          }
          codes.add(code);
          Map<String, Object> api =
              rows.stream().filter(a -> a.get("indicator").equals(code)).findFirst().orElseThrow();
          assertThat(t.getRow(r).getCell(4).getText())
              .isEqualTo(STATUS.get((String) api.get("status")));
          @SuppressWarnings("unchecked")
          Map<String, Object> reporters = (Map<String, Object>) api.get("reporters");
          assertThat(t.getRow(r).getCell(5).getText())
              .isEqualTo(reporters.get("reported") + "/" + reporters.get("expected"));
        }
      }
      assertThat(codes).isEqualTo(rows.stream().map(a -> a.get("indicator")).toList());
      Map<String, Object> womenLeaders = rows.get(0);
      assertThat(bodyTables.get(0).getRow(1).getCell(3).getText())
          .isEqualTo(
              ReportLabels.number(new BigDecimal(womenLeaders.get("value").toString()), "%"));

      XWPFTableCell recipients =
          doc.getTables().get(doc.getTables().size() - 1).getRow(0).getCell(0);
      XWPFTableCell signature =
          doc.getTables().get(doc.getTables().size() - 1).getRow(0).getCell(1);
      assertThat(texts(recipients)).containsExactly("Nơi nhận:", "- UBND thành phố;", "- Lưu: VT.");
      assertThat(texts(signature))
          .startsWith("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")
          .endsWith("Trần Thị B");
    }
  }

  /** A valid draft body (but for what the caller changes). */
  private static Map<String, Object> draft(
      String number, String issuedOn, Map<String, String> narratives) {
    Map<String, Object> draft = new HashMap<>();
    draft.put("number", number);
    draft.put("issuedOn", issuedOn);
    draft.put("subject", "Báo cáo năm");
    draft.put("signerName", "Nguyễn Văn A");
    draft.put("signerTitle", "GIÁM ĐỐC");
    draft.put("recipients", List.of("UBND thành phố"));
    draft.put("narratives", narratives);
    return draft;
  }

  private static List<String> texts(XWPFTableCell cell) {
    return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
  }

  @Test
  void draftIsPrefilledFromTheFiguresAndSavedWithItsVersion() {
    DemoData.load();
    as(Tokens.viewer())
        .get("/api/v1/reports/2024/draft")
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("version", equalTo(0))
        .body("number", containsString("/BC-SLĐTBXH"))
        .body("signerTitle", equalTo("GIÁM ĐỐC"))
        .body("recipients[0]", equalTo("UBND thành phố (để báo cáo)"))
        .body("narratives.'1'", startsWith("Mục tiêu có 1 chỉ tiêu:"))
        .body("narratives.'1'", containsString("Chỉ tiêu 1.1 ("));
    download(Tokens.viewer(), "/api/v1/reports/2024/document", DOCX, "2024-document-prefilled");
    Map<String, Object> draft = draft("7/BC-SLĐTBXH", "2025-01-05", Map.of("2", "Hai"));
    // no version: 428; stale: 409; then saved at 1
    as(Tokens.coordinator())
        .body(draft)
        .put("/api/v1/reports/2024/draft")
        .then()
        .statusCode(428)
        .body("code", equalTo("PRECONDITION_REQUIRED"));
    as(Tokens.coordinator())
        .header("If-Match", "\"3\"")
        .body(draft)
        .put("/api/v1/reports/2024/draft")
        .then()
        .statusCode(409)
        .body("code", equalTo("REPORT_DRAFT_CONFLICT"))
        .body("currentVersion", equalTo(0));
    as(Tokens.coordinator())
        .header("If-Match", "\"0\"")
        .body(draft)
        .put("/api/v1/reports/2024/draft")
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("version", equalTo(1))
        .body("updatedBy", equalTo("coordinator"));
    as(Tokens.coordinator())
        .header("If-Match", "\"0\"")
        .body(draft)
        .put("/api/v1/reports/2024/draft")
        .then()
        .statusCode(409)
        .body("currentVersion", equalTo(1));
    as(Tokens.admin())
        .get("/api/v1/reports/2024/draft")
        .then()
        .body("number", equalTo("7/BC-SLĐTBXH"))
        .body("issuedOn", equalTo("2025-01-05"))
        .body("narratives.'2'", equalTo("Hai"))
        .body("version", equalTo(1));
    // the draft of another period is untouched
    as(Tokens.admin()).get("/api/v1/reports/2024S1/draft").then().body("version", equalTo(0));
  }

  @Test
  void badDraftsAreRefusedAndChangeNothing() {
    Map<String, Object> draft = draft(" ", "2025-01-05", Map.of());
    draft.put("version", 0);
    as(Tokens.coordinator())
        .body(draft)
        .put("/api/v1/reports/2024/draft")
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"));
    draft.put("number", "1/BC");
    draft.put("narratives", Map.of("99", "x"));
    as(Tokens.coordinator())
        .body(draft)
        .put("/api/v1/reports/2024/draft")
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"));
    draft.put("narratives", Map.of());
    as(Tokens.viewer()).body(draft).put("/api/v1/reports/2024/draft").then().statusCode(403);
    as(Tokens.admin()).body(draft).put("/api/v1/reports/2024/draft").then().statusCode(403);
    as(Tokens.coordinator())
        .body(draft)
        .put("/api/v1/reports/1999/draft")
        .then()
        .statusCode(404)
        .body("code", equalTo("PERIOD_NOT_FOUND"));
    as(Tokens.coordinator()).get("/api/v1/reports/2024/draft").then().body("version", equalTo(0));
  }

  @Test
  void downloadsAreForCoordinatorAdminAndViewersWithVietnameseFileNames() {
    for (String token : List.of(Tokens.coordinator(), Tokens.admin(), Tokens.viewer())) {
      given()
          .auth()
          .oauth2(token)
          .get("/api/v1/reports/2024S1/workbook")
          .then()
          .statusCode(200)
          .contentType(XLSX)
          .header(
              "Content-Disposition",
              equalTo(
                  "attachment; filename=\"Bao-cao-tong-hop-2024S1.xlsx\";"
                      + " filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20t%E1%BB%95ng%20h%E1%BB%A3p%202024S1.xlsx"));
    }
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/reports/2024/document")
        .then()
        .statusCode(200)
        .contentType(DOCX)
        .header(
            "Content-Disposition",
            containsString("filename*=UTF-8''B%C3%A1o%20c%C3%A1o%202024.docx"));
    for (String path : List.of("", "/workbook", "/document", "/draft")) {
      given()
          .auth()
          .oauth2(Tokens.reporter("ninh-kieu"))
          .get("/api/v1/reports/2024" + path)
          .then()
          .statusCode(403)
          .body("code", equalTo("FORBIDDEN"));
      given().get("/api/v1/reports/2024" + path).then().statusCode(401);
      given()
          .auth()
          .oauth2(Tokens.viewer())
          .get("/api/v1/reports/2099" + path)
          .then()
          .statusCode(404)
          .body("code", equalTo("PERIOD_NOT_FOUND"));
    }
  }

  @Test
  void readinessListsTheReportersNotYetApproved() {
    String id = approved("ninh-kieu", "2024", List.of(value("1.1", 10, 30)));
    create("cai-rang", "2024", List.of(value("1.1", 7, 10)));
    as(Tokens.viewer())
        .get("/api/v1/reports/2024")
        .then()
        .statusCode(200)
        .body("expected", equalTo(25))
        .body("approved", equalTo(1))
        .body("complete", equalTo(false))
        .body("pending.find { it.orgUnit == 'cai-rang' }.status", equalTo("DRAFT"))
        .body("pending.find { it.orgUnit == 'vinh-thanh' }.status", equalTo(null))
        .body("pending.find { it.orgUnit == 'ninh-kieu' }", equalTo(null));
    assertThat(id).isNotNull();
  }
}
