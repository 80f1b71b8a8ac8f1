package vn.cantho.gep.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole draft as the coordinator edited it; what is left out is emptied. */
@Schema(name = "UpdateReportDraftRequest")
public record UpdateReportDraftRequest(
    @NotBlank @Size(max = 64) @Schema(example = "125/BC-SLĐTBXH") String number,
    @NotNull @Schema(example = "2024-12-20") LocalDate issuedOn,
    @NotBlank @Size(max = 1000) String subject,
    @NotBlank @Size(max = 255) @Schema(example = "Nguyễn Văn A") String signerName,
    @NotBlank @Size(max = 255) @Schema(example = "GIÁM ĐỐC") String signerTitle,
    @NotNull @Size(max = 50) List<@NotBlank @Size(max = 500) String> recipients,
    @NotNull @Size(max = 50) Map<String, @NotNull @Size(max = 20000) String> narratives,
    @Schema(description = "The version replaced, if not sent in If-Match (0 for the first save)")
        Integer version) {}
