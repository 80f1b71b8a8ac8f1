package vn.cantho.gep.audit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the audit log, newest first. */
@Schema(name = "AuditPage")
public record AuditPage(
    List<AuditEntry> items,
    @Schema(description = "Zero-based page number", example = "0") int page,
    @Schema(example = "50") int size,
    @Schema(description = "Matching entries in all pages", example = "120") long total) {}
