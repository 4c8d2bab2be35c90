package org.welcomedesk.services.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.welcomedesk.platform.security.Role;
import org.welcomedesk.services.application.UnmetNeeds;

import java.util.List;

/** Needs the city could not meet, as counts for planning: never a person. */
@Path("unmet-needs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Routing")
public class UnmetNeedResource {

    @Inject
    UnmetNeeds unmetNeeds;

    @GET
    @RolesAllowed({Role.PLANNER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Operation(
            summary = "People whose needs went unmet, by need, district and cause (NO_ELIGIBLE_SERVICE, DECLINED, "
                    + "NO_SHOW), every count protected like the statistics: withheld counts absent (CONF_STATUS A, with the "
                    + "threshold they fell below), never 0, 1 or 2; counts need not add up")
    public UnmetNeedsDto counts() {
        return new UnmetNeedsDto(unmetNeeds.counts().stream()
                .map(c -> new CountDto(
                        c.need().name(),
                        c.districtCode(),
                        c.cause(),
                        c.count().withheld() ? null : c.count().value().getAsLong(),
                        c.count().withheld() ? c.count().threshold() : null,
                        c.count().confidentialityStatus()))
                .toList());
    }

    /** Every count. */
    public record UnmetNeedsDto(List<CountDto> counts) {}

    /**
     * How many people's needs of one category went unmet in one district (null: district unknown)
     * for one cause.
     *
     * @param count      the protected count; absent when withheld
     * @param fewerThan  when withheld: the threshold it fell below
     * @param confStatus SDMX CONF_STATUS: F free, A withheld
     */
    public record CountDto(
            String need,
            String district,
            String cause,
            Long count,
            Integer fewerThan,

            @jakarta.json.bind.annotation.JsonbProperty("CONF_STATUS")
            String confStatus) {}
}
