package org.welcomedesk.statistics.domain;

import java.time.Instant;
import java.util.Set;

/**
 * What a release showed, as the differencing checks compare releases: its definition, the
 * districts its rows cover, the hash of its output and when it was released.
 *
 * @param definition the table's fixed definition
 * @param areas      district codes the table's rows or filter cover (empty when not by district)
 * @param outputHash SHA-256 of the published output
 * @param releasedAt when it was released (null for one being proposed)
 */
public record ReleaseCoverage(ReleaseDefinition definition, Set<String> areas, String outputHash, Instant releasedAt) {

    public ReleaseCoverage {
        areas = Set.copyOf(areas);
    }
}
