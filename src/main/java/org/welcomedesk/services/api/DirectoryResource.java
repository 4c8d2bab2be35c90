package org.welcomedesk.services.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.welcomedesk.platform.api.BodyLimit;
import org.welcomedesk.platform.api.RequestBodies;
import org.welcomedesk.platform.security.Role;
import org.welcomedesk.registry.records.domain.NeedCategory;
import org.welcomedesk.services.application.Directory;
import org.welcomedesk.services.application.HsdsExchange;
import org.welcomedesk.services.application.RoutingTexts;
import org.welcomedesk.services.domain.OfferKind;

import java.util.List;

/**
 * The service directory: organisations, services (and jobs and training courses) with their
 * eligibility rules, the places they are offered at, and the whole directory as Open Referral
 * HSDS JSON. Every role that routes, receives or plans reads it; administrators import it.
 */
@Path("directory")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Directory")
public class DirectoryResource {

    @Inject
    Directory directory;

    @Inject
    HsdsExchange hsds;

    @Inject
    RoutingTexts texts;

    @Context
    HttpHeaders headers;

    @GET
    @Path("organizations")
    @RolesAllowed({Role.CLERK_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME, Role.PARTNER_NAME, Role.PLANNER_NAME})
    @Operation(summary = "Every organisation, by name")
    public List<OrganizationDto> organizations() {
        return directory.organizations().stream().map(OrganizationDto::of).toList();
    }

    @GET
    @Path("organizations/{id}")
    @RolesAllowed({Role.CLERK_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME, Role.PARTNER_NAME, Role.PLANNER_NAME})
    @Operation(summary = "One organisation with its locations and services")
    @APIResponse(responseCode = "200", description = "The organisation")
    @APIResponse(responseCode = "404", description = "No such organisation")
    public OrganizationDto organization(@PathParam("id") String id) {
        var organization = directory.organization(id);
        return OrganizationDto.of(
                organization,
                directory.locationsOf(id),
                directory.servicesOf(id).stream().map(ServiceSummaryDto::of).toList());
    }

    @GET
    @Path("services")
    @RolesAllowed({Role.CLERK_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME, Role.PARTNER_NAME, Role.PLANNER_NAME})
    @Operation(
            summary = "Services, jobs and training courses, by organisation and name; "
                    + "need= keeps those meeting the need, offer= those of the kind (SERVICE, JOB, TRAINING)")
    @APIResponse(responseCode = "200", description = "The services")
    @APIResponse(responseCode = "400", description = "An unknown need or offer, named in the problem details")
    public List<ServiceSummaryDto> services(
            @QueryParam("need") @Parameter(description = "A need category, e.g. HEALTH") String need,
            @QueryParam("offer") @Parameter(description = "SERVICE, JOB or TRAINING") String offer) {
        NeedCategory category = need == null || need.isBlank() ? null : Requests.need(need, "need");
        OfferKind kind = offer == null || offer.isBlank() ? null : Requests.offer(offer, "offer");
        return directory.services(category, kind).stream()
                .map(ServiceSummaryDto::of)
                .toList();
    }

    @GET
    @Path("services/{id}")
    @RolesAllowed({Role.CLERK_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME, Role.PARTNER_NAME, Role.PLANNER_NAME})
    @Operation(
            summary = "One service with its eligibility rules, languages, skills, capacity and the places "
                    + "it is offered at with their opening hours (names in the Accept-Language)")
    @APIResponse(responseCode = "200", description = "The service")
    @APIResponse(responseCode = "404", description = "No such service")
    public ServiceDto service(@PathParam("id") String id) {
        return ServiceDto.of(directory.service(id), directory.placesOf(id), texts, RequestBodies.locale(headers));
    }

    @GET
    @Path("service-at-locations")
    @RolesAllowed({Role.CLERK_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME, Role.PARTNER_NAME, Role.PLANNER_NAME})
    @Operation(summary = "Every service at every location: the places a person can be referred to")
    public List<PlaceDto> places() {
        var locale = RequestBodies.locale(headers);
        return directory.places().stream()
                .map(p -> PlaceDto.of(p, texts, locale))
                .toList();
    }

    @GET
    @Path("hsds")
    @RolesAllowed({Role.CLERK_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME, Role.PARTNER_NAME, Role.PLANNER_NAME})
    @Operation(
            summary = "The whole directory as one Open Referral HSDS 3.1 JSON document; "
                    + "importing it back changes nothing")
    public JsonObject export() {
        return hsds.export();
    }

    @POST
    @Path("hsds")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(
            summary = "Import an HSDS JSON document: adds or updates by id, leaves what it does not mention "
                    + "alone; all or nothing")
    @RequestBody(description = "An HSDS document as GET /directory/hsds returns it")
    @APIResponse(responseCode = "200", description = "What was added and updated, per kind of object")
    @APIResponse(
            responseCode = "400",
            description = "Problem details naming the object and field at fault, "
                    + "e.g. services[3].name; nothing was changed")
    @BodyLimit(bytes = 16L * 1024 * 1024)
    public HsdsExchange.ImportSummary importDocument(String body) {
        return hsds.importDocument(Requests.object(body));
    }
}
