package org.welcomedesk.national.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.welcomedesk.national.domain.DataStructure;
import org.welcomedesk.national.domain.Finding;
import org.welcomedesk.national.domain.NationalRelease;
import org.welcomedesk.national.domain.UnreadableMessage;
import org.welcomedesk.platform.error.NotFound;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Receives a city's release at the hub: reads it, checks it is the city's own, that it is the
 * release the path names, that it conforms to the data structure and that it is not older than
 * what is stored, then keeps one copy per release id. The same release again gets the same
 * receipt; a refusal is kept (without the message) for the submissions page.
 */
@ApplicationScoped
public class Receiving {

    private static final Logger LOG = Logger.getLogger(Receiving.class.getName());
    /** A release id as cities make them (UUIDs), bounded so that it can be stored and logged as it is. */
    private static final Pattern RELEASE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Inject
    HubSettings settings;

    @Inject
    ReceivedReleases store;

    Clock clock = Clock.systemUTC();

    /** The outcome of a release that was stored: {@code created} false when it was stored before. */
    public record Received(Receipt receipt, boolean created) {}

    /**
     * Receives a release as sent.
     *
     * @param pathId    the release id of the request's path
     * @param city      the sending city (the token's {@code city} claim)
     * @param mediaType the message's format
     * @param body      the message
     * @throws Refused  with the reasons, when the release is not stored
     * @throws NotFound when this deployment is not the hub
     */
    @Transactional(dontRollbackOn = Refused.class)
    public Received receive(String pathId, String city, String mediaType, String body) {
        requireHub();
        if (pathId == null || !RELEASE_ID.matcher(pathId).matches()) {
            throw new Refused(
                    422, new Finding("ID_INVALID", null, "releaseId", "national.hub.finding.idInvalid", List.of()));
        }
        NationalRelease release;
        try {
            release = SdmxFormat.of(mediaType)
                    .orElseThrow(() -> UnreadableMessage.at("Content-Type", "not SDMX-CSV or SDMX-JSON 2.0"))
                    .read(body);
        } catch (UnreadableMessage | IllegalArgumentException unreadable) {
            List<Finding> findings = unreadable instanceof UnreadableMessage message
                    ? message.findings()
                    : UnreadableMessage.at("message", "unreadable").findings();
            throw keep(new Refused(422, findings), city, pathId, null);
        }
        return receive(pathId, city, release);
    }

    /** Receives a release already read (the demo's simulated cities go through here too). */
    @Transactional(dontRollbackOn = Refused.class)
    public Received receive(String pathId, String city, NationalRelease release) {
        requireHub();
        try {
            return check(pathId, city, release);
        } catch (Refused refused) {
            throw keep(refused, city, pathId, release.period());
        }
    }

    private Received check(String pathId, String city, NationalRelease release) {
        if (!Objects.equals(release.releaseId(), pathId)) {
            throw new Refused(
                    422,
                    new Finding(
                            "ID_MISMATCH",
                            null,
                            "releaseId",
                            "national.hub.finding.idMismatch",
                            List.of(String.valueOf(release.releaseId()), pathId)));
        }
        List<String> otherAreas = release.observations().stream()
                .map(NationalCells::area)
                .filter(area -> !city.equals(area))
                .distinct()
                .toList();
        if (!city.equals(release.cityCode()) || !otherAreas.isEmpty()) {
            String area = otherAreas.isEmpty() ? release.cityCode() : otherAreas.get(0);
            throw new Refused(
                    403,
                    new Finding(
                            DataStructure.WRONG_AREA,
                            null,
                            "REF_AREA=" + area,
                            "national.hub.finding.notYourArea",
                            List.of(String.valueOf(area), city)));
        }
        Optional<Receipt> stored = store.receipt(release.releaseId());
        if (stored.isPresent()) {
            if (!stored.get().city().equals(city)) {
                throw new Refused(
                        409,
                        new Finding(
                                "ID_TAKEN",
                                null,
                                "releaseId",
                                "national.hub.finding.idTaken",
                                List.of(release.releaseId())));
            }
            return new Received(stored.get(), false);
        }
        List<Finding> findings = DataStructure.shipped().validate(release, LocalDate.now(clock));
        if (!findings.isEmpty()) {
            throw new Refused(422, findings);
        }
        OptionalInt newest = store.newestRevision(city, release.period());
        if (newest.isPresent() && newest.getAsInt() >= release.revision()) {
            throw new Refused(
                    409,
                    new Finding(
                            DataStructure.OLDER_REVISION,
                            null,
                            "revision=" + release.revision(),
                            "national.hub.finding.olderRevision",
                            List.of(String.valueOf(release.revision()), String.valueOf(newest.getAsInt()))));
        }
        String status = newest.isPresent() ? "REVISED" : "RECEIVED";
        // to the millisecond: the receipt sent again is read back from the database, which keeps no nanoseconds
        Receipt receipt = store.store(release, status, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
        // codes and counts only: a release holds no personal data, but logs stay small
        LOG.info(() -> "National release " + receipt.releaseId() + " of " + city + " for " + receipt.period()
                + " revision " + receipt.revision() + " stored: "
                + release.observations().size() + " cells");
        return new Received(receipt, true);
    }

    private Refused keep(Refused refused, String city, String releaseId, String period) {
        String knownPeriod = DataStructure.wellFormedPeriod(period) ? period : null;
        store.refused(new RefusedAttempt(
                city,
                releaseId,
                knownPeriod,
                refused.status(),
                refused.findings().stream().map(Finding::code).distinct().toList(),
                Instant.now(clock)));
        LOG.info(() -> "National release " + releaseId + " of " + city + " refused (" + refused.status() + "): "
                + refused.findings().stream().map(Finding::code).distinct().toList());
        return refused;
    }

    private void requireHub() {
        if (!settings.hub()) {
            throw new NotFound("national hub");
        }
    }
}
