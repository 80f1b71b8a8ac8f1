package vn.cantho.gep.indicator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cantho.gep.common.error.Problem;
import vn.cantho.gep.common.security.CurrentUser;
import vn.cantho.gep.common.security.Roles;
import vn.cantho.gep.common.web.Params;

/** Yearly plans and their targets; admins change targets. */
@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.REPORTER, Roles.VIEWER})
@Tag(name = "Plans and targets")
public class PlanResource {
  @Inject IndicatorService service;
  @Inject PlanYearService planYears;
  @Inject CurrentUser user;

  @GET
  @Operation(operationId = "listPlans", summary = "List the yearly plans")
  public List<PlanResponse> listPlans() {
    return service.plans().stream().map(PlanResponse::from).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "createPlan",
      summary = "Start a new plan year by copying another year's plan (admin)",
      description =
          "Copies every target (comparator, value, baseline) and every expected reporter of"
              + " `copyFrom` into the new year, and creates the year's standard periods where"
              + " missing: YYYYS1 due 10/06 and YYYY due 10/12. Targets are then changed one by"
              + " one with PUT /api/v1/plans/{year}/targets/{indicator}. A year outside 2021-2030"
              + " is VALIDATION_FAILED; an unknown `copyFrom` is PLAN_SOURCE_NOT_FOUND (422); a"
              + " year that has a plan is PLAN_EXISTS (409). Nothing is written on a problem. The"
              + " audit log records the new year with what was copied (PLAN_YEAR_STARTED).")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CreatedPlanResponse.class)))
  @APIResponse(
      responseCode = "409",
      description = "A plan for that year exists already (PLAN_EXISTS)",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = Problem.class)))
  public Response createPlan(@Valid @NotNull CreatePlanRequest request, UriInfo uri) {
    CreatedPlanResponse created = planYears.create(request, user.actor());
    return Response.created(
            uri.getBaseUriBuilder().path("api/v1/plans/{year}").build(created.plan().year()))
        .entity(created)
        .build();
  }

  @GET
  @Path("/{year}")
  @Operation(operationId = "getPlan", summary = "Get one year's plan")
  public PlanResponse getPlan(
      @Parameter(example = "2024", schema = @Schema(type = SchemaType.INTEGER)) @PathParam("year")
          String year) {
    return PlanResponse.from(service.plan(year(year)));
  }

  @GET
  @Path("/{year}/targets")
  @Operation(operationId = "listTargets", summary = "List the targets of one year's plan")
  public List<TargetResponse> listTargets(
      @Parameter(example = "2024", schema = @Schema(type = SchemaType.INTEGER)) @PathParam("year")
          String year) {
    int planYear = year(year);
    service.plan(planYear);
    return service.targets(planYear).stream()
        .sorted(Comparator.comparing(t -> t.indicatorCode))
        .map(TargetResponse::from)
        .toList();
  }

  @PUT
  @Path("/{year}/targets/{indicator}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "updateTarget",
      summary = "Change an indicator's target for one plan year (admin)",
      description = "Every change is recorded with its author, before and after.")
  public TargetResponse updateTarget(
      @Parameter(example = "2024", schema = @Schema(type = SchemaType.INTEGER)) @PathParam("year")
          String year,
      @Parameter(example = "1.1") @PathParam("indicator") String indicator,
      @Valid @NotNull UpdateTargetRequest request) {
    return TargetResponse.from(service.updateTarget(year(year), indicator, request, user.actor()));
  }

  private static int year(String year) {
    Integer parsed = Params.integer("year", year, 1900, 2200);
    if (parsed == null) {
      throw Params.invalid("year", "is required");
    }
    return parsed;
  }
}
