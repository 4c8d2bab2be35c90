package org.welcomedesk.registry.duplicates.api;

import org.welcomedesk.registry.duplicates.application.DuplicateCheck;
import org.welcomedesk.registry.duplicates.domain.matching.MatchProfile;
import org.welcomedesk.registry.duplicates.domain.matching.MatchThresholds;

import java.util.List;

/** Possible duplicates of a draft, with the thresholds that sorted them. */
public record MatchesDto(List<CandidateDto> candidates, double likelyThreshold, double possibleThreshold) {

    /** One candidate: who, how likely, and the evidence per field. */
    public record CandidateDto(
            String personId,
            String name,
            String birthDate,
            double score,
            String likelihood,
            List<EvidenceDto> evidence) {}

    /** How one field agreed and what it weighed. */
    public record EvidenceDto(String field, String agreement, double weight) {}

    public static MatchesDto of(List<DuplicateCheck.Candidate> candidates, MatchThresholds thresholds) {
        return new MatchesDto(
                candidates.stream().map(MatchesDto::candidate).toList(), thresholds.likely(), thresholds.possible());
    }

    static CandidateDto candidate(DuplicateCheck.Candidate c) {
        MatchProfile p = c.profile();
        return new CandidateDto(
                p.id(),
                p.name(),
                p.birthDate().toString(),
                round(c.comparison().score()),
                c.comparison().likelihood().name(),
                c.comparison().evidence().stream()
                        .map(e ->
                                new EvidenceDto(e.field().name(), e.agreement().name(), round(e.weight())))
                        .toList());
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
