package org.welcomedesk.national.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.welcomedesk.national.application.Receiving;
import org.welcomedesk.platform.api.BodyLimit;
import org.welcomedesk.platform.security.Role;

/**
 * The national hub's door for the cities' releases (docs/national.md, Transport). The sending
 * city is the token's {@code city} claim, never anything in the message.
 */
@Path("national/releases")
@RequestScoped
@Tag(name = "National hub")
public class ReleaseReceiver {

    /** The token claim naming the sending city's REF_AREA (set on each city's Keycloak client). */
    static final String CITY_CLAIM = "city";

    @Inject
    Receiving receiving;

    @Inject
    JsonWebToken token;

    @Context
    HttpHeaders headers;

    @PUT
    @Path("{releaseId}")
    @RolesAllowed(Role.CITY_SENDER_NAME)
    @Consumes({"application/vnd.sdmx.data+csv", "application/vnd.sdmx.data+json"})
    @Produces(MediaType.APPLICATION_JSON)
    @BodyLimit(bytes = 16L * 1024 * 1024)
    @Operation(
            summary =
                    "Receive a city's release of a period (SDMX-CSV 2.0 or SDMX-JSON 2.0). Idempotent by "
                            + "release id: the hub keeps one copy. Only the national hub (welcomedesk.national.hub) has this door.")
    @RequestBody(
            description = "The release; its id (in the message) must equal the path's, its REF_AREA the token's city")
    @APIResponse(
            responseCode = "201",
            description = "Stored: the receipt {releaseId, city, period, revision, status, receivedAt}")
    @APIResponse(responseCode = "200", description = "Stored before: the same receipt")
    @APIResponse(
            responseCode = "403",
            description = "Problem details: REF_AREA is not the token's city (finding WRONG_AREA)")
    @APIResponse(responseCode = "404", description = "Problem details: this deployment is a city, not the hub")
    @APIResponse(
            responseCode = "409",
            description = "Problem details: an older revision than the one stored (OLDER_REVISION)")
    @APIResponse(
            responseCode = "422",
            description = "Problem details with findings: unknown codes, inconsistent "
                    + "totals, a period out of range, a malformed message, an id that is not the path's")
    public Response receive(@PathParam("releaseId") String releaseId, String body) {
        String mediaType = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        Receiving.Received received = receiving.receive(releaseId, city(), mediaType, body);
        return Response.status(received.created() ? Response.Status.CREATED : Response.Status.OK)
                .type(MediaType.APPLICATION_JSON)
                .entity(received.receipt())
                .build();
    }

    private String city() {
        Object claim = token.getClaim(CITY_CLAIM);
        String city = claim instanceof jakarta.json.JsonString json
                ? json.getString()
                : claim == null ? "" : claim.toString();
        return city.strip();
    }
}
