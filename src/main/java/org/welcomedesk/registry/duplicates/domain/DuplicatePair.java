package org.welcomedesk.registry.duplicates.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.registry.duplicates.domain.matching.Likelihood;

import java.time.Instant;

/**
 * Two records that may describe one person, waiting for a supervisor: found by the nightly
 * scan, by an import, or left behind when a clerk registered someone new despite a match.
 * A pair is stored once, with the smaller id first; a "not the same person" decision stays,
 * so the pair is never offered again.
 */
@Entity
@Table(name = "duplicate_pair")
@NamedQuery(
        name = DuplicatePair.OPEN_BY_SCORE,
        query = "select d from DuplicatePair d" + DuplicatePair.FILTERED + " order by d.score desc, d.id")
@NamedQuery(
        name = DuplicatePair.OPEN_BY_FOUND,
        query = "select d from DuplicatePair d" + DuplicatePair.FILTERED + " order by d.foundAt desc, d.id")
@NamedQuery(
        name = DuplicatePair.OPEN_BY_DISTRICT,
        query = "select d from DuplicatePair d, Person pa" + DuplicatePair.FILTERED
                + " and pa.id = d.personA order by pa.districtId nulls last, d.score desc, d.id")
@NamedQuery(name = DuplicatePair.COUNT_OPEN, query = "select count(d) from DuplicatePair d" + DuplicatePair.FILTERED)
@NamedQuery(
        name = DuplicatePair.OF_PEOPLE,
        query = "select d from DuplicatePair d where d.personA = :a and d.personB = :b")
public class DuplicatePair {

    static final String OPEN_BY_SCORE = "DuplicatePair.openByScore";
    static final String OPEN_BY_FOUND = "DuplicatePair.openByFound";
    static final String OPEN_BY_DISTRICT = "DuplicatePair.openByDistrict";
    static final String COUNT_OPEN = "DuplicatePair.countOpen";

    /**
     * Open pairs through a {@link QueueFilter}, skipping pairs one of whose records was merged
     * since. Every criterion is always bound (all sources, all bands, the widest period when
     * not filtered): a null parameter tested with "is null" has no type PostgreSQL can infer.
     */
    static final String FILTERED = " where d.status = :status and d.foundBy in :sources and d.likelihood in :bands"
            + " and d.foundAt >= :from and d.foundAt < :until"
            + " and (:anyDistrict = true or exists (select q from Person q"
            + " where (q.id = d.personA or q.id = d.personB) and q.districtId = :district))"
            + " and not exists (select p from Person p where (p.id = d.personA or p.id = d.personB)"
            + " and p.mergedInto is not null)";

    static final String OF_PEOPLE = "DuplicatePair.ofPeople";

    /** Where a pair stands in the review. */
    public enum Status {
        OPEN,
        MERGED,
        NOT_SAME
    }

    /** What found the pair. */
    public enum Source {
        SCAN,
        REGISTRATION,
        IMPORT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registry_seq")
    @SequenceGenerator(name = "registry_seq", sequenceName = "registry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "person_a", nullable = false, updatable = false)
    private String personA;

    @Column(name = "person_b", nullable = false, updatable = false)
    private String personB;

    @Column(nullable = false)
    private double score;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Likelihood likelihood;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Enumerated(EnumType.STRING)
    @Column(name = "found_by", nullable = false, updatable = false)
    private Source foundBy;

    @Column(name = "found_at", nullable = false)
    private Instant foundAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Version
    private long version;

    protected DuplicatePair() {
        // for JPA
    }

    public DuplicatePair(
            String oneId, String otherId, double score, Likelihood likelihood, Source foundBy, Instant now) {
        if (oneId.equals(otherId)) {
            throw new IllegalArgumentException("a pair needs two people");
        }
        this.personA = oneId.compareTo(otherId) < 0 ? oneId : otherId;
        this.personB = oneId.compareTo(otherId) < 0 ? otherId : oneId;
        this.score = score;
        this.likelihood = likelihood;
        this.status = Status.OPEN;
        this.foundBy = foundBy;
        this.foundAt = now;
    }

    /** The pair's key: its two ids, smaller first. */
    public static String[] key(String oneId, String otherId) {
        return oneId.compareTo(otherId) < 0 ? new String[] {oneId, otherId} : new String[] {otherId, oneId};
    }

    /** A later scan saw the pair again: its score follows the records as they are now. */
    public void rescore(double newScore, Likelihood newLikelihood) {
        this.score = newScore;
        this.likelihood = newLikelihood;
    }

    public void decideNotSame(String actor, Instant now) {
        requireOpen();
        status = Status.NOT_SAME;
        decidedAt = now;
        decidedBy = actor;
    }

    public void merged(String actor, Instant now) {
        requireOpen();
        status = Status.MERGED;
        decidedAt = now;
        decidedBy = actor;
    }

    /** Back to the queue, after its merge was undone. */
    public void reopen() {
        status = Status.OPEN;
        decidedAt = null;
        decidedBy = null;
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw new RuleViolation("pair", "duplicates.pair.decided");
        }
    }

    public boolean involves(String personId) {
        return personA.equals(personId) || personB.equals(personId);
    }

    public Long getId() {
        return id;
    }

    public String getPersonA() {
        return personA;
    }

    public String getPersonB() {
        return personB;
    }

    public double getScore() {
        return score;
    }

    public Likelihood getLikelihood() {
        return likelihood;
    }

    public Status getStatus() {
        return status;
    }

    public Source getFoundBy() {
        return foundBy;
    }

    public Instant getFoundAt() {
        return foundAt;
    }

    public long getVersion() {
        return version;
    }
}
