package org.welcomedesk.services.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.welcomedesk.platform.api.RequestBodies;
import org.welcomedesk.platform.security.Role;
import org.welcomedesk.registry.records.domain.NeedCategory;
import org.welcomedesk.services.application.RoutingTexts;
import org.welcomedesk.services.application.ServiceMatching;

import java.util.EnumSet;
import java.util.List;

/**
 * Routing at the counter: the services and opportunities that could help a person, with the
 * reasons. Its own root path (not a method of the registry's /persons resource, which belongs
 * to another feature): being the longer literal path, it is the one chosen for these URLs.
 */
@Path("persons/{id}/service-matches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Routing")
public class RoutingResource {

    @Inject
    ServiceMatching matching;

    @Inject
    RoutingTexts texts;

    @Context
    HttpHeaders headers;

    @GET
    @RolesAllowed({Role.CLERK_NAME, Role.SUPERVISOR_NAME})
    @Operation(
            summary = "Services meeting the person's needs and jobs or training that suit them, eligible "
                    + "first, each with its reasons in the Accept-Language; the read of the person is audited")
    @APIResponse(responseCode = "200", description = "The matches and the needs left unmet")
    @APIResponse(responseCode = "400", description = "An unknown need, named in the problem details")
    @APIResponse(responseCode = "404", description = "No such person")
    public ServiceMatchesDto matches(
            @PathParam("id") String personId,
            @QueryParam("need")
                    @Parameter(
                            description = "Needs to match (repeat the "
                                    + "parameter or separate with commas); the latest visit's when absent")
                    List<String> need) {
        List<NeedCategory> needs = Requests.needs(need, "need");
        var matches = matching.forPerson(
                personId, needs.isEmpty() ? EnumSet.noneOf(NeedCategory.class) : EnumSet.copyOf(needs));
        return ServiceMatchesDto.of(matches, texts, RequestBodies.locale(headers));
    }
}
