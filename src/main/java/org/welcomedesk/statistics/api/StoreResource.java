package org.welcomedesk.statistics.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.welcomedesk.platform.security.Role;
import org.welcomedesk.statistics.application.StoreCheck;
import org.welcomedesk.statistics.application.StoreRebuild;

import java.util.List;

/**
 * The statistics store's upkeep, for administrators: a rebuild from the registry, and a check
 * that it equals a recount (how many cells differ, never what they hold).
 */
@Path("statistics/store")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics store")
public class StoreResource {

    @Inject
    StoreRebuild rebuild;

    @Inject
    StoreCheck check;

    /**
     * A finished rebuild.
     *
     * @param people records the registry holds (merged ones included)
     * @param millis how long the rebuild took
     */
    public record RebuildDto(long people, long millis) {}

    /**
     * A finished check.
     *
     * @param tables          tables compared
     * @param cells           cells compared
     * @param differing       cells that differ between the store and the recount
     * @param tablesDiffering the tables with a differing cell (dimensions and periods)
     */
    public record CheckDto(int tables, long cells, long differing, List<String> tablesDiffering) {}

    @POST
    @Path("rebuild")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Rebuild the statistics store from the registry (minutes on a large registry)")
    public RebuildDto rebuild() {
        StoreRebuild.Outcome outcome = rebuild.rebuild();
        return new RebuildDto(outcome.people(), outcome.millis());
    }

    @POST
    @Path("check")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(
            summary = "Compare the statistics store with a recount from the registry: counts of differing cells only")
    public CheckDto check() {
        StoreCheck.Report report = check.check();
        return new CheckDto(report.tables(), report.cells(), report.differing(), report.tablesDiffering());
    }
}
