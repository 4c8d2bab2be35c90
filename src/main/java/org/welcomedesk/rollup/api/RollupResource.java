package org.welcomedesk.rollup.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.welcomedesk.platform.security.Role;
import org.welcomedesk.rollup.application.NationalReleases;
import org.welcomedesk.rollup.domain.Submission;

import java.util.List;
import java.util.Locale;

/**
 * The city's releases to the national hub: prepare a period (planner), approve (approver, never
 * the one who prepared it), follow states, attempts and the hub's answers, prepare revisions.
 * The sender delivers approved releases on its own.
 */
@Path("rollup")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "National releases (city)")
public class RollupResource {

    /**
     * What to prepare.
     *
     * @param period a year (2025) or a quarter (2025-Q1)
     */
    public record Preparation(String period) {}

    @Inject
    NationalReleases releases;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @POST
    @Path("releases")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.PLANNER_NAME)
    @Operation(
            summary = "Prepare the release of a period: the national tables' values (protected like every city "
                    + "output), validation findings, the changes since the release the hub holds; a newer preparation "
                    + "supersedes one still waiting for approval")
    @RequestBody(content = @Content(schema = @Schema(implementation = Preparation.class)))
    @APIResponse(responseCode = "201", description = "Prepared; Location is /rollup/releases/{id}")
    @APIResponse(
            responseCode = "400",
            description = "Problem details naming the field period: missing, not a year "
                    + "or a quarter, or a release of the period waiting in the outbox")
    public Response prepare(String body) {
        Preparation preparation = RequestBodies.json(body, Preparation.class);
        Submission prepared = releases.prepare(preparation.period());
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("rollup/releases")
                        .path(prepared.getReleaseId())
                        .build())
                .entity(SubmissionDto.of(releases.detail(prepared.getReleaseId()), locale()))
                .build();
    }

    @POST
    @Path("releases/{id}/approval")
    @RolesAllowed(Role.APPROVER_NAME)
    @Operation(
            summary = "Approve a prepared release: the ledger entry and the outbox message in one transaction; "
                    + "the sender delivers it shortly after (or when the hub is reachable)")
    @APIResponse(responseCode = "200", description = "Approved (state APPROVED)")
    @APIResponse(responseCode = "400", description = "Not waiting for approval (field status)")
    @APIResponse(responseCode = "403", description = "The approver prepared it (four eyes), or is no approver")
    @APIResponse(responseCode = "404", description = "No such release")
    public SubmissionDto approve(@PathParam("id") String id) {
        releases.approve(id);
        return SubmissionDto.of(releases.detail(id), locale());
    }

    @GET
    @Path("releases")
    @RolesAllowed(Role.PLANNER_NAME)
    @Operation(summary = "Every release, newest first, with its state, the hub's receipt or refusal findings")
    @APIResponse(responseCode = "200", description = "The releases (without their changes)")
    public List<SubmissionDto> list() {
        Locale locale = locale();
        return releases.all().stream()
                .map(s -> SubmissionDto.summary(s, locale))
                .toList();
    }

    @GET
    @Path("releases/{id}")
    @RolesAllowed(Role.PLANNER_NAME)
    @Operation(
            summary = "A release: findings, changes since the release the hub held before, delivery attempts, "
                    + "the hub's receipt or refusal findings")
    @APIResponse(responseCode = "200", description = "The release")
    @APIResponse(responseCode = "404", description = "No such release")
    public SubmissionDto release(@PathParam("id") String id) {
        return SubmissionDto.of(releases.detail(id), locale());
    }

    @POST
    @Path("revisions")
    @RolesAllowed(Role.PLANNER_NAME)
    @Operation(
            summary =
                    "Prepare a revision (ACTION R, revision + 1) of every period the hub holds whose values "
                            + "changed since (provisional counts confirmed, corrections); also run after the nightly confirmation")
    @APIResponse(responseCode = "200", description = "The revisions prepared (none when nothing changed)")
    public List<SubmissionDto> revisions() {
        Locale locale = locale();
        return releases.prepareRevisions().stream()
                .map(s -> SubmissionDto.of(releases.detail(s.getReleaseId()), locale))
                .toList();
    }

    private Locale locale() {
        return RequestBodies.locale(headers);
    }
}
