package org.welcomedesk.statistics.api;

import org.welcomedesk.statistics.domain.Release;

import java.time.Instant;

/**
 * An entry of the release ledger.
 *
 * @param id                the entry's number
 * @param kind              RELEASE (for an audience) or DOWNLOAD (an ad-hoc table as a file)
 * @param occurredAt        when
 * @param actor             who (user or service account)
 * @param audience          for whom, for a release
 * @param format            CSV or XLSX, for a download
 * @param definition        the table's definition in canonical text
 * @param protectionVersion the disclosure control's version (never its parameters)
 * @param outputHash        SHA-256 of the output
 */
public record ReleaseDto(
        long id,
        String kind,
        Instant occurredAt,
        String actor,
        String audience,
        String format,
        String definition,
        String protectionVersion,
        String outputHash) {

    static ReleaseDto of(Release release) {
        return new ReleaseDto(
                release.getId(),
                release.getKind().name(),
                release.getOccurredAt(),
                release.getActor(),
                release.getAudience() == null ? null : release.getAudience().name(),
                release.getFormat(),
                release.getDefinition(),
                release.getProtectionVersion(),
                release.getOutputHash());
    }
}
