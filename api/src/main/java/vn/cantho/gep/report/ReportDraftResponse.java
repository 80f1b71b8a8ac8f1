package vn.cantho.gep.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A period's report draft: saved, or (version 0) prefilled from the approved figures. */
@Schema(name = "ReportDraft")
public record ReportDraftResponse(
    @Schema(example = "2024") String period,
    @Schema(example = "125/BC-SLĐTBXH") String number,
    @Schema(example = "2024-12-20") LocalDate issuedOn,
    @Schema(example = "Kết quả thực hiện Kế hoạch bình đẳng giới năm 2024") String subject,
    @Schema(example = "Nguyễn Văn A") String signerName,
    @Schema(example = "GIÁM ĐỐC") String signerTitle,
    @Schema(description = "The \"Nơi nhận\" list, one recipient a line") List<String> recipients,
    @Schema(description = "Narrative text per objective code", example = "{\"1\": \"...\"}")
        Map<String, String> narratives,
    @Schema(description = "0 while never saved; send it back in If-Match to save") int version,
    @Schema(nullable = true) OffsetDateTime updatedAt,
    @Schema(nullable = true) String updatedBy) {

  static ReportDraftResponse from(ReportDraft d) {
    return new ReportDraftResponse(
        d.periodCode,
        d.number,
        d.issuedOn,
        d.subject,
        d.signerName,
        d.signerTitle,
        List.copyOf(d.recipients),
        Map.copyOf(d.narratives),
        d.version,
        d.updatedAt,
        d.updatedBy);
  }
}
