package vn.cantho.gep.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cantho.gep.common.security.Roles;
import vn.cantho.gep.common.web.ETags;
import vn.cantho.gep.common.web.Params;
import vn.cantho.gep.submission.ReasonRequest;
import vn.cantho.gep.submission.SubmissionResponse;

/**
 * so-ldtbxh's review of submitted reports: compare with the previous period, approve, return with a
 * reason, reopen an approved one.
 */
@Path("/api/v1/submissions/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
@Tag(name = "Review")
public class ReviewResource {
  private static final String REASON_EXAMPLE =
      "{\"reason\": \"Chỉ tiêu 1.1: mẫu số không khớp với báo cáo năm trước, đề nghị kiểm tra lại.\"}";

  @Inject ReviewService service;

  @GET
  @Path("/comparison")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.REPORTER, Roles.VIEWER})
  @Operation(
      operationId = "compareSubmission",
      summary = "Each value beside the org unit's previous report, with large changes flagged",
      description =
          "The previous report is the org unit's submission in the latest earlier period (by end"
              + " date); its figures as last approved when it ever was (basis APPROVED), else as they"
              + " stand (LATEST). A share's change is in percentage points, another number's"
              + " relative to its previous value in percent, a yes/no answer's a flip. A change is"
              + " large from gep.review.share-points (default 10) percentage points or"
              + " gep.review.relative-percent (default 50) percent, from 0 to any other number, or"
              + " on any flip. Who may read the submission may read this; a reporter only their"
              + " own org unit's (else 404).")
  @APIResponse(
      responseCode = "200",
      description = "The comparison",
      content = @Content(schema = @Schema(implementation = ComparisonResponse.class)))
  public ComparisonResponse compareSubmission(@PathParam("id") String id) {
    return service.compare(Params.id(id));
  }

  @POST
  @Path("/approve")
  @Operation(
      operationId = "approveSubmission",
      summary = "Approve a SUBMITTED submission (coordinator)",
      description =
          "Its figures then count in attainment. If-Match names the version you saw (428"
              + " PRECONDITION_REQUIRED without it, 409 VERSION_CONFLICT on a stale one). Whoever"
              + " created the submission, changed its values since they were last approved or"
              + " submitted it last may not approve it: 403 SELF_APPROVAL_FORBIDDEN. Any other"
              + " status is 409 INVALID_TRANSITION.")
  @APIResponse(
      responseCode = "200",
      description = "Approved",
      content = @Content(schema = @Schema(implementation = SubmissionResponse.class)))
  public Response approveSubmission(
      @PathParam("id") String id,
      @Parameter(required = true, description = ETags.MOVE_IF_MATCH, example = "\"3\"")
          @HeaderParam("If-Match")
          String ifMatch) {
    return ok(service.approve(Params.id(id), ETags.version(ifMatch)));
  }

  @POST
  @Path("/return")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "returnSubmission",
      summary = "Return a SUBMITTED submission to its reporter with a reason (coordinator)",
      description =
          "If-Match names the version you saw (428 PRECONDITION_REQUIRED without it, 409"
              + " VERSION_CONFLICT on a stale one). Any other status is 409 INVALID_TRANSITION.")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = ReasonRequest.class),
              examples = @ExampleObject(name = "reason", value = REASON_EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "Returned",
      content = @Content(schema = @Schema(implementation = SubmissionResponse.class)))
  public Response returnSubmission(
      @PathParam("id") String id,
      @Parameter(required = true, description = ETags.MOVE_IF_MATCH, example = "\"3\"")
          @HeaderParam("If-Match")
          String ifMatch,
      @Valid @NotNull ReasonRequest request) {
    return ok(service.returnForRevision(Params.id(id), ETags.version(ifMatch), request.reason()));
  }

  @POST
  @Path("/reopen")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "reopenSubmission",
      summary = "Reopen an APPROVED submission for correction, with a reason (coordinator)",
      description =
          "It becomes RETURNED and leaves the approved figures until approved again. If-Match"
              + " names the version you saw (428 PRECONDITION_REQUIRED without it, 409"
              + " VERSION_CONFLICT on a stale one).")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = ReasonRequest.class),
              examples = @ExampleObject(name = "reason", value = REASON_EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "Reopened (now RETURNED)",
      content = @Content(schema = @Schema(implementation = SubmissionResponse.class)))
  public Response reopenSubmission(
      @PathParam("id") String id,
      @Parameter(required = true, description = ETags.MOVE_IF_MATCH, example = "\"4\"")
          @HeaderParam("If-Match")
          String ifMatch,
      @Valid @NotNull ReasonRequest request) {
    return ok(service.reopen(Params.id(id), ETags.version(ifMatch), request.reason()));
  }

  private static Response ok(SubmissionResponse s) {
    return Response.ok(s).tag(ETags.of(s.version())).build();
  }
}
