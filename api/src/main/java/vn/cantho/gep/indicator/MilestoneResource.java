package vn.cantho.gep.indicator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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

/** National milestones of Resolution 28/NQ-CP for 2025 and 2030; admins maintain them. */
@Path("/api/v1/milestones")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.REPORTER, Roles.VIEWER})
@Tag(name = "Plans and targets")
public class MilestoneResource {
  @Inject MilestoneService service;
  @Inject CurrentUser user;

  @GET
  @Operation(
      operationId = "listMilestones",
      summary = "List the national milestones",
      description = "By indicator and year; only one indicator's with `indicator`.")
  public List<MilestoneResponse> listMilestones(
      @Parameter(description = "Only this indicator's", example = "2.1") @QueryParam("indicator")
          String indicator) {
    return service.list(Params.text(indicator)).stream().map(MilestoneResponse::from).toList();
  }

  @PUT
  @Path("/{indicator}/{year}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "putMilestone",
      summary = "Add or change an indicator's national milestone for a year (admin)",
      description =
          "The year is one of the strategy's, 2021-2030. The comparator and value must suit the"
              + " indicator as a target must (MILESTONE_INVALID otherwise).")
  public MilestoneResponse putMilestone(
      @Parameter(example = "3.1") @PathParam("indicator") String indicator,
      @Parameter(example = "2030", schema = @Schema(type = SchemaType.INTEGER)) @PathParam("year")
          String year,
      @Valid @NotNull MilestoneRequest request) {
    return MilestoneResponse.from(service.put(indicator, year(year), request, user.actor()));
  }

  @DELETE
  @Path("/{indicator}/{year}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(operationId = "deleteMilestone", summary = "Remove a national milestone (admin)")
  @APIResponse(responseCode = "204", description = "Removed")
  public void deleteMilestone(
      @Parameter(example = "3.1") @PathParam("indicator") String indicator,
      @Parameter(example = "2030", schema = @Schema(type = SchemaType.INTEGER)) @PathParam("year")
          String year) {
    service.remove(indicator, year(year), user.actor());
  }

  private static int year(String year) {
    Integer parsed = Params.integer("year", year, PlanYears.FIRST, PlanYears.LAST);
    if (parsed == null) {
      throw Params.invalid("year", "is required");
    }
    return parsed;
  }
}
