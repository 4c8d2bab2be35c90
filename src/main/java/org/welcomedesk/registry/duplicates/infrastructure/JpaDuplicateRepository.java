package org.welcomedesk.registry.duplicates.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import org.welcomedesk.platform.persistence.InListStatements;
import org.welcomedesk.registry.duplicates.domain.DuplicatePair;
import org.welcomedesk.registry.duplicates.domain.DuplicateRepository;
import org.welcomedesk.registry.duplicates.domain.MatchSetting;
import org.welcomedesk.registry.duplicates.domain.PersonMerge;
import org.welcomedesk.registry.duplicates.domain.QueueFilter;
import org.welcomedesk.registry.duplicates.domain.RegistrationDecision;
import org.welcomedesk.registry.duplicates.domain.matching.Likelihood;
import org.welcomedesk.registry.records.domain.PeopleRemoved;
import org.welcomedesk.registry.records.domain.Person;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Review pairs, merges, registration decisions and match thresholds in JPA. */
@ApplicationScoped
public class JpaDuplicateRepository implements DuplicateRepository {

    /** Moving one item of a merge: new owner, item id, old owner (so nothing else moves). */
    private static final Map<PersonMerge.ItemKind, String> MOVE = Map.of(
            PersonMerge.ItemKind.EVENT, "update residence_event set person_id = ? where id = ? and person_id = ?",
            PersonMerge.ItemKind.DOCUMENT, "update identity_document set person_id = ? where id = ? and person_id = ?",
            PersonMerge.ItemKind.CONSENT, "update consent set person_id = ? where id = ? and person_id = ?",
            PersonMerge.ItemKind.ASSESSMENT,
                    "update needs_assessment set person_id = ? where id = ? and person_id = ?");

    /** What the review keeps on people, deleted with a cancelled import's people. */
    private static final List<String> REMOVE_PERSON = List.of(
            "delete from duplicate_pair where person_a in (?)",
            "delete from duplicate_pair where person_b in (?)",
            "delete from registration_decision where person_id in (?)");

    /** The widest period the queue's filter can mean, bound when it gives no dates. */
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

    private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

    /** Bound when the filter names no district (never an id: ids start at 1). */
    private static final long NO_DISTRICT = -1L;

    @PersistenceContext(unitName = "welcomedesk")
    EntityManager em;

    protected JpaDuplicateRepository() {
        // for CDI
    }

    @Override
    public List<DuplicatePair> openPairs(QueueFilter filter, QueueFilter.Order order, int first, int max) {
        String query = switch (order) {
            case SCORE -> "DuplicatePair.openByScore";
            case FOUND -> "DuplicatePair.openByFound";
            case DISTRICT -> "DuplicatePair.openByDistrict";
        };
        return filtered(em.createNamedQuery(query, DuplicatePair.class), filter)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long countOpenPairs(QueueFilter filter) {
        return filtered(em.createNamedQuery("DuplicatePair.countOpen", Long.class), filter)
                .getSingleResult();
    }

    /** Binds every criterion of the queue's filter: what is not filtered on is bound to its widest value. */
    private static <T> TypedQuery<T> filtered(TypedQuery<T> query, QueueFilter filter) {
        return query.setParameter("status", DuplicatePair.Status.OPEN)
                .setParameter(
                        "sources",
                        filter.source() == null ? List.of(DuplicatePair.Source.values()) : List.of(filter.source()))
                .setParameter(
                        "bands",
                        filter.likelihood() == null ? List.of(Likelihood.values()) : List.of(filter.likelihood()))
                .setParameter("from", filter.foundFrom() == null ? EARLIEST : filter.foundFrom())
                .setParameter("until", filter.foundUntil() == null ? LATEST : filter.foundUntil())
                .setParameter("anyDistrict", filter.districtId() == null)
                .setParameter("district", filter.districtId() == null ? NO_DISTRICT : filter.districtId());
    }

    @Override
    public Optional<DuplicatePair> pair(long id) {
        return Optional.ofNullable(em.find(DuplicatePair.class, id));
    }

    @Override
    public Optional<DuplicatePair> pairOf(String oneId, String otherId) {
        String[] key = DuplicatePair.key(oneId, otherId);
        // No flush first: the pair table is all this reads, and a flush would compare every
        // entity in the context (an import chunk's thousands of new records) on each call.
        // Pairs queued in one transaction are distinct by construction (new person, or each
        // found pair once), so an unflushed one is never looked up.
        return em.createNamedQuery("DuplicatePair.ofPeople", DuplicatePair.class)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
                .setParameter("a", key[0])
                .setParameter("b", key[1])
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(DuplicatePair pair) {
        em.persist(pair);
    }

    @Override
    public void add(PersonMerge merge) {
        em.persist(merge);
    }

    @Override
    public Optional<PersonMerge> merge(long id) {
        return Optional.ofNullable(em.find(PersonMerge.class, id));
    }

    @Override
    public void moveItems(PersonMerge merge, Person from, Person to) {
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        try {
            for (PersonMerge.ItemKind kind : PersonMerge.ItemKind.values()) {
                List<Long> items = merge.itemsOf(kind);
                if (items.isEmpty()) {
                    continue;
                }
                try (PreparedStatement move = connection.prepareStatement(MOVE.get(kind))) {
                    for (Long item : items) {
                        move.setString(1, to.getId());
                        move.setLong(2, item);
                        move.setString(3, from.getId());
                        move.addBatch();
                    }
                    move.executeBatch();
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("moving records between people", e);
        }
        em.clear();
    }

    void onRemoved(@Observes PeopleRemoved removed) {
        InListStatements.run(em, REMOVE_PERSON, removed.personIds());
    }

    @Override
    public List<PersonMerge> mergesOf(String personId) {
        return em.createNamedQuery("PersonMerge.ofPerson", PersonMerge.class)
                .setParameter("personId", personId)
                .getResultList();
    }

    @Override
    public void add(RegistrationDecision decision) {
        em.persist(decision);
    }

    @Override
    public Optional<MatchSetting> matchSetting() {
        return Optional.ofNullable(em.find(MatchSetting.class, MatchSetting.CITY));
    }

    @Override
    public void add(MatchSetting setting) {
        em.persist(setting);
    }
}
