package vn.cantho.gep.attainment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cantho.gep.common.security.Roles;
import vn.cantho.gep.common.web.Params;
import vn.cantho.gep.period.PeriodType;

/**
 * Attainment of the plan's targets, computed from reported figures: approved ones for every role,
 * submitted ones as {@link vn.cantho.gep.common.security.ReadPolicy} allows.
 */
@Path("/api/v1/attainment")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.REPORTER, Roles.VIEWER})
@Tag(name = "Attainment")
public class AttainmentResource {
  static final String ROOT = "can-tho";
  private static final String BASIS_ACCESS =
      "Every role reads approved figures (basis=approved) of every org unit. Figures not yet"
          + " reviewed (basis=submitted) are open to admins, coordinators and viewers, and to a"
          + " reporter for its own org unit only: another unit, or a scope holding other units"
          + " (the city), is 403 BASIS_NOT_ALLOWED.";

  @Inject AttainmentService service;

  @GET
  @Operation(
      operationId = "getAttainment",
      summary = "Attainment of every indicator for an org unit and period",
      description =
          "One row per indicator, in the plan's order. For the city the rows add up every"
              + " reporter's numerators and denominators (ratio of sums); for a district or"
              + " department, its own figures. Statuses compare exact values; `value` is rounded"
              + " for display only. "
              + BASIS_ACCESS)
  public List<AttainmentRow> getAttainment(
      @Parameter(description = "Required", example = "2024", required = true) @QueryParam("period")
          String period,
      @Parameter(description = "Default can-tho", example = "can-tho") @QueryParam("orgUnit")
          String orgUnit,
      @Parameter(description = "Only this indicator", example = "1.1") @QueryParam("indicator")
          String indicator,
      @Parameter(
              description =
                  "approved (default) or submitted (also counts figures not yet reviewed; a"
                      + " reporter only for its own org unit)",
              schema = @Schema(enumeration = {"approved", "submitted"}))
          @QueryParam("basis")
          String basis) {
    return service.attainment(
        orgUnitOrRoot(orgUnit), requirePeriod(period), Params.text(indicator), basis(basis));
  }

  @GET
  @Path("/summary")
  @Operation(
      operationId = "getAttainmentSummary",
      summary = "Per objective: indicators achieved, not achieved and without data",
      description = BASIS_ACCESS)
  public List<ObjectiveSummary> getAttainmentSummary(
      @Parameter(example = "2024", required = true) @QueryParam("period") String period,
      @Parameter(description = "Default can-tho", example = "can-tho") @QueryParam("orgUnit")
          String orgUnit,
      @Parameter(
              description = "approved (default) or submitted",
              schema = @Schema(enumeration = {"approved", "submitted"}))
          @QueryParam("basis")
          String basis) {
    return service.summary(orgUnitOrRoot(orgUnit), requirePeriod(period), basis(basis));
  }

  @GET
  @Path("/series")
  @Operation(
      operationId = "getAttainmentSeries",
      summary = "An indicator's attainment across periods and plan years, with national milestones",
      description =
          "One point per period whose plan year has the indicator, by end date: the value, its"
              + " numerator and denominator, that plan year's target and comparator, the status and"
              + " reporters, computed exactly as GET /api/v1/attainment. Then the national"
              + " milestones of Resolution 28/NQ-CP beside the latest city target up to the"
              + " milestone year and the latest value, with the gaps (positive: ahead). "
              + BASIS_ACCESS)
  public AttainmentSeries getAttainmentSeries(
      @Parameter(description = "Required", example = "1.1", required = true)
          @QueryParam("indicator")
          String indicator,
      @Parameter(description = "Default can-tho", example = "can-tho") @QueryParam("orgUnit")
          String orgUnit,
      @Parameter(
              description = "Only periods of this type",
              schema = @Schema(enumeration = {"YEARLY", "SIX_MONTHLY", "QUARTERLY"}))
          @QueryParam("periodType")
          String periodType,
      @Parameter(
              description = "approved (default) or submitted",
              schema = @Schema(enumeration = {"approved", "submitted"}))
          @QueryParam("basis")
          String basis) {
    String code = Params.text(indicator);
    if (code == null) {
      throw Params.invalid("indicator", "is required, e.g. 1.1");
    }
    return service.series(
        orgUnitOrRoot(orgUnit),
        code,
        Params.enumValue(PeriodType.class, "periodType", periodType),
        basis(basis));
  }

  private static String requirePeriod(String period) {
    if (period == null || period.isBlank()) {
      throw Params.invalid("period", "is required, e.g. 2024 or 2024S1");
    }
    return period.trim();
  }

  private static String orgUnitOrRoot(String orgUnit) {
    String code = Params.text(orgUnit);
    return code == null ? ROOT : code;
  }

  private static Basis basis(String basis) {
    Basis parsed = Params.enumValue(Basis.class, "basis", basis);
    return parsed == null ? Basis.APPROVED : parsed;
  }
}
