package vn.cantho.gep.period;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cantho.gep.common.security.CurrentUser;
import vn.cantho.gep.common.security.Roles;
import vn.cantho.gep.common.web.Params;

/** Reporting periods, their due dates and entry windows, and per-unit exceptions. */
@Path("/api/v1/periods")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.REPORTER, Roles.VIEWER})
@Tag(name = "Periods")
public class PeriodResource {
  @Inject PeriodService service;
  @Inject CurrentUser user;

  @GET
  @Operation(operationId = "listPeriods", summary = "List reporting periods, oldest first")
  public List<PeriodResponse> listPeriods(
      @Parameter(
              description = "Only periods of this plan year",
              example = "2024",
              schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("year")
          String year,
      @Parameter(
              description = "YEARLY, SIX_MONTHLY or QUARTERLY",
              schema = @Schema(enumeration = {"YEARLY", "SIX_MONTHLY", "QUARTERLY"}))
          @QueryParam("type")
          String type,
      @Parameter(
              description = "Only open (true) or closed (false) periods",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("open")
          String open) {
    return service
        .list(
            Params.integer("year", year, 1900, 2200),
            Params.enumValue(PeriodType.class, "type", type),
            Params.bool("open", open))
        .stream()
        .map(p -> PeriodResponse.from(p, service.today()))
        .toList();
  }

  @GET
  @Path("/{code}")
  @Operation(operationId = "getPeriod", summary = "Get one period by code")
  public PeriodResponse getPeriod(@Parameter(example = "2024S1") @PathParam("code") String code) {
    return response(service.get(code));
  }

  @POST
  @Path("/{code}/close")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "closePeriod",
      summary = "Close a period for writing by hand (admin)",
      description =
          "After closing, submissions of the period can no longer be created, edited or submitted"
              + " (409 PERIOD_CLOSED), except by org units the coordinator granted an exception."
              + " The audit log records it (PERIOD_CLOSED), unless the period was closed already.")
  public PeriodResponse closePeriod(@Parameter(example = "2024S1") @PathParam("code") String code) {
    return response(service.setOpen(code, false, user.actor()));
  }

  @POST
  @Path("/{code}/open")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "openPeriod",
      summary = "Open a period for writing again (admin)",
      description =
          "Undoes a manual close; the entry window (opensOn, closesOn) still applies. The audit"
              + " log records it (PERIOD_OPENED), unless the period was open already.")
  public PeriodResponse openPeriod(@Parameter(example = "2024S1") @PathParam("code") String code) {
    return response(service.setOpen(code, true, user.actor()));
  }

  @PUT
  @Path("/{code}/window")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "updateEntryWindow",
      summary = "Set a period's entry window (admin)",
      description =
          "Figures may be written from opensOn to closesOn inclusive (dates in Vietnam) while the"
              + " period is open. A null opensOn means from the period's start, a null closesOn"
              + " until an admin closes it by hand. A window that closes before it opens is 422"
              + " ENTRY_WINDOW_INVALID. A change is recorded in the audit log"
              + " (ENTRY_WINDOW_CHANGED, the window before and after).")
  public PeriodResponse updateEntryWindow(
      @Parameter(example = "2024S1") @PathParam("code") String code,
      @Valid @NotNull UpdateEntryWindowRequest request) {
    return response(service.updateWindow(code, request, user.actor()));
  }

  @GET
  @Path("/{code}/exceptions")
  @Operation(
      operationId = "listPeriodExceptions",
      summary = "List the org units allowed to write after the period closed",
      description =
          "Each with the last day, the reason, and who granted it when. A reporter sees only their"
              + " own org unit's.")
  public List<PeriodException> listPeriodExceptions(
      @Parameter(example = "2024S1") @PathParam("code") String code) {
    return service.exceptions(code);
  }

  @PUT
  @Path("/{code}/exceptions/{orgUnit}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.COORDINATOR)
  @Operation(
      operationId = "grantPeriodException",
      summary = "Let one org unit write after the period closed (coordinator)",
      description =
          "The org unit may create, edit and submit its submission until `until` (inclusive),"
              + " whatever the window or the manual close. Granting again replaces the exception;"
              + " the audit log keeps every grant (EXCEPTION_GRANTED, EXCEPTION_CHANGED with the"
              + " earlier grant as before). An `until` before today is 422 EXCEPTION_INVALID.")
  public PeriodException grantPeriodException(
      @Parameter(example = "2024S1") @PathParam("code") String code,
      @Parameter(example = "co-do") @PathParam("orgUnit") String orgUnit,
      @Valid @NotNull GrantExceptionRequest request) {
    return service.grantException(code, orgUnit, request, user.actor());
  }

  @DELETE
  @Path("/{code}/exceptions/{orgUnit}")
  @RolesAllowed(Roles.COORDINATOR)
  @Operation(
      operationId = "revokePeriodException",
      summary = "Withdraw an org unit's exception (coordinator)",
      description =
          "The audit log keeps the withdrawn exception (EXCEPTION_REVOKED). 404"
              + " EXCEPTION_NOT_FOUND when the unit has none in that period.")
  @APIResponse(responseCode = "204", description = "Withdrawn")
  public void revokePeriodException(
      @Parameter(example = "2024S1") @PathParam("code") String code,
      @Parameter(example = "co-do") @PathParam("orgUnit") String orgUnit) {
    service.revokeException(code, orgUnit, user.actor());
  }

  private PeriodResponse response(Period period) {
    return PeriodResponse.from(period, service.today());
  }
}
