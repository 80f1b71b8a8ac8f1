package vn.cantho.gep.reminder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cantho.gep.common.security.CurrentUser;
import vn.cantho.gep.common.security.Roles;
import vn.cantho.gep.common.web.Params;

/** The reminder job: run it now, read what it sent (admin). */
@Path("/api/v1/reminders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Reminders")
public class ReminderResource {
  @Inject ReminderService service;
  @Inject ReminderRepository log;
  @Inject CurrentUser user;

  @POST
  @Path("/run")
  @Operation(
      operationId = "runReminders",
      summary = "Run the reminder job now (admin)",
      description =
          "Sends what the daily job would send today and has not been sent: reminders before and"
              + " after due dates to the REPORTER contacts of units that have not submitted, and the"
              + " overdue digest to so-ldtbxh's COORDINATOR contacts. Running it again sends nothing"
              + " twice. The audit log records who ran it and what it did (REMINDERS_RUN).")
  public ReminderRun runReminders() {
    return service.runFor(user.actor());
  }

  @GET
  @Operation(
      operationId = "listReminders",
      summary = "The reminder log, latest first (admin)",
      description = "Every reminder event with its recipients and outcome.")
  public List<ReminderLogEntry> listReminders(
      @Parameter(schema = @Schema(implementation = ReminderKind.class)) @QueryParam("kind")
          String kind,
      @Parameter(schema = @Schema(implementation = ReminderStatus.class)) @QueryParam("status")
          String status,
      @Parameter(
              description = "At most this many, 1 to 1000; default 200",
              schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("limit")
          String limit) {
    Integer max = Params.integer("limit", limit, 1, 1000);
    return log.list(
        Params.enumValue(ReminderKind.class, "kind", kind),
        Params.enumValue(ReminderStatus.class, "status", status),
        max == null ? 200 : max);
  }
}
