package vn.cantho.gep.reminder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cantho.gep.common.error.DomainException;
import vn.cantho.gep.common.error.ErrorCode;
import vn.cantho.gep.common.security.CurrentUser;
import vn.cantho.gep.common.security.Roles;
import vn.cantho.gep.common.web.Params;

/** The people who receive reminders, per org unit (admin). */
@Path("/api/v1/contacts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
@Tag(name = "Reminders")
public class ContactResource {
  @Inject ContactService service;
  @Inject CurrentUser user;

  @GET
  @Operation(
      operationId = "listContacts",
      summary = "List org unit contacts (admin, coordinator)",
      description =
          "REPORTER contacts get their unit's reminders; COORDINATOR contacts of so-ldtbxh"
              + " get the daily overdue digest.")
  public List<ContactResponse> listContacts(
      @Parameter(example = "co-do") @QueryParam("orgUnit") String orgUnit,
      @Parameter(schema = @Schema(implementation = ContactKind.class)) @QueryParam("kind")
          String kind) {
    return service
        .list(Params.text(orgUnit), Params.enumValue(ContactKind.class, "kind", kind))
        .stream()
        .map(ContactResponse::from)
        .toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "createContact",
      summary = "Add a contact to an org unit (admin)",
      description =
          "The same address twice for one unit and kind is 409 CONTACT_EXISTS. Recorded in the"
              + " audit log (CONTACT_ADDED).")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = ContactResponse.class)))
  public Response createContact(@Valid @NotNull CreateContactRequest request) {
    Contact c = service.create(request, user.actor());
    return Response.created(URI.create("/api/v1/contacts/" + c.id))
        .entity(ContactResponse.from(c))
        .build();
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "deleteContact",
      summary = "Remove a contact (admin)",
      description = "The audit log keeps the removed contact (CONTACT_REMOVED).")
  @APIResponse(responseCode = "204", description = "Removed")
  public void deleteContact(@Parameter(example = "12") @PathParam("id") String id) {
    try {
      service.delete(Long.parseLong(id), user.actor());
    } catch (NumberFormatException e) {
      throw DomainException.notFound(ErrorCode.CONTACT_NOT_FOUND, "Contact " + id);
    }
  }
}
