package vn.cantho.gep.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cantho.gep.common.security.Roles;
import vn.cantho.gep.common.web.Params;
import vn.cantho.gep.config.GepConfig;

/** The searchable audit log (coordinator and admin). */
@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
@Tag(name = "Audit")
public class AuditResource {
  @Inject AuditService service;
  @Inject GepConfig config;

  @GET
  @Operation(
      operationId = "searchAuditEvents",
      summary =
          "Who changed what and when, across all submissions, targets, national milestones,"
              + " report drafts and configuration",
      description =
          "Every submission's history (created, values changed with before and after,"
              + " submitted, approved, returned with the reason, reopened), every target change,"
              + " every national milestone set or removed (MILESTONE_CHANGED, MILESTONE_REMOVED,"
              + " before and after) and every save of a report draft that changed it"
              + " (REPORT_DRAFT_CHANGED, the changed fields before and after), and every change to"
              + " configuration with who (name and identity), before and after: a period opened or"
              + " closed (PERIOD_OPENED, PERIOD_CLOSED) or its entry window changed"
              + " (ENTRY_WINDOW_CHANGED), an exception granted, changed or revoked"
              + " (EXCEPTION_GRANTED, EXCEPTION_CHANGED, EXCEPTION_REVOKED), a reminder contact"
              + " added or removed (CONTACT_ADDED, CONTACT_REMOVED), a plan year started"
              + " (PLAN_YEAR_STARTED) and a reminder run started by hand (REMINDERS_RUN); what was"
              + " removed stays as `before`. Newest first, a page at a time. Filters combine; `from`"
              + " and `to` are days in Can Tho (both included); `period` also selects the target"
              + " changes and the start of its plan year and the milestone changes of that year;"
              + " `orgUnit` selects submissions, exceptions and contacts; `q` finds words in the"
              + " actor, org unit, period, reason and changed values.")
  public AuditPage searchAuditEvents(
      @Parameter(
              description = "User name, any case, or the user's identity (token subject)",
              example = "coordinator")
          @QueryParam("actor")
          String actor,
      @Parameter(example = "ninh-kieu") @QueryParam("orgUnit") String orgUnit,
      @Parameter(
              description = "A period; also selects the target and milestone changes of its year",
              example = "2024")
          @QueryParam("period")
          String period,
      @Parameter(
              description = "Entries touching this indicator: its values, target or milestone",
              example = "1.1")
          @QueryParam("indicator")
          String indicator,
      @Parameter(schema = @Schema(implementation = AuditEntry.AuditAction.class))
          @QueryParam("action")
          String action,
      @Parameter(description = "First day, YYYY-MM-DD", example = "2024-06-01") @QueryParam("from")
          String from,
      @Parameter(description = "Last day, YYYY-MM-DD", example = "2024-06-30") @QueryParam("to")
          String to,
      @Parameter(description = "Free text", example = "sai số liệu") @QueryParam("q") String q,
      @Parameter(description = "Zero-based page", example = "0") @QueryParam("page") String page,
      @Parameter(description = "Page size, 1 to 200; default 50", example = "50")
          @QueryParam("size")
          String size) {
    LocalDate fromDay = Params.date("from", from);
    LocalDate toDay = Params.date("to", to);
    if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
      throw Params.invalid("to", "must not be before from");
    }
    Integer pageNumber = Params.integer("page", page, 0, 1_000_000);
    Integer pageSize = Params.integer("size", size, 1, config.maxPageSize());
    return service.search(
        Params.text(actor),
        Params.text(orgUnit),
        Params.text(period),
        Params.text(indicator),
        Params.enumValue(AuditEntry.AuditAction.class, "action", action),
        fromDay,
        toDay,
        Params.text(q),
        pageNumber == null ? 0 : pageNumber,
        pageSize == null ? 50 : pageSize);
  }
}
