package vn.cantho.gep.indicator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
import vn.cantho.gep.common.error.DomainException;
import vn.cantho.gep.common.error.ErrorCode;
import vn.cantho.gep.common.security.Roles;
import vn.cantho.gep.common.web.Params;

/** The plan's indicators with their targets, and its objectives. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.REPORTER, Roles.VIEWER})
@Tag(name = "Indicators")
public class IndicatorResource {
  @Inject IndicatorService service;

  @GET
  @Path("/indicators")
  @Operation(
      operationId = "listIndicators",
      summary = "List the indicators of a plan year with their targets",
      description = "In the plan's order. Filters combine.")
  public List<IndicatorResponse> listIndicators(
      @Parameter(
              description = "Plan year; default the latest plan",
              example = "2024",
              schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("year")
          String year,
      @Parameter(description = "Only this objective's indicators", example = "5")
          @QueryParam("objective")
          String objective,
      @Parameter(description = "Only indicators this org unit reports", example = "ninh-kieu")
          @QueryParam("reporter")
          String reporter) {
    int planYear = planYear(year);
    PlanCatalogue catalogue = service.catalogue(planYear);
    return service.listDefinitions().stream()
        .filter(i -> objective == null || objective.equals(i.objectiveCode))
        .filter(i -> catalogue.find(i.code).isPresent())
        .filter(
            i ->
                reporter == null
                    || catalogue.indicators().get(i.code).reporters().contains(reporter))
        .map(i -> IndicatorResponse.from(i, catalogue.indicators().get(i.code), planYear))
        .toList();
  }

  @GET
  @Path("/indicators/{code}")
  @Operation(operationId = "getIndicator", summary = "Get one indicator with its target")
  public IndicatorResponse getIndicator(
      @Parameter(example = "4.3") @PathParam("code") String code,
      @Parameter(
              description = "Plan year; default the latest plan",
              example = "2024",
              schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("year")
          String year) {
    Indicator indicator = service.get(code);
    int planYear = planYear(year);
    IndicatorDefinition definition =
        service
            .catalogue(planYear)
            .find(code)
            .orElseThrow(
                () ->
                    DomainException.notFound(
                        ErrorCode.INDICATOR_NOT_FOUND,
                        "Indicator " + code + " in the plan of " + planYear));
    return IndicatorResponse.from(indicator, definition, planYear);
  }

  @GET
  @Path("/objectives")
  @Operation(operationId = "listObjectives", summary = "List the plan's six objectives")
  public List<ObjectiveResponse> listObjectives() {
    return service.objectives().stream().map(ObjectiveResponse::from).toList();
  }

  private int planYear(String year) {
    Integer parsed = Params.integer("year", year, 1900, 2200);
    return parsed != null ? parsed : service.currentPlanYear();
  }
}
