package vn.cantho.gep.opendata;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cantho.gep.common.security.Roles;
import vn.cantho.gep.common.web.Downloads;
import vn.cantho.gep.common.web.Params;

/**
 * Open data: the approved attainment and the approved values as CSV files, with the column layout
 * of docs/open-data.md.
 */
@Path("/api/v1/open-data")
@Produces(OpenDataResource.CSV)
@Tag(name = "Open data")
public class OpenDataResource {
  static final String CSV = "text/csv; charset=UTF-8";
  static final String ROOT = "can-tho";

  @Inject OpenDataService service;

  @GET
  @Path("/attainment")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.REPORTER, Roles.VIEWER})
  @Operation(
      operationId = "downloadAttainmentCsv",
      summary = "Approved attainment as CSV",
      description =
          "UTF-8 without BOM, comma-separated, CRLF, quoted where needed (RFC 4180), a header row"
              + " and these columns in this order: period, org_unit, indicator, objective,"
              + " category, name_vi, unit, comparator, target, numerator, denominator, value,"
              + " flag, status, reporters_expected, reporters_reported. One row per indicator"
              + " with an empty category, followed for a disaggregated indicator by one row per"
              + " category (`sex=female`) with that category's figures and status. Numbers are"
              + " plain decimals with a dot (57.142857), flags `true`/`false`, empty when there"
              + " is no value. The same figures as `GET /api/v1/attainment` (basis approved).")
  @APIResponse(
      responseCode = "200",
      description = "The CSV file, as an attachment",
      headers = @Header(name = "Content-Disposition", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
  public Response downloadAttainmentCsv(
      @Parameter(example = "2024", required = true) @QueryParam("period") String period,
      @Parameter(description = "Default can-tho", example = "can-tho") @QueryParam("orgUnit")
          String orgUnit) {
    String p = requirePeriod(period);
    String unit = orgUnitOrRoot(orgUnit);
    return csv(service.attainmentCsv(unit, p), "attainment-" + p + "-" + unit + ".csv");
  }

  @GET
  @Path("/values")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
  @Operation(
      operationId = "downloadValuesCsv",
      summary = "Approved values per org unit as CSV",
      description =
          "Every approved figure of every reporter under the org unit (default: the whole city)"
              + " for the period. UTF-8 without BOM, RFC 4180, a header row and these columns in"
              + " this order: period, org_unit, org_unit_name_vi, indicator, category, numerator,"
              + " denominator, value, flag. `category` is empty for an undivided figure, else"
              + " `sex=female`; `value` is numerator / denominator x the indicator's scale to 6"
              + " decimals; numbers are plain decimals with a dot; flags `true`/`false`; empty"
              + " when there is no value. Rows by org unit, then the plan's indicator order.")
  @APIResponse(
      responseCode = "200",
      description = "The CSV file, as an attachment",
      headers = @Header(name = "Content-Disposition", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
  public Response downloadValuesCsv(
      @Parameter(example = "2024", required = true) @QueryParam("period") String period,
      @Parameter(description = "Default can-tho", example = "can-tho") @QueryParam("orgUnit")
          String orgUnit) {
    String p = requirePeriod(period);
    String unit = orgUnitOrRoot(orgUnit);
    return csv(service.valuesCsv(unit, p), "values-" + p + "-" + unit + ".csv");
  }

  private static Response csv(String body, String name) {
    return Response.ok(body, CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(name))
        .build();
  }

  private static String requirePeriod(String period) {
    String p = Params.text(period);
    if (p == null) {
      throw Params.invalid("period", "is required, e.g. 2024 or 2024S1");
    }
    return p;
  }

  private static String orgUnitOrRoot(String orgUnit) {
    String code = Params.text(orgUnit);
    return code == null ? ROOT : code;
  }
}
