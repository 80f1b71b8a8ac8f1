package vn.cantho.gep.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import vn.cantho.gep.common.web.Params;

/**
 * Bulk import of figures from district and agency systems, JSON or CSV, for many org units and
 * periods at once: each value merged into its submission, each rejected one reported by position.
 */
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.REPORTER})
@Tag(name = "Imports")
public class ImportResource {
  static final String DESCRIPTION =
      """
      Merges values for one or many org units and periods into their submissions, as DHIS2's \
      dataValueSets does. Each value goes into its org unit's submission for its period: one is \
      created as a DRAFT where there is none (history: CREATED), else the value is added to it or \
      replaces the stored one (history: VALUES_CHANGED with before and after). A value equal to \
      the stored one is `ignored`, a new one `imported`, a changed one `updated`; one that breaks \
      a rule is `rejected`, reported with its `row` (CSV) or `index` (JSON), a stable `code` and \
      a message (see ImportRejection for the codes). Values go only into DRAFT or RETURNED \
      submissions of open periods.

      **A submission is written whole or not at all.** If any value of an org unit and period is \
      rejected, that submission's other values are rejected too, with code SUBMISSION_REJECTED, \
      and nothing of it is written; the other submissions of the request still go through. \
      `status` is SUCCESS when nothing was rejected, WARNING when some values were, ERROR when \
      all were. The answer is 200 in all three cases.

      **Who.** A reporter (a person, or a system's service account: role reporter with an \
      `org_unit` claim) imports for their own org unit only; values for another are rejected \
      with ORG_UNIT_FORBIDDEN. A coordinator imports for any org unit.

      **JSON** (`application/json`): `{"values": [...]}`, each value as in a submission plus \
      its `orgUnit` and `period`.

      **CSV** (`text/csv`, UTF-8, comma-separated, RFC 4180 quoting): a header row naming the \
      seven columns `orgUnit,period,indicator,sex,numerator,denominator,flag` (in any order), \
      then one value per row. `sex` is `female` or `male` for the indicators reported by sex \
      (5.2a, 5.2b) and empty otherwise; `numerator` and `denominator` are numbers with a dot \
      for decimals, empty for yes/no indicators; `flag` is `true` or `false` for yes/no \
      indicators (5.1) and empty otherwise. Data rows are numbered from 1, the header not \
      counted; fields are trimmed and empty lines skipped.

      A body that cannot be read (not JSON of this shape, a wrong type, a CSV header missing or \
      adding a column, a row with the wrong number of fields, a number or flag that cannot be \
      read, a broken quote) is a 400 naming the row and column, and nothing is written. An \
      import takes at most 50,000 values (413 IMPORT_TOO_LARGE).

      `dryRun=true` checks everything and answers exactly as the import would, writing nothing. \
      `submit=true` then submits every submission written into (DRAFT or RETURNED to SUBMITTED), \
      even when it has no new value. Expected indicators may be missing (each submission's \
      `missing` lists them), but a disaggregated indicator needs every category: otherwise the \
      submission's values are rejected with SUBMISSION_INCOMPLETE.

      With an Idempotency-Key, a retry of the same request returns the first answer (header \
      Idempotent-Replayed: true) and writes nothing; the same key with a different request is \
      422 IDEMPOTENCY_KEY_REUSED. A dry run neither uses nor uses up a key.\
      """;

  static final String JSON_EXAMPLE =
      """
      {"values": [
        {"orgUnit": "ninh-kieu", "period": "2024", "indicator": "1.1", "numerator": 14, "denominator": 20},
        {"orgUnit": "ninh-kieu", "period": "2024", "indicator": "5.2a", "disaggregation": {"sex": "female"}, "numerator": 97, "denominator": 98},
        {"orgUnit": "ninh-kieu", "period": "2024", "indicator": "5.2a", "disaggregation": {"sex": "male"}, "numerator": 95, "denominator": 97},
        {"orgUnit": "so-gddt", "period": "2024", "indicator": "5.1", "flag": true}]}
      """;

  static final String CSV_EXAMPLE =
      """
      orgUnit,period,indicator,sex,numerator,denominator,flag
      ninh-kieu,2024,1.1,,14,20,
      ninh-kieu,2024,5.2a,female,97,98,
      ninh-kieu,2024,5.2a,male,95,97,
      so-gddt,2024,5.1,,,,true
      """;

  static final String SUMMARY_EXAMPLE =
      """
      {"status": "WARNING", "dryRun": false,
       "counts": {"imported": 3, "updated": 0, "ignored": 0, "rejected": 1},
       "submissions": [{"orgUnit": "ninh-kieu", "period": "2024",
         "id": "0b6f2c1e-5a3d-4d3a-9f00-6d2e8c1a7b42", "status": "DRAFT", "created": true,
         "imported": 3, "updated": 0, "ignored": 0,
         "missing": [{"indicator": "3.2a", "disaggregation": null}]}],
       "rejections": [{"row": 4, "orgUnit": "so-gddt", "period": "2024", "indicator": "5.1",
         "code": "ORG_UNIT_FORBIDDEN", "message": "you import for ninh-kieu only, not for so-gddt",
         "field": "orgUnit"}]}
      """;

  @Inject ImportReader reader;
  @Inject ImportService service;

  @POST
  @Consumes({MediaType.APPLICATION_JSON, ImportFormat.TEXT_CSV})
  @Operation(
      operationId = "importValues",
      summary = "Import values for many org units and periods, as JSON or CSV",
      description = DESCRIPTION)
  @RequestBody(
      required = true,
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportRequest.class),
            examples = @ExampleObject(name = "json", value = JSON_EXAMPLE)),
        @Content(
            mediaType = ImportFormat.TEXT_CSV,
            schema =
                @Schema(
                    type = SchemaType.STRING,
                    description =
                        "Header orgUnit,period,indicator,sex,numerator,denominator,flag, then one"
                            + " value per row"),
            examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE))
      })
  @APIResponse(
      responseCode = "200",
      description =
          "The import summary, also for a dry run and whatever was rejected (status SUCCESS,"
              + " WARNING or ERROR)",
      headers =
          @Header(
              name = "Idempotent-Replayed",
              description = "true when this answers a retry with the first answer",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportSummary.class),
              examples = @ExampleObject(name = "warning", value = SUMMARY_EXAMPLE)))
  public Response importValues(
      @Parameter(
              description = "Check and report only; write nothing",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
          @QueryParam("dryRun")
          String dryRun,
      @Parameter(
              description = "Submit each submission written into, after its values",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
          @QueryParam("submit")
          String submit,
      @Parameter(
              description = "Makes a retry safe: the same key and body give the first answer",
              example = "ninh-kieu-2024-run-17")
          @HeaderParam("Idempotency-Key")
          String idempotencyKey,
      @Context HttpHeaders headers,
      String body)
      throws JsonProcessingException {
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 255)) {
      throw Params.invalid("Idempotency-Key", "must be 1 to 255 characters");
    }
    boolean dry = Boolean.TRUE.equals(Params.bool("dryRun", dryRun));
    boolean submitting = Boolean.TRUE.equals(Params.bool("submit", submit));
    ImportBatch batch = reader.read(headers.getMediaType(), body);
    ImportService.Answer answer = service.importValues(batch, dry, submitting, idempotencyKey);
    Response.ResponseBuilder response = Response.ok(answer.body()).type(MediaType.APPLICATION_JSON);
    if (answer.replayed()) {
      response.header("Idempotent-Replayed", "true");
    }
    return response.build();
  }
}
