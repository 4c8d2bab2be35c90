package org.welcomedesk.platform.referencedata.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.welcomedesk.platform.api.RequestBodies;
import org.welcomedesk.platform.input.DateText;
import org.welcomedesk.platform.referencedata.application.CityDistricts;
import org.welcomedesk.platform.security.Role;

import java.time.LocalDate;
import java.util.List;

/** The city's districts, with the periods they are valid for. */
@Path("/districts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class DistrictResource {

    @Inject
    CityDistricts districts;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed({
        Role.CLERK_NAME,
        Role.SUPERVISOR_NAME,
        Role.PLANNER_NAME,
        Role.PARTNER_NAME,
        Role.NATIONAL_NAME,
        Role.ADMIN_NAME
    })
    @Operation(summary = "Districts valid on a date (today by default)")
    @APIResponse(responseCode = "200", description = "The districts, by code")
    public List<DistrictDto> list(@QueryParam("on") @Parameter(description = "ISO date, e.g. 2025-03-31") String on) {
        LocalDate day = DateText.date(on, "on");
        return (day == null ? districts.current() : districts.validOn(day))
                .stream().map(DistrictDto::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({
        Role.CLERK_NAME,
        Role.SUPERVISOR_NAME,
        Role.PLANNER_NAME,
        Role.PARTNER_NAME,
        Role.NATIONAL_NAME,
        Role.ADMIN_NAME
    })
    @Operation(summary = "One district period")
    @APIResponse(responseCode = "200", description = "The district period")
    @APIResponse(responseCode = "404", description = "No such district")
    public DistrictDto get(@PathParam("id") long id) {
        return DistrictDto.of(districts.get(id));
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Open a district period (a new district or a boundary change)")
    @APIResponse(responseCode = "201", description = "Created; Location names the new district")
    @APIResponse(responseCode = "400", description = "Problem details naming each invalid field")
    @RequestBody(content = @Content(schema = @Schema(implementation = NewDistrict.class)))
    public Response open(String body) {
        var request = RequestBodies.json(body, NewDistrict.class);
        var district = districts.open(request.code(), request.name(), request.validFrom(), request.validTo());
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(district.getId()))
                        .build())
                .entity(DistrictDto.of(district))
                .build();
    }

    /** A district period to open; dates as ISO dates (2025-03-31), checked by the strict binder. */
    public record NewDistrict(String code, String name, LocalDate validFrom, LocalDate validTo) {}
}
