package org.welcomedesk.registry.duplicates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.welcomedesk.platform.error.EditConflict;
import org.welcomedesk.platform.error.NotFound;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.privacy.application.AuditTrail;
import org.welcomedesk.privacy.domain.AuditEntry;
import org.welcomedesk.registry.duplicates.domain.DuplicatePair;
import org.welcomedesk.registry.duplicates.domain.DuplicateRepository;
import org.welcomedesk.registry.duplicates.domain.MatchIndex;
import org.welcomedesk.registry.duplicates.domain.PersonMerge;
import org.welcomedesk.registry.duplicates.domain.QueueFilter;
import org.welcomedesk.registry.duplicates.domain.RegistrationDecision;
import org.welcomedesk.registry.duplicates.domain.matching.Comparison;
import org.welcomedesk.registry.duplicates.domain.matching.Evidence;
import org.welcomedesk.registry.duplicates.domain.matching.MatchProfile;
import org.welcomedesk.registry.records.domain.MergeUndone;
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.registry.records.domain.PersonRepository;
import org.welcomedesk.registry.records.domain.RecordsMerged;
import org.welcomedesk.registry.records.domain.ResidenceRecordsChanged;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What supervisors do with possible duplicates: the review queue, the side-by-side view of a
 * pair, "not the same person" (remembered), merge and unmerge. Also records what a clerk
 * chose when registration showed candidates. Every read and change of a person is audited.
 */
@ApplicationScoped
public class DuplicateReview {

    @Inject
    Event<ResidenceRecordsChanged> residenceChanged;

    @Inject
    Event<RecordsMerged> recordsMerged;

    @Inject
    Event<MergeUndone> mergeUndone;

    @Inject
    PersonRepository people;

    @Inject
    MatchIndex index;

    @Inject
    DuplicateRepository duplicates;

    @Inject
    DuplicateCheck check;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** How many reasons the queue lists per pair: enough to judge at a glance, few enough to read. */
    static final int REASONS_LISTED = 3;

    /**
     * One page of the queue: the open pairs the filter lets through, in the order asked, each
     * with its strongest {@value #REASONS_LISTED} reasons as the records are now.
     */
    @Transactional
    public QueuePage queue(QueueFilter filter, QueueFilter.Order order, int page, int size) {
        List<DuplicatePair> pairs = duplicates.openPairs(filter, order, page * size, size);
        long total = duplicates.countOpenPairs(filter);
        List<QueueEntry> entries = new java.util.ArrayList<>();
        for (DuplicatePair pair : pairs) {
            Map<String, MatchProfile> profiles = profilesOf(pair);
            MatchProfile a = profiles.get(pair.getPersonA());
            MatchProfile b = profiles.get(pair.getPersonB());
            if (a != null && b != null) {
                Comparison comparison = check.comparison().compare(a, b);
                entries.add(new QueueEntry(
                        pair,
                        a,
                        b,
                        districtOf(pair.getPersonA()),
                        districtOf(pair.getPersonB()),
                        comparison.strongest(REASONS_LISTED)));
                audit.record(AuditEntry.Action.VIEW, AuditTrail.PERSON, a.id(), Set.of("duplicateQueue"));
                audit.record(AuditEntry.Action.VIEW, AuditTrail.PERSON, b.id(), Set.of("duplicateQueue"));
            }
        }
        return new QueuePage(entries, total, page, size);
    }

    /** A pair side by side, compared as the records are now. */
    @Transactional
    public PairView pair(long pairId) {
        DuplicatePair pair = duplicates.pair(pairId).orElseThrow(() -> new NotFound("pair"));
        Person a = person(pair.getPersonA());
        Person b = person(pair.getPersonB());
        audit.record(AuditEntry.Action.VIEW, AuditTrail.PERSON, a.getId(), Set.of("duplicateReview"));
        audit.record(AuditEntry.Action.VIEW, AuditTrail.PERSON, b.getId(), Set.of("duplicateReview"));
        Comparison comparison = check.comparison().compare(MatchProfile.of(a), MatchProfile.of(b));
        return new PairView(pair, a, b, comparison);
    }

    /** "Not the same person": the pair leaves the queue and is never offered again. */
    @Transactional
    public void notTheSamePerson(long pairId, long expectedVersion) {
        DuplicatePair pair = openPair(pairId, expectedVersion);
        pair.decideNotSame(audit.actor(), Instant.now(clock));
        audit.record(
                AuditEntry.Action.REVIEW,
                AuditTrail.PERSON,
                pair.getPersonA(),
                Set.of("notSamePersonAs:" + pair.getPersonB()));
        audit.record(
                AuditEntry.Action.REVIEW,
                AuditTrail.PERSON,
                pair.getPersonB(),
                Set.of("notSamePersonAs:" + pair.getPersonA()));
    }

    /**
     * Merges the pair into {@code survivorId}, which must be one of its two records: the other
     * record's events, documents, consent and needs move to the survivor, blank details of the
     * survivor are completed, and the other record stops counting.
     */
    @Transactional
    public PersonMerge merge(long pairId, long expectedVersion, String survivorId) {
        DuplicatePair pair = openPair(pairId, expectedVersion);
        if (!pair.involves(survivorId)) {
            throw new RuleViolation("survivor", "merge.survivorNotInPair");
        }
        String mergedId = pair.getPersonA().equals(survivorId) ? pair.getPersonB() : pair.getPersonA();
        // decided before the records move: moving them clears the persistence context
        pair.merged(audit.actor(), Instant.now(clock));
        return mergePeople(survivorId, mergedId, pair.getId());
    }

    private PersonMerge mergePeople(String survivorId, String mergedId, Long pairId) {
        Instant now = Instant.now(clock);
        String actor = audit.actor();
        Person survivor = person(survivorId);
        Person merged = person(mergedId);
        Set<String> before = Set.copyOf(
                survivor.snapshot().entrySet().stream().map(Object::toString).toList());
        PersonMerge merge = PersonMerge.of(survivor, merged, pairId, actor, now);
        Set<String> filled = changedFields(before, survivor);
        duplicates.add(merge);
        people.unindex(merged);
        index.unfile(mergedId);
        duplicates.moveItems(merge, merged, survivor);
        // what other features keep on the merged record (referrals) follows it to the survivor
        recordsMerged.fire(new RecordsMerged(merge.getId(), survivorId, mergedId));
        Person reloadedSurvivor = person(survivorId);
        Person reloadedMerged = people.find(mergedId).orElseThrow();
        reloadedSurvivor.deriveResidence(today());
        people.reindex(reloadedSurvivor);
        people.saveChanges();
        audit.record(AuditEntry.Action.MERGE, AuditTrail.PERSON, survivorId, merged(filled, "absorbed:" + mergedId));
        audit.record(
                AuditEntry.Action.MERGE, AuditTrail.PERSON, reloadedMerged.getId(), Set.of("mergedInto:" + survivorId));
        residenceChanged.fire(ResidenceRecordsChanged.of(survivorId, mergedId));
        return merge;
    }

    /** Undoes a merge: both records are as they were, except what was changed since. */
    @Transactional
    public void unmerge(long mergeId) {
        PersonMerge merge = duplicates.merge(mergeId).orElseThrow(() -> new NotFound("merge"));
        if (merge.isUndone()) {
            throw new RuleViolation("merge", "merge.alreadyUndone");
        }
        Instant now = Instant.now(clock);
        String actor = audit.actor();
        Person survivor = person(merge.getSurvivorId());
        Person merged = people.find(merge.getMergedId()).orElseThrow(() -> new NotFound("person"));
        duplicates.moveItems(merge, survivor, merged);
        mergeUndone.fire(new MergeUndone(mergeId, merge.getSurvivorId(), merge.getMergedId()));
        merge = duplicates.merge(mergeId).orElseThrow();
        survivor = person(merge.getSurvivorId());
        merged = people.find(merge.getMergedId()).orElseThrow();
        var household = merge.getMergedHousehold() == null
                ? null
                : people.findHousehold(merge.getMergedHousehold()).orElse(null);
        Set<String> restored = merge.undo(survivor, merged, household, actor, now);
        survivor.deriveResidence(today());
        merged.deriveResidence(today());
        people.reindex(survivor);
        people.reindex(merged);
        if (merge.getPairId() != null) {
            duplicates.pair(merge.getPairId()).ifPresent(DuplicatePair::reopen);
        }
        people.saveChanges();
        audit.record(
                AuditEntry.Action.UNMERGE,
                AuditTrail.PERSON,
                survivor.getId(),
                merged(restored, "separated:" + merged.getId()));
        audit.record(
                AuditEntry.Action.UNMERGE,
                AuditTrail.PERSON,
                merged.getId(),
                Set.of("separatedFrom:" + survivor.getId()));
        residenceChanged.fire(ResidenceRecordsChanged.of(survivor.getId(), merged.getId()));
    }

    /** Merges a person took part in, newest first, for their page. */
    @Transactional
    public List<PersonMerge> mergesOf(String personId) {
        return duplicates.mergesOf(personId);
    }

    /**
     * A clerk saw candidates and chose: opened an existing person, or registered a new one
     * (then each candidate goes to the supervisors' queue beside the new record).
     */
    @Transactional
    public void recordDecision(
            RegistrationDecision.Choice choice, String personId, List<RegistrationDecision.ShownCandidate> shown) {
        Instant now = Instant.now(clock);
        duplicates.add(new RegistrationDecision(choice, personId, shown, audit.actor(), now));
        audit.record(AuditEntry.Action.REVIEW, AuditTrail.PERSON, personId, Set.of("registration:" + choice.name()));
        if (choice == RegistrationDecision.Choice.CONFIRMED_NEW) {
            for (RegistrationDecision.ShownCandidate candidate : shown) {
                queue(
                        personId,
                        candidate.personId(),
                        candidate.score(),
                        candidate.likelihood(),
                        DuplicatePair.Source.REGISTRATION,
                        now);
            }
        }
    }

    /**
     * Puts a pair in the queue, or refreshes its score if it is there; a pair already decided
     * (merged, not the same person) stays decided.
     *
     * @return whether the pair is new to the queue
     */
    @Transactional
    public boolean queue(
            String oneId, String otherId, Comparison comparison, DuplicatePair.Source source, Instant now) {
        return queue(oneId, otherId, comparison.score(), comparison.likelihood(), source, now);
    }

    private boolean queue(
            String oneId,
            String otherId,
            double score,
            org.welcomedesk.registry.duplicates.domain.matching.Likelihood likelihood,
            DuplicatePair.Source source,
            Instant now) {
        var existing = duplicates.pairOf(oneId, otherId);
        if (existing.isPresent()) {
            if (existing.get().getStatus() == DuplicatePair.Status.OPEN) {
                existing.get().rescore(score, likelihood);
            }
            return false;
        }
        duplicates.add(new DuplicatePair(oneId, otherId, score, likelihood, source, now));
        return true;
    }

    private DuplicatePair openPair(long pairId, long expectedVersion) {
        DuplicatePair pair = duplicates.pair(pairId).orElseThrow(() -> new NotFound("pair"));
        if (pair.getVersion() != expectedVersion) {
            throw new EditConflict(pair.getVersion(), Map.of());
        }
        if (pair.getStatus() != DuplicatePair.Status.OPEN) {
            throw new RuleViolation("pair", "duplicates.pair.decided");
        }
        return pair;
    }

    private Person person(String id) {
        Person person = people.find(id).orElseThrow(() -> new NotFound("person"));
        if (person.isMerged()) {
            throw new RuleViolation("person", "merge.alreadyMerged");
        }
        return person;
    }

    private Long districtOf(String personId) {
        return people.find(personId).map(Person::getDistrictId).orElse(null);
    }

    private Map<String, MatchProfile> profilesOf(DuplicatePair pair) {
        Map<String, MatchProfile> profiles = new java.util.HashMap<>();
        index.profiles(List.of(pair.getPersonA(), pair.getPersonB())).forEach(p -> profiles.put(p.id(), p));
        return profiles;
    }

    private static Set<String> changedFields(Set<String> before, Person after) {
        Set<String> changed = new java.util.TreeSet<>();
        after.snapshot().forEach((field, value) -> {
            if (!before.contains(field + "=" + value)) {
                changed.add(field);
            }
        });
        return changed;
    }

    private static Set<String> merged(Set<String> fields, String note) {
        Set<String> all = new java.util.TreeSet<>(fields);
        all.add(note);
        return all;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    }

    /**
     * A pair in the queue, with what the engine compares of each record, where each lives
     * (district id, or null) and the strongest reasons for and against.
     */
    public record QueueEntry(
            DuplicatePair pair,
            MatchProfile a,
            MatchProfile b,
            Long districtA,
            Long districtB,
            List<Evidence> reasons) {}

    /** One page of the queue. */
    public record QueuePage(List<QueueEntry> entries, long total, int page, int size) {
        public int pages() {
            return (int) ((total + size - 1) / size);
        }
    }

    /** A pair side by side. */
    public record PairView(DuplicatePair pair, Person a, Person b, Comparison comparison) {

        /** Whether both records belong to one household (twins, or a person registered twice in a family). */
        public boolean sameHousehold() {
            return a.getHousehold() != null
                    && b.getHousehold() != null
                    && a.getHousehold().getId().equals(b.getHousehold().getId());
        }

        /** The record to offer as the one kept: the older, which usually carries the history. */
        public String suggestedSurvivor() {
            return a.getCreatedAt().isAfter(b.getCreatedAt()) ? b.getId() : a.getId();
        }
    }
}
