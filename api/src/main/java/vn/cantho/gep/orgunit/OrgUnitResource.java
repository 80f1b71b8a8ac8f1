package vn.cantho.gep.orgunit;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cantho.gep.common.security.Roles;
import vn.cantho.gep.common.web.Params;

/** The city, its departments and districts, and lower levels when they exist. */
@Path("/api/v1/org-units")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.REPORTER, Roles.VIEWER})
@Tag(name = "Org units")
public class OrgUnitResource {
  @Inject OrgUnitService service;

  @GET
  @Operation(
      operationId = "listOrgUnits",
      summary = "List org units",
      description = "Every role may read the tree. Filters combine.")
  public List<OrgUnitResponse> listOrgUnits(
      @Parameter(
              description = "Only units of this type",
              schema =
                  @Schema(
                      enumeration = {
                        "COUNTRY",
                        "PROVINCE",
                        "CITY",
                        "DEPARTMENT",
                        "DISTRICT",
                        "COMMUNE"
                      }))
          @QueryParam("type")
          String type,
      @Parameter(description = "Only the direct children of this unit", example = "can-tho")
          @QueryParam("parent")
          String parent,
      @Parameter(description = "Only units that exist on this date", example = "2024-06-30")
          @QueryParam("activeOn")
          String activeOn) {
    return service
        .list(
            Params.enumValue(OrgUnitType.class, "type", type),
            parent,
            Params.date("activeOn", activeOn))
        .stream()
        .map(OrgUnitResponse::from)
        .toList();
  }

  @GET
  @Path("/{code}")
  @Operation(operationId = "getOrgUnit", summary = "Get one org unit by code")
  public OrgUnitResponse getOrgUnit(
      @Parameter(example = "ninh-kieu") @PathParam("code") String code) {
    return OrgUnitResponse.from(service.get(code));
  }
}
