package vn.cantho.gep.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
import vn.cantho.gep.common.security.Roles;
import vn.cantho.gep.common.web.Params;
import vn.cantho.gep.orgunit.OrgUnitType;

/** The reporting calendar: status matrix, what is due or overdue, reporting rates. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.REPORTER, Roles.VIEWER})
@Tag(name = "Reporting calendar")
public class CalendarResource {
  private static final String PERIODS =
      "Period codes, repeated or comma-separated; all when absent";

  @Inject CalendarService service;

  @GET
  @Path("/reporting-status")
  @Operation(
      operationId = "getReportingStatus",
      summary = "Org units by periods with each unit's reporting status",
      description =
          "One row per org unit (the city excluded) and one cell per period: NOT_EXPECTED (the"
              + " plan asks the unit for nothing that year), NOT_STARTED, DRAFT, OVERDUE (due date"
              + " passed, nothing submitted), SUBMITTED, RETURNED, APPROVED; with on time or late"
              + " against the due date by the first submission (Vietnam dates). `status` keeps the"
              + " rows with at least one cell in one of the statuses. A reporter sees only their own"
              + " org unit.")
  public StatusMatrix getReportingStatus(
      @Parameter(description = PERIODS) @QueryParam("period") List<String> period,
      @Parameter(
              description = "Org unit types, repeated or comma-separated",
              schema = @Schema(type = SchemaType.ARRAY, implementation = OrgUnitType.class))
          @QueryParam("orgUnitType")
          List<String> orgUnitType,
      @Parameter(
              description = "Reporting statuses, repeated or comma-separated",
              schema = @Schema(type = SchemaType.ARRAY, implementation = ReportingStatus.class))
          @QueryParam("status")
          List<String> status) {
    return service.matrix(
        Params.texts(period),
        Params.enumValues(OrgUnitType.class, "orgUnitType", orgUnitType),
        Params.enumValues(ReportingStatus.class, "status", status));
  }

  @GET
  @Path("/reporting-status/due")
  @Operation(
      operationId = "getDueReports",
      summary = "Reports due soon and overdue reports",
      description =
          "Due soon: not yet submitted and due within `withinDays` (default 14) days. Overdue: the"
              + " due date has passed and nothing was submitted. A reporter sees only their own org"
              + " unit.")
  public DueList getDueReports(
      @Parameter(
              description = "Horizon in days, 0 to 366; default 14",
              example = "14",
              schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("withinDays")
          String withinDays) {
    Integer days = Params.integer("withinDays", withinDays, 0, 366);
    return service.due(days == null ? 14 : days);
  }

  @GET
  @Path("/reporting-rates")
  @Operation(
      operationId = "getReportingRates",
      summary = "Reporting rates per period, overall and per org unit type",
      description =
          "As DHIS2's reporting-rate summary: expected reports (units the plan asks, active in the"
              + " period), actual reports (submitted at least once and not back in draft), those on"
              + " time (first submission on or before the due date), and both as rates of the"
              + " expected, in percent with one decimal (null when nothing is expected). A reporter"
              + " gets the figures of their own org unit only.")
  public List<PeriodRates> getReportingRates(
      @Parameter(description = PERIODS) @QueryParam("period") List<String> period) {
    return service.rates(Params.texts(period));
  }
}
