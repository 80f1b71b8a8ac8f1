package vn.cantho.gep.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a save of a report draft changed, as the audit log keeps it. */
class ReportDraftChangeTest {
  static ReportDraft draft() {
    ReportDraft d = new ReportDraft();
    d.periodCode = "2024";
    d.number = "125/BC-SLĐTBXH";
    d.issuedOn = LocalDate.of(2024, 12, 20);
    d.subject = "Báo cáo năm";
    d.signerName = "Nguyễn Văn A";
    d.signerTitle = "GIÁM ĐỐC";
    d.recipients = new ArrayList<>(List.of("UBND thành phố"));
    d.narratives = new LinkedHashMap<>(Map.of("2", "Mục tiêu hai.", "1", "Mục tiêu một."));
    return d;
  }

  @Test
  void aFirstSaveHasNoBeforeAndEveryFieldAfter() {
    ReportDraftChange change = ReportDraftChange.between(null, ReportDraftChange.fields(draft()));
    assertThat(change.before()).isNull();
    assertThat(change.after())
        .containsKeys("number", "subject", "signerName", "signerTitle", "recipients")
        .containsEntry("issuedOn", "2024-12-20")
        .containsEntry("narratives.1", "Mục tiêu một.");
    assertThat(change.after().keySet())
        .endsWith("narratives.1", "narratives.2")
        .doesNotContain("narratives");
    assertThat(change.isEmpty()).isFalse();
  }

  @Test
  void onlyTheChangedFieldsAreKeptEachNarrativeOnItsOwn() {
    ReportDraft before = draft();
    ReportDraft after = draft();
    after.signerName = "Trần Thị B";
    after.recipients.add("Lưu: VT");
    after.narratives.put("1", "Mục tiêu một, đã sửa.");
    after.narratives.remove("2");
    after.narratives.put("3", "Mục tiêu ba.");
    ReportDraftChange change =
        ReportDraftChange.between(
            ReportDraftChange.fields(before), ReportDraftChange.fields(after));
    assertThat(change.before().keySet())
        .containsExactly(
            "signerName", "recipients", "narratives.1", "narratives.2", "narratives.3");
    assertThat(change.before())
        .containsEntry("signerName", "Nguyễn Văn A")
        .containsEntry("recipients", List.of("UBND thành phố"))
        .containsEntry("narratives.2", "Mục tiêu hai.")
        .containsEntry("narratives.3", null);
    assertThat(change.after())
        .containsEntry("signerName", "Trần Thị B")
        .containsEntry("recipients", List.of("UBND thành phố", "Lưu: VT"))
        .containsEntry("narratives.1", "Mục tiêu một, đã sửa.")
        .containsEntry("narratives.2", null)
        .containsEntry("narratives.3", "Mục tiêu ba.");
  }

  @Test
  void aSaveThatChangesNothingIsEmpty() {
    ReportDraftChange change =
        ReportDraftChange.between(
            ReportDraftChange.fields(draft()), ReportDraftChange.fields(draft()));
    assertThat(change.isEmpty()).isTrue();
    assertThat(change.before()).isEmpty();
  }
}
