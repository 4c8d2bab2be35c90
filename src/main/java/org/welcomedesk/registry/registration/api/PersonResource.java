package org.welcomedesk.registry.registration.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
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
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.security.Role;
import org.welcomedesk.registry.duplicates.api.MatchesDto;
import org.welcomedesk.registry.duplicates.application.DuplicateCheck;
import org.welcomedesk.registry.records.api.AuditEntryDto;
import org.welcomedesk.registry.records.api.EventDto;
import org.welcomedesk.registry.records.api.PersonDto;
import org.welcomedesk.registry.records.api.PersonSummaryDto;
import org.welcomedesk.registry.records.application.PersonRecords;
import org.welcomedesk.registry.records.application.PersonSearch;
import org.welcomedesk.registry.records.domain.PersonDetails;
import org.welcomedesk.registry.records.domain.SkillGroup;
import org.welcomedesk.registry.registration.application.Registration;

import java.util.List;

/**
 * People in the central registry: registration, search, the record with its timeline, and
 * updates guarded by ETag / If-Match. Clerks and supervisors only; every read is audited.
 */
@Path("/persons")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CLERK_NAME, Role.SUPERVISOR_NAME})
@Tag(name = "Registry")
public class PersonResource {

    @Inject
    Registration registration;

    @Inject
    PersonRecords records;

    @Inject
    PersonSearch search;

    @Inject
    DuplicateCheck duplicateCheck;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Register a person (with documents, arrival, consent and needs)")
    @RequestBody(content = @Content(schema = @Schema(implementation = Requests.Registration.class)))
    @APIResponse(
            responseCode = "201",
            description = "Registered; a replay with the same Idempotency-Key returns the same person")
    @APIResponse(responseCode = "400", description = "Problem details naming each invalid field")
    public Response register(
            @HeaderParam("Idempotency-Key") @Parameter(description = "Makes the request safe to retry") String key,
            String body) {
        var request = RequestBodies.json(body, Requests.Registration.class);
        var created = registration.registerOnce(key, Requests.hash(body), request.toNewPerson());
        var person = records.view(created.id());
        return Response.created(
                        uriInfo.getAbsolutePathBuilder().path(person.getId()).build())
                .tag(etag(person.getVersion()))
                .entity(PersonDto.of(person))
                .build();
    }

    @POST
    @Path("/search")
    @Operation(
            summary = "Search by name (any script or spelling), date of birth, document number or phone. "
                    + "A POST, so that names and numbers never appear in URLs or access logs.")
    @RequestBody(content = @Content(schema = @Schema(implementation = Requests.SearchRequest.class)))
    @APIResponse(responseCode = "200", description = "One page of people, best match first")
    public SearchResultDto find(String body) {
        var request = RequestBodies.json(body, Requests.SearchRequest.class);
        var found = search.search(
                request.toQuery(),
                request.page() == null ? 0 : request.page(),
                request.size() == null ? 20 : request.size());
        return new SearchResultDto(
                found.matches().stream().map(PersonSummaryDto::of).toList(), found.total(), found.page(), found.size());
    }

    @POST
    @Path("/matches")
    @Operation(
            summary = "Possible duplicates of a person not yet registered: each candidate with a score, "
                    + "likely or possible, and the evidence field by field. Candidates shown are audited as read.")
    @RequestBody(content = @Content(schema = @Schema(implementation = Requests.MatchRequest.class)))
    @APIResponse(responseCode = "200", description = "Candidates, most likely first")
    public MatchesDto matches(String body) {
        var request = RequestBodies.json(body, Requests.MatchRequest.class);
        int max = request.max() == null ? 10 : Math.max(1, Math.min(50, request.max()));
        var candidates = registration.possibleDuplicates(request.toNewPerson(), max);
        return MatchesDto.of(candidates, duplicateCheck.thresholds());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A person's record with the event timeline; the read is audited")
    @APIResponse(responseCode = "200", description = "The record; ETag is its version")
    @APIResponse(responseCode = "404", description = "No such person")
    public Response get(@PathParam("id") String id) {
        var person = records.view(id);
        return Response.ok(PersonDto.of(person)).tag(etag(person.getVersion())).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a person's details; If-Match must carry the ETag of the version edited")
    @APIResponse(responseCode = "200", description = "Saved; the new ETag")
    @APIResponse(responseCode = "412", description = "Someone saved in between: fetch, compare and retry")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, String body) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return Response.status(428).build();
        }
        var details = RequestBodies.json(body, PersonDetails.class);
        records.update(id, version(ifMatch), details);
        var saved = records.view(id);
        return Response.ok(PersonDto.of(saved)).tag(etag(saved.getVersion())).build();
    }

    @POST
    @Path("/{id}/events")
    @Operation(summary = "Record a residence event, or correct one (correctsEventId)")
    @APIResponse(responseCode = "201", description = "Recorded")
    public Response recordEvent(@PathParam("id") String id, String body) {
        var request = RequestBodies.json(body, Requests.EventRequest.class);
        if (request.event() == null) {
            throw new RuleViolation("event", "validation.required");
        }
        var event = request.correctsEventId() == null
                ? records.recordEvent(id, request.event())
                : records.correctEvent(id, request.correctsEventId(), request.event());
        return Response.status(Response.Status.CREATED)
                .entity(EventDto.of(event))
                .build();
    }

    @POST
    @Path("/{id}/consents")
    @Operation(
            summary = "Record consent given or withdrawn: {\"purpose\": \"SHARING_WITH_PARTNERS\", \"granted\": false}")
    @APIResponse(responseCode = "204", description = "Recorded")
    public Response recordConsent(@PathParam("id") String id, String body) {
        var request = RequestBodies.json(body, Requests.ConsentRequest.class);
        if (request.purpose() == null || request.granted() == null) {
            throw new RuleViolation(request.purpose() == null ? "purpose" : "granted", "validation.required");
        }
        records.recordConsent(id, request.purpose(), request.granted());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/needs")
    @Operation(summary = "Record the needs assessed at today's visit: [{\"category\": \"HOUSING\", \"note\": \"...\"}]")
    @APIResponse(responseCode = "204", description = "Recorded")
    public Response assessNeeds(@PathParam("id") String id, String body) {
        var needs = java.util.Arrays.stream(RequestBodies.json(body, Requests.NeedRequest[].class, "needs"))
                .map(Requests.NeedRequest::toNeed)
                .toList();
        records.assessNeeds(id, needs);
        return Response.noContent().build();
    }

    @PUT
    @Path("/{id}/skills")
    @Operation(
            summary = "Replace what the person can do, as ISCO-08 sub-major groups: [\"51\", \"94\"]; "
                    + "jobs and training are matched on them")
    @APIResponse(responseCode = "204", description = "Recorded")
    @APIResponse(responseCode = "400", description = "An ISCO-08 group Welcome Desk does not know (field skills)")
    public Response recordSkills(@PathParam("id") String id, String body) {
        var skills = java.util.Arrays.stream(RequestBodies.json(body, String[].class, "skills"))
                .map(code -> SkillGroup.ofIscoCode(code.strip())
                        .orElseThrow(() -> new RuleViolation("skills", "api.skill.unknown", String.valueOf(code))))
                .toList();
        records.recordSkills(id, skills);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/documents")
    @Operation(
            summary =
                    "Add an identity document: {\"type\": \"PASSPORT\", \"number\": \"...\", \"issuingCountry\": \"SY\", \"expiryDate\": \"2030-01-31\"}")
    @APIResponse(responseCode = "204", description = "Added")
    public Response addDocument(@PathParam("id") String id, String body) {
        var document =
                RequestBodies.json(body, org.welcomedesk.registry.registration.application.NewPerson.Document.class);
        records.addDocument(id, document.type(), document.number(), document.issuingCountry(), document.expiryDate());
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed(Role.SUPERVISOR_NAME)
    @Operation(summary = "Who read or changed the record, newest first (supervisors)")
    public List<AuditEntryDto> history(@PathParam("id") String id) {
        return records.history(id).stream().map(AuditEntryDto::of).toList();
    }

    static EntityTag etag(long version) {
        return new EntityTag(String.valueOf(version));
    }

    private static long version(String ifMatch) {
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new RuleViolation("If-Match", "validation.etag");
        }
    }

    /** One page of search results. */
    public record SearchResultDto(List<PersonSummaryDto> people, int total, int page, int size) {}
}
