package vn.cantho.gep.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
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
import vn.cantho.gep.common.web.ETags;

/**
 * The consolidated city report of a period: readiness, the Excel workbook, the Word document and
 * its editable draft. Coordinators, admins and viewers read; the coordinator edits the draft.
 */
@Path("/api/v1/reports/{period}")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
@Tag(name = "Reports")
public class ReportResource {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  @Inject ReportService service;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getReportReadiness",
      summary = "Whether every expected reporter's figures of the period are approved",
      description =
          "The report counts approved figures only; `pending` lists the expected reporters"
              + " whose figures are not in it yet, with their submission's status.")
  public ReportReadiness getReportReadiness(@PathParam("period") String period) {
    return service.readiness(period);
  }

  @GET
  @Path("/workbook")
  @Produces(XLSX)
  @Operation(
      operationId = "downloadReportWorkbook",
      summary = "The consolidated report as an Excel workbook",
      description =
          "Sheet `Tổng hợp`: every indicator (code, name, objective, unit, comparator in words,"
              + " target, numerator, denominator, value, status in Vietnamese, reporters expected"
              + " and reported), header on row 4, exactly the city's approved attainment of `GET"
              + " /api/v1/attainment`. One sheet `Mục tiêu n` per objective: each reporter's"
              + " approved figures, then the city's breakdown by category.")
  @APIResponse(
      responseCode = "200",
      description = "The workbook (.xlsx), as an attachment",
      headers = @Header(name = "Content-Disposition", schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response downloadReportWorkbook(@PathParam("period") String period) {
    ReportContent content = service.content(period);
    return download(
        ReportWorkbook.write(content), XLSX, "Báo cáo tổng hợp " + content.period().code + ".xlsx");
  }

  @GET
  @Path("/document")
  @Produces(DOCX)
  @Operation(
      operationId = "downloadReportDocument",
      summary = "The narrative report as a Word document",
      description =
          "Laid out as Nghị định 30/2020/NĐ-CP prescribes, with the number, date, subject,"
              + " narratives, recipients and signer of the period's draft (prefilled when never"
              + " saved) and a table per objective from the approved attainment.")
  @APIResponse(
      responseCode = "200",
      description = "The document (.docx), as an attachment",
      headers = @Header(name = "Content-Disposition", schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response downloadReportDocument(@PathParam("period") String period) {
    ReportDraftResponse draft = service.draft(period);
    ReportContent content = service.content(period);
    return download(
        ReportDocument.write(content, draft), DOCX, "Báo cáo " + content.period().code + ".docx");
  }

  @GET
  @Path("/draft")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getReportDraft",
      summary = "The editable parts of the period's Word report",
      description =
          "The saved draft, or (version 0) one prefilled from the approved figures. The ETag"
              + " carries the version to send back when saving.")
  @APIResponse(
      responseCode = "200",
      description = "The draft; ETag carries its version",
      content = @Content(schema = @Schema(implementation = ReportDraftResponse.class)))
  public Response getReportDraft(@PathParam("period") String period) {
    ReportDraftResponse d = service.draft(period);
    return Response.ok(d).tag(ETags.of(d.version())).build();
  }

  @PUT
  @Path("/draft")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.COORDINATOR)
  @Operation(
      operationId = "saveReportDraft",
      summary = "Save the period's report draft (coordinator)",
      description =
          "Replaces the whole draft. Send the version you edited in If-Match (or `version` in"
              + " the body; 0 for a draft never saved): a stale one is 409 REPORT_DRAFT_CONFLICT"
              + " with `currentVersion`, none is 428.")
  @APIResponse(
      responseCode = "200",
      description = "The saved draft; ETag carries its new version",
      content = @Content(schema = @Schema(implementation = ReportDraftResponse.class)))
  public Response saveReportDraft(
      @PathParam("period") String period,
      @Parameter(description = "The version being replaced", example = "\"0\"")
          @HeaderParam("If-Match")
          String ifMatch,
      @Valid @NotNull UpdateReportDraftRequest request) {
    ReportDraftResponse d = service.saveDraft(period, ETags.version(ifMatch), request);
    return Response.ok(d).tag(ETags.of(d.version())).build();
  }

  private static Response download(byte[] body, String type, String name) {
    return Response.ok(body, type)
        .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(name))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }
}
