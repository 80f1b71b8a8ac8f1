package vn.cantho.gep.submission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a submission is returned or reopened; shown to the reporter. */
@Schema(name = "ReasonRequest")
public record ReasonRequest(
    @NotBlank
        @Size(max = 2000)
        @Schema(
            example =
                "Chỉ tiêu 1.1: mẫu số không khớp với báo cáo năm trước, đề nghị kiểm tra lại.",
            required = true)
        String reason) {}
