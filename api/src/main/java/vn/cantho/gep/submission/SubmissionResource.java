package vn.cantho.gep.submission;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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
import vn.cantho.gep.config.GepConfig;

/**
 * Submissions of figures by org unit and period. A reporter works only on their own org unit's:
 * another unit's submission is answered 404 (its existence is not revealed), a request naming
 * another unit in its body or filter is 403.
 */
@Path("/api/v1/submissions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.REPORTER, Roles.VIEWER})
@Tag(name = "Submissions")
public class SubmissionResource {
  private static final String OWN_ONLY =
      "A reporter reads its own org unit's submissions only; another unit's is 404"
          + " SUBMISSION_NOT_FOUND, so that its existence stays hidden.";

  static final String CREATE_EXAMPLE =
      """
      {"orgUnit": "ninh-kieu", "period": "2024", "values": [
        {"indicator": "1.1", "numerator": 14, "denominator": 20},
        {"indicator": "5.2a", "disaggregation": {"sex": "female"}, "numerator": 97, "denominator": 98},
        {"indicator": "5.2a", "disaggregation": {"sex": "male"}, "numerator": 95, "denominator": 97}]}
      """;

  @Inject SubmissionService service;
  @Inject GepConfig config;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.REPORTER)
  @Operation(
      operationId = "createSubmission",
      summary = "Create a DRAFT submission for your org unit and a period",
      description =
          "One submission per org unit and period: a second one is 409 SUBMISSION_EXISTS with"
              + " `existingId`. Values may leave expected indicators out. With an Idempotency-Key,"
              + " a retry of the same request returns the first answer (header Idempotent-Replayed:"
              + " true) and writes nothing; the same key with a different body is 422.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CreateSubmissionRequest.class),
              examples = @ExampleObject(name = "district", value = CREATE_EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "Created (or replayed)",
      headers = {
        @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
        @Header(
            name = "ETag",
            description = "The version, quoted",
            schema = @Schema(type = SchemaType.STRING))
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SubmissionResponse.class)))
  public Response createSubmission(
      @Parameter(
              description = "Makes a retry safe: the same key and body give the first answer",
              example = "8d0f6c1e-ninh-kieu-2024")
          @HeaderParam("Idempotency-Key")
          String idempotencyKey,
      @Valid @NotNull CreateSubmissionRequest request,
      UriInfo uri) {
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 255)) {
      throw Params.invalid("Idempotency-Key", "must be 1 to 255 characters");
    }
    SubmissionService.Created created = service.create(request, idempotencyKey);
    Response.ResponseBuilder builder =
        Response.status(created.status())
            .type(MediaType.APPLICATION_JSON)
            .entity(created.body())
            .location(
                uri.getBaseUriBuilder()
                    .path("api/v1/submissions")
                    .path(created.id().toString())
                    .build());
    if (created.replayed()) {
      builder.header("Idempotent-Replayed", "true");
    } else {
      builder.tag(ETags.of(1));
    }
    return builder.build();
  }

  @GET
  @Operation(
      operationId = "listSubmissions",
      summary = "List submissions, a page at a time",
      description =
          "Sorted by period and org unit. A reporter sees only their own org unit; naming another is 403.")
  public SubmissionPage listSubmissions(
      @Parameter(example = "ninh-kieu") @QueryParam("orgUnit") String orgUnit,
      @Parameter(example = "2024") @QueryParam("period") String period,
      @Parameter(
              description = "One or more statuses, repeated or comma-separated",
              example = "SUBMITTED",
              schema = @Schema(enumeration = {"DRAFT", "SUBMITTED", "RETURNED", "APPROVED"}))
          @QueryParam("status")
          List<String> status,
      @Parameter(
              description = "Zero-based page",
              example = "0",
              schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("page")
          String page,
      @Parameter(
              description = "Page size, 1 to 200; default 50",
              example = "50",
              schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("size")
          String size) {
    Integer pageNumber = Params.integer("page", page, 0, 1_000_000);
    Integer pageSize = Params.integer("size", size, 1, config.maxPageSize());
    return service.list(
        Params.text(orgUnit),
        Params.text(period),
        Params.enumValues(SubmissionStatus.class, "status", status),
        pageNumber == null ? 0 : pageNumber,
        pageSize == null ? 50 : pageSize);
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getSubmission",
      summary = "Get one submission with its values and what it lacks",
      description = OWN_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The submission; ETag carries its version",
      content = @Content(schema = @Schema(implementation = SubmissionResponse.class)))
  public Response getSubmission(@PathParam("id") String id) {
    SubmissionResponse s = service.read(Params.id(id));
    return Response.ok(s).tag(ETags.of(s.version())).build();
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.REPORTER)
  @Operation(
      operationId = "replaceSubmissionValues",
      summary = "Replace all values of a DRAFT or RETURNED submission",
      description =
          "Send the version in If-Match (or `version` in the body): a stale one is 409"
              + " VERSION_CONFLICT with `currentVersion`, none is 428. Values left out are removed.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReplaceValuesRequest.class),
              examples =
                  @ExampleObject(
                      name = "fix",
                      value =
                          "{\"values\": [{\"indicator\": \"1.1\", \"numerator\": 12, \"denominator\": 20}]}")))
  @APIResponse(
      responseCode = "200",
      description = "The submission after the change",
      content = @Content(schema = @Schema(implementation = SubmissionResponse.class)))
  public Response replaceSubmissionValues(
      @PathParam("id") String id,
      @Parameter(description = "The version being replaced", example = "\"1\"")
          @HeaderParam("If-Match")
          String ifMatch,
      @Valid @NotNull ReplaceValuesRequest request) {
    SubmissionResponse s = service.replaceValues(Params.id(id), ETags.version(ifMatch), request);
    return Response.ok(s).tag(ETags.of(s.version())).build();
  }

  @POST
  @Path("/{id}/submit")
  @RolesAllowed(Roles.REPORTER)
  @Operation(
      operationId = "submitSubmission",
      summary = "Send a DRAFT or RETURNED submission to so-ldtbxh for review",
      description =
          "If-Match names the version you saw (428 PRECONDITION_REQUIRED without it, 409"
              + " VERSION_CONFLICT on a stale one). The body is optional: none at all (no"
              + " Content-Type either) submits as `{}` does. Refused with 422 SUBMISSION_INCOMPLETE"
              + " and the `missing` list when expected values are missing, unless `allowMissing` is"
              + " true; a disaggregated indicator needs every category in any case. Any other status"
              + " is 409 INVALID_TRANSITION.")
  @RequestBody(
      required = false,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SubmitRequest.class),
              examples = @ExampleObject(name = "complete", value = "{}")))
  @APIResponse(
      responseCode = "200",
      description = "Submitted",
      content = @Content(schema = @Schema(implementation = SubmissionResponse.class)))
  public Response submitSubmission(
      @PathParam("id") String id,
      @Parameter(required = true, description = ETags.MOVE_IF_MATCH, example = "\"1\"")
          @HeaderParam("If-Match")
          String ifMatch,
      SubmitRequest request) {
    SubmissionResponse s =
        service.submit(
            Params.id(id),
            ETags.version(ifMatch),
            request == null ? new SubmitRequest(false) : request);
    return Response.ok(s).tag(ETags.of(s.version())).build();
  }

  @GET
  @Path("/{id}/history")
  @Operation(
      operationId = "getSubmissionHistory",
      summary = "Every state move and value change of a submission, oldest first",
      description = OWN_ONLY)
  public List<HistoryEntry> getSubmissionHistory(@PathParam("id") String id) {
    return service.history(Params.id(id));
  }
}
