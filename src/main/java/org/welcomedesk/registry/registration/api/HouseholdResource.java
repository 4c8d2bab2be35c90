package org.welcomedesk.registry.registration.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.welcomedesk.platform.api.RequestBodies;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.security.Role;
import org.welcomedesk.registry.records.api.EventDto;
import org.welcomedesk.registry.records.application.PersonRecords;
import org.welcomedesk.registry.records.domain.Household;
import org.welcomedesk.registry.registration.application.Registration;

import java.util.List;

/** Households: people registered together, with their relationships. */
@Path("/households")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CLERK_NAME, Role.SUPERVISOR_NAME})
@Tag(name = "Registry")
public class HouseholdResource {

    @Inject
    Registration registration;

    @Inject
    PersonRecords records;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Register a household; the first member is the reference person")
    @RequestBody(content = @Content(schema = @Schema(implementation = Requests.HouseholdRegistration.class)))
    @APIResponse(
            responseCode = "201",
            description = "Registered; a replay with the same Idempotency-Key returns the same household")
    @APIResponse(responseCode = "400", description = "Problem details; fields are named like members[1].sex")
    public Response register(@HeaderParam("Idempotency-Key") String key, String body) {
        var request = RequestBodies.json(body, Requests.HouseholdRegistration.class);
        var created = registration.registerHouseholdOnce(key, Requests.hash(body), request.toNewPeople());
        return Response.created(
                        uriInfo.getAbsolutePathBuilder().path(created.id()).build())
                .entity(HouseholdDto.of(records.household(created.id())))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A household and its members")
    public HouseholdDto get(@PathParam("id") String id) {
        return HouseholdDto.of(records.household(id));
    }

    @POST
    @Path("/{id}/events")
    @Operation(summary = "Record a move or departure for the household together, with members who stay")
    @RequestBody(content = @Content(schema = @Schema(implementation = Requests.HouseholdEventRequest.class)))
    @APIResponse(responseCode = "201", description = "Recorded: one event for each member who moved")
    @APIResponse(
            responseCode = "400",
            description = "Problem details; nothing is recorded; a refusal for one member names them like"
                    + " members[2].eventDate (their place in GET /households/{id})")
    public Response recordEvent(@PathParam("id") String id, String body) {
        var request = RequestBodies.json(body, Requests.HouseholdEventRequest.class);
        if (request.event() == null) {
            throw new RuleViolation("event", "validation.required");
        }
        var events = records.recordHouseholdEvent(id, request.event(), request.address(), request.exceptPersonIds());
        return Response.status(Response.Status.CREATED)
                .entity(new MovedDto(events.stream()
                        .map(e -> new MovedDto.Mover(e.getPerson().getId(), EventDto.of(e)))
                        .toList()))
                .build();
    }

    /** The members a household event moved, each with their new event. */
    public record MovedDto(List<Mover> moved) {

        /** A member who moved and the event recorded for them. */
        public record Mover(String personId, EventDto event) {}
    }

    /** A household as the API shows it. */
    public record HouseholdDto(String id, List<Member> members) {

        /** A member and their relationship to the reference person. */
        public record Member(String personId, String name, String relationship) {}

        static HouseholdDto of(Household household) {
            return new HouseholdDto(
                    household.getId(),
                    household.getMembers().stream()
                            .map(p -> new Member(
                                    p.getId(),
                                    p.getName().display(),
                                    p.getHouseholdRole() == null
                                            ? null
                                            : p.getHouseholdRole().name()))
                            .toList());
        }
    }
}
