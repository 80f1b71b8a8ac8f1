package vn.cantho.gep.reminder;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contact as the API shows it. */
@Schema(name = "Contact")
public record ContactResponse(
    @Schema(example = "12") long id,
    @Schema(example = "co-do") String orgUnit,
    @Schema(example = "REPORTER") ContactKind kind,
    @Schema(example = "reporter.co-do@demo.gep.local") String email,
    @Schema(example = "Nguyễn Thị Hoa") String name,
    OffsetDateTime createdAt,
    @Schema(example = "admin") String createdBy) {

  static ContactResponse from(Contact c) {
    return new ContactResponse(
        c.id, c.orgUnitCode, c.kind, c.email, c.name, c.createdAt, c.createdBy);
  }
}
