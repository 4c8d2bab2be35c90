package org.welcomedesk.registry.duplicates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.welcomedesk.privacy.application.AuditTrail;
import org.welcomedesk.privacy.domain.AuditEntry;
import org.welcomedesk.registry.duplicates.domain.DuplicateRepository;
import org.welcomedesk.registry.duplicates.domain.MatchIndex;
import org.welcomedesk.registry.duplicates.domain.MatchSetting;
import org.welcomedesk.registry.duplicates.domain.matching.Comparison;
import org.welcomedesk.registry.duplicates.domain.matching.Likelihood;
import org.welcomedesk.registry.duplicates.domain.matching.MatchProfile;
import org.welcomedesk.registry.duplicates.domain.matching.MatchThresholds;
import org.welcomedesk.registry.duplicates.domain.matching.MatchWeights;
import org.welcomedesk.registry.duplicates.domain.matching.RecordComparison;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the people a new record may duplicate, before it is saved: candidates come from the
 * matching engine's blocking keys, each is compared field by field and scored in the
 * Fellegi-Sunter manner, and those above the "possible" threshold are returned with their
 * evidence. Everything it reads is in the shared database (keys, records, thresholds), so
 * every node gives the same answer.
 */
@ApplicationScoped
public class DuplicateCheck {

    /** Candidates compared per record at most; blocking keys keep real blocks far smaller. */
    static final int CANDIDATES = 200;

    @Inject
    MatchIndex index;

    @Inject
    DuplicateRepository duplicates;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /**
     * People who may be the person described by {@code draft}, most likely first (ties by id),
     * at most {@code max}. Each candidate shown is a read of their record, and audited.
     */
    @Transactional
    public List<Candidate> candidatesFor(MatchProfile draft, int max) {
        RecordComparison comparison = comparison();
        List<String> ids = index.candidates(draft.blockingKeys(), CANDIDATES);
        List<Candidate> found = new ArrayList<>();
        for (MatchProfile candidate : index.profiles(ids)) {
            if (candidate.id().equals(draft.id())) {
                continue;
            }
            Comparison compared = comparison.compare(draft, candidate);
            if (compared.likelihood() != Likelihood.UNLIKELY) {
                found.add(new Candidate(candidate, compared));
            }
        }
        found.sort(BEST_FIRST);
        List<Candidate> shown = found.subList(0, Math.min(max, found.size()));
        shown.forEach(c -> audit.record(
                AuditEntry.Action.VIEW, AuditTrail.PERSON, c.profile().id(), Set.of("duplicateCheck")));
        return List.copyOf(shown);
    }

    /**
     * The best candidate for each of many records at once (an import chunk): one lookup of
     * all their keys, one load of all candidates. Records without a possible duplicate are
     * absent from the result.
     */
    @Transactional
    public Map<Integer, Candidate> bestCandidates(List<MatchProfile> drafts) {
        RecordComparison comparison = comparison();
        Set<String> keys = new HashSet<>();
        drafts.forEach(d -> keys.addAll(d.blockingKeys()));
        Map<String, List<String>> filed = index.peopleByKeys(keys);
        Set<String> ids = new HashSet<>();
        filed.values().forEach(ids::addAll);
        Map<String, MatchProfile> profiles = new HashMap<>();
        index.profiles(ids).forEach(p -> profiles.put(p.id(), p));
        Map<Integer, Candidate> best = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            MatchProfile draft = drafts.get(i);
            Set<String> seen = new HashSet<>();
            for (String key : draft.blockingKeys()) {
                for (String id : filed.getOrDefault(key, List.of())) {
                    MatchProfile candidate = profiles.get(id);
                    if (candidate == null || !seen.add(id) || id.equals(draft.id())) {
                        continue;
                    }
                    Comparison compared = comparison.compare(draft, candidate);
                    Candidate current = best.get(i);
                    if (compared.likelihood() != Likelihood.UNLIKELY
                            && (current == null
                                    || BEST_FIRST.compare(new Candidate(candidate, compared), current) < 0)) {
                        best.put(i, new Candidate(candidate, compared));
                    }
                }
            }
        }
        return best;
    }

    /** The comparison as configured now: the engine's weights and the city's thresholds. */
    public RecordComparison comparison() {
        return new RecordComparison(MatchWeights.defaults(), thresholds());
    }

    @Transactional
    public MatchThresholds thresholds() {
        return duplicates.matchSetting().map(MatchSetting::thresholds).orElse(MatchThresholds.defaults());
    }

    /** An administrator tunes what counts as a likely and a possible duplicate. */
    @Transactional
    public MatchThresholds changeThresholds(Double likely, Double possible) {
        MatchThresholds thresholds = MatchThresholds.of(likely, possible);
        var setting = duplicates.matchSetting();
        if (setting.isPresent()) {
            setting.get().change(thresholds, audit.actor(), Instant.now(clock));
        } else {
            duplicates.add(new MatchSetting(thresholds, audit.actor(), Instant.now(clock)));
        }
        return thresholds;
    }

    static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(
                    (Candidate c) -> c.comparison().score())
            .reversed()
            .thenComparing(c -> c.profile().id());

    /** Someone who may be the same person, and why. */
    public record Candidate(MatchProfile profile, Comparison comparison) {}
}
