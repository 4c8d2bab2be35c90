package org.welcomedesk.registry.duplicates.web;

import org.welcomedesk.registry.duplicates.application.DuplicateCheck;
import org.welcomedesk.registry.duplicates.domain.RegistrationDecision;
import org.welcomedesk.registry.duplicates.domain.matching.Agreement;
import org.welcomedesk.registry.duplicates.domain.matching.MatchProfile;

import java.io.Serializable;
import java.util.List;

/**
 * A possible duplicate as a page shows it: who, how likely, and the evidence as field and
 * agreement (translated by the page: "Family name: another spelling").
 */
public record CandidateView(
        String personId, String name, String birthDate, String likelihood, double score, List<Reason> reasons)
        implements Serializable {

    /** One field's evidence and which way it weighs ({@link org.welcomedesk.registry.duplicates.domain.matching.Evidence#weighs()}). */
    public record Reason(String field, String agreement, String weighs) implements Serializable {

        static Reason of(org.welcomedesk.registry.duplicates.domain.matching.Evidence evidence) {
            return new Reason(evidence.field().name(), evidence.agreement().name(), evidence.weighs());
        }
    }

    public static CandidateView of(DuplicateCheck.Candidate candidate) {
        MatchProfile p = candidate.profile();
        return new CandidateView(
                p.id(),
                p.name(),
                p.birthDate().toString(),
                candidate.comparison().likelihood().name(),
                Math.round(candidate.comparison().score() * 10) / 10.0,
                candidate.comparison().evidence().stream()
                        .filter(e -> e.agreement() != Agreement.MISSING)
                        .map(Reason::of)
                        .toList());
    }

    public RegistrationDecision.ShownCandidate shown() {
        return new RegistrationDecision.ShownCandidate(
                personId, score, org.welcomedesk.registry.duplicates.domain.matching.Likelihood.valueOf(likelihood));
    }
}
