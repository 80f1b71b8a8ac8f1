package vn.cantho.gep.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.attainment.AttainmentRow;
import vn.cantho.gep.attainment.AttainmentStatus;
import vn.cantho.gep.attainment.Basis;
import vn.cantho.gep.indicator.Comparator;

/** The report's Vietnamese words and the prefilled narrative, as pure functions. */
class ReportNarrativeTest {

  private static AttainmentRow row(
      String code, String unit, Comparator cmp, String target, String value, AttainmentStatus s) {
    return new AttainmentRow(
        code,
        "1",
        "Tỷ lệ cơ quan có lãnh đạo chủ chốt là nữ",
        unit,
        "can-tho",
        "2024",
        Basis.APPROVED,
        null,
        null,
        value == null ? null : new BigDecimal(value),
        null,
        target == null ? null : new BigDecimal(target),
        cmp,
        null,
        null,
        s,
        new AttainmentRow.Reporters(10, 6, List.of()),
        List.of());
  }

  @Test
  void numbersAreWrittenTheVietnameseWay() {
    assertThat(ReportLabels.number(new BigDecimal("57.142857"), "%")).isEqualTo("57,1\u00a0%");
    assertThat(ReportLabels.number(new BigDecimal("1240000"), "người"))
        .isEqualTo("1.240.000 người");
    assertThat(ReportLabels.number(new BigDecimal("104.4512"), "lần")).isEqualTo("104,45 lần");
    assertThat(ReportLabels.number(null, "%")).isEqualTo("-");
    assertThat(ReportLabels.target(Comparator.GE, new BigDecimal("60"), "%"))
        .isEqualTo("từ 60\u00a0% trở lên");
    assertThat(ReportLabels.target(Comparator.LT, new BigDecimal("26"), "%"))
        .isEqualTo("dưới 26\u00a0%");
    assertThat(ReportLabels.target(Comparator.LE, new BigDecimal("105"), "bé trai/100 bé gái"))
        .isEqualTo("không quá 105 bé trai/100 bé gái");
    assertThat(ReportLabels.comparator(Comparator.GE)).isEqualTo("lớn hơn hoặc bằng");
    assertThat(ReportLabels.status(AttainmentStatus.NOT_ACHIEVED)).isEqualTo("Chưa đạt");
  }

  @Test
  void narrativeCountsTheStatusesAndStatesEachIndicator() {
    String text =
        ReportNarrative.of(
            List.of(
                row("1.1", "%", Comparator.GE, "60", "64.157706", AttainmentStatus.ACHIEVED),
                row("1.2", "%", Comparator.GE, "60", null, AttainmentStatus.NO_DATA)),
            r -> r.unit());
    assertThat(text)
        .isEqualTo(
            "Mục tiêu có 2 chỉ tiêu: 1 chỉ tiêu đạt, 0 chỉ tiêu chưa đạt, 1 chỉ tiêu chưa có số"
                + " liệu. Chỉ tiêu 1.1 (tỷ lệ cơ quan có lãnh đạo chủ chốt là nữ): kết quả 64,2\u00a0%,"
                + " chỉ tiêu từ 60\u00a0% trở lên, đạt (6/10 đơn vị đã báo cáo). Chỉ tiêu 1.2 (tỷ lệ cơ"
                + " quan có lãnh đạo chủ chốt là nữ): chưa có số liệu được phê duyệt (6/10 đơn vị"
                + " đã báo cáo).");
  }

  @Test
  void dateIsWrittenAsTheDecreeDoes() {
    assertThat(ReportDocument.placeAndDate(LocalDate.of(2025, 2, 5)))
        .isEqualTo("Cần Thơ, ngày 05 tháng 02 năm 2025");
    assertThat(ReportDocument.twips(30)).isEqualTo(1701);
  }
}
