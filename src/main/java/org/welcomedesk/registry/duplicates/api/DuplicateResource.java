package org.welcomedesk.registry.duplicates.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.welcomedesk.platform.api.RequestBodies;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.input.DateText;
import org.welcomedesk.platform.security.Role;
import org.welcomedesk.registry.duplicates.application.DuplicateCheck;
import org.welcomedesk.registry.duplicates.application.DuplicateReview;
import org.welcomedesk.registry.duplicates.application.DuplicateScan;
import org.welcomedesk.registry.duplicates.domain.DuplicatePair;
import org.welcomedesk.registry.duplicates.domain.QueueFilter;
import org.welcomedesk.registry.duplicates.domain.matching.Likelihood;
import org.welcomedesk.registry.duplicates.domain.matching.MatchThresholds;

import java.time.ZoneId;
import java.util.List;

/**
 * The duplicate review: the queue of pairs, a pair compared field by field, merge, unmerge,
 * "not the same person", the batch scan, and the thresholds. Supervisors review; administrators
 * tune the thresholds.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Duplicates")
public class DuplicateResource {

    @Inject
    DuplicateReview review;

    @Inject
    DuplicateScan scan;

    @Inject
    DuplicateCheck check;

    @GET
    @Path("duplicates")
    @RolesAllowed(Role.SUPERVISOR_NAME)
    @Operation(
            summary = "Open pairs, most likely first, or by date found (sort=FOUND) or district (sort=DISTRICT);"
                    + " narrowed by source (SCAN, REGISTRATION, IMPORT), likelihood (LIKELY, POSSIBLE, UNLIKELY),"
                    + " districtId (either person's) and the days found (foundFrom, foundTo: ISO dates, both included)")
    public QueueDto queue(
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("source") String source,
            @QueryParam("likelihood") String likelihood,
            @QueryParam("districtId") String districtId,
            @QueryParam("foundFrom") String foundFrom,
            @QueryParam("foundTo") String foundTo,
            @QueryParam("sort") String sort) {
        QueueFilter filter = QueueFilter.of(
                code(source, DuplicatePair.Source.class, "source"),
                code(likelihood, Likelihood.class, "likelihood"),
                districtId == null || districtId.isEmpty()
                        ? null
                        : (long) RequestBodies.wholeNumber(districtId, "districtId", 0, 1, Integer.MAX_VALUE),
                foundFrom == null || foundFrom.isEmpty() ? null : DateText.date(foundFrom, "foundFrom"),
                foundTo == null || foundTo.isEmpty() ? null : DateText.date(foundTo, "foundTo"),
                ZoneId.systemDefault());
        QueueFilter.Order order = code(sort, QueueFilter.Order.class, "sort");
        var found = review.queue(
                filter,
                order == null ? QueueFilter.Order.SCORE : order,
                RequestBodies.wholeNumber(page, "page", 0, 0, 1_000_000),
                RequestBodies.wholeNumber(size, "size", 20, 1, 100));
        return new QueueDto(
                found.entries().stream()
                        .map(e -> new PairDto(
                                e.pair().getId(),
                                e.pair().getVersion(),
                                e.pair().getPersonA(),
                                e.a().name(),
                                e.pair().getPersonB(),
                                e.b().name(),
                                MatchesDto.round(e.pair().getScore()),
                                e.pair().getLikelihood().name(),
                                e.pair().getFoundBy().name(),
                                e.pair().getStatus().name(),
                                List.of()))
                        .toList(),
                found.total(),
                found.page(),
                found.size());
    }

    /** One of an enum's codes, or null when absent; anything else is refused, naming the codes there are. */
    private static <E extends Enum<E>> E code(String value, Class<E> codes, String name) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        for (E code : codes.getEnumConstants()) {
            if (code.name().equals(value)) {
                return code;
            }
        }
        throw new RuleViolation(
                name,
                "validation.code",
                String.join(
                        ", ",
                        java.util.Arrays.stream(codes.getEnumConstants())
                                .map(Enum::name)
                                .toList()));
    }

    @GET
    @Path("duplicates/{id}")
    @RolesAllowed(Role.SUPERVISOR_NAME)
    @Operation(summary = "One pair, compared as the records are now, with the evidence field by field")
    public PairDto pair(@PathParam("id") long id) {
        var view = review.pair(id);
        return new PairDto(
                view.pair().getId(),
                view.pair().getVersion(),
                view.a().getId(),
                view.a().getName().display(),
                view.b().getId(),
                view.b().getName().display(),
                MatchesDto.round(view.comparison().score()),
                view.comparison().likelihood().name(),
                view.pair().getFoundBy().name(),
                view.pair().getStatus().name(),
                view.comparison().evidence().stream()
                        .map(e -> new MatchesDto.EvidenceDto(
                                e.field().name(), e.agreement().name(), MatchesDto.round(e.weight())))
                        .toList());
    }

    @POST
    @Path("duplicates/{id}/merge")
    @RolesAllowed(Role.SUPERVISOR_NAME)
    @Operation(summary = "Merge the pair into survivorId; version must be the pair version reviewed")
    @APIResponse(responseCode = "200", description = "The merge; undo it with POST /merges/{id}/undo")
    @APIResponse(responseCode = "409", description = "The pair changed or was decided since it was read")
    public MergeDto merge(@PathParam("id") long id, String body) {
        var request = RequestBodies.json(body, Requests.MergeRequest.class);
        if (request.survivorId() == null || request.version() == null) {
            throw new RuleViolation(request.survivorId() == null ? "survivorId" : "version", "validation.required");
        }
        var merge = review.merge(id, request.version(), request.survivorId());
        return new MergeDto(
                merge.getId(),
                merge.getSurvivorId(),
                merge.getMergedId(),
                merge.getMergedAt().toString(),
                null);
    }

    @POST
    @Path("duplicates/{id}/not-same")
    @RolesAllowed(Role.SUPERVISOR_NAME)
    @Operation(summary = "Not the same person: the pair leaves the queue for good")
    @APIResponse(responseCode = "204", description = "Remembered")
    public Response notSame(@PathParam("id") long id, String body) {
        var request = RequestBodies.json(body, Requests.DecisionRequest.class);
        if (request.version() == null) {
            throw new RuleViolation("version", "validation.required");
        }
        review.notTheSamePerson(id, request.version());
        return Response.noContent().build();
    }

    @POST
    @Path("merges/{id}/undo")
    @RolesAllowed(Role.SUPERVISOR_NAME)
    @Operation(summary = "Unmerge: both records as they were, the pair back in the queue")
    @APIResponse(responseCode = "204", description = "Undone")
    public Response unmerge(@PathParam("id") long id) {
        review.unmerge(id);
        return Response.noContent().build();
    }

    @POST
    @Path("duplicates/scan")
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Start a scan of the whole registry for duplicates (in the background)")
    @APIResponse(responseCode = "202", description = "Started; follow GET /duplicates/scan")
    @APIResponse(responseCode = "400", description = "A scan is already running")
    public Response startScan() {
        scan.startInBackground();
        return Response.accepted(scanStatus()).build();
    }

    @GET
    @Path("duplicates/scan")
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Whether a scan runs on this node, and the last one's counts and duration")
    public ScanDto scanStatus() {
        var last = scan.lastScan();
        return last == null
                ? new ScanDto(scan.isRunning(), null, null, null, null, null, null)
                : new ScanDto(
                        scan.isRunning(),
                        last.started().toString(),
                        last.took().toMillis(),
                        last.people(),
                        last.comparisons(),
                        last.pairsFound(),
                        last.pairsNew());
    }

    @GET
    @Path("match-thresholds")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "The likely and possible thresholds in use")
    public Requests.ThresholdsRequest thresholds() {
        MatchThresholds t = check.thresholds();
        return new Requests.ThresholdsRequest(t.likely(), t.possible());
    }

    @PUT
    @Path("match-thresholds")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(
            summary =
                    "Tune the thresholds: bits of evidence from 0 to 40, likely above possible; every node uses them at once")
    public Requests.ThresholdsRequest changeThresholds(String body) {
        var request = RequestBodies.json(body, Requests.ThresholdsRequest.class);
        MatchThresholds t = check.changeThresholds(request.likely(), request.possible());
        return new Requests.ThresholdsRequest(t.likely(), t.possible());
    }

    /** One page of the queue. */
    public record QueueDto(List<PairDto> pairs, long total, int page, int size) {}

    /** A pair under review. */
    public record PairDto(
            long id,
            long version,
            String personA,
            String nameA,
            String personB,
            String nameB,
            double score,
            String likelihood,
            String foundBy,
            String status,
            List<MatchesDto.EvidenceDto> evidence) {}

    /** A merge. */
    public record MergeDto(long id, String survivorId, String mergedId, String mergedAt, String undoneAt) {}

    /** The batch scan on this node. */
    public record ScanDto(
            boolean running,
            String lastStarted,
            Long lastTookMillis,
            Integer people,
            Long comparisons,
            Integer pairsFound,
            Integer pairsNew) {}
}
