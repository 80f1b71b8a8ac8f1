package vn.cantho.gep.period;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cantho.gep.common.security.Roles;
import vn.cantho.gep.common.web.Params;

/** Reporting periods and their due dates. */
@Path("/api/v1/periods")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.REPORTER, Roles.VIEWER})
@Tag(name = "Periods")
public class PeriodResource {
  @Inject PeriodService service;

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
        .map(PeriodResponse::from)
        .toList();
  }

  @GET
  @Path("/{code}")
  @Operation(operationId = "getPeriod", summary = "Get one period by code")
  public PeriodResponse getPeriod(@Parameter(example = "2024S1") @PathParam("code") String code) {
    return PeriodResponse.from(service.get(code));
  }

  @POST
  @Path("/{code}/close")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "closePeriod",
      summary = "Close a period for writing (admin)",
      description =
          "After closing, submissions of the period can no longer be created, edited or submitted.")
  public PeriodResponse closePeriod(@Parameter(example = "2024S1") @PathParam("code") String code) {
    return PeriodResponse.from(service.setOpen(code, false));
  }

  @POST
  @Path("/{code}/open")
  @RolesAllowed(Roles.ADMIN)
  @Operation(operationId = "openPeriod", summary = "Open a period for writing again (admin)")
  public PeriodResponse openPeriod(@Parameter(example = "2024S1") @PathParam("code") String code) {
    return PeriodResponse.from(service.setOpen(code, true));
  }
}
