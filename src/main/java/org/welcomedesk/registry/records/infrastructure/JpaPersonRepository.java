package org.welcomedesk.registry.records.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.welcomedesk.platform.persistence.InListStatements;
import org.welcomedesk.registry.records.domain.Household;
import org.welcomedesk.registry.records.domain.NameKeys;
import org.welcomedesk.registry.records.domain.PeopleAdded;
import org.welcomedesk.registry.records.domain.PeopleRemoved;
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.registry.records.domain.PersonRefiled;
import org.welcomedesk.registry.records.domain.PersonRepository;
import org.welcomedesk.registry.records.domain.PersonRepository.NameKeyKind;
import org.welcomedesk.registry.records.domain.ResidenceEvent;
import org.welcomedesk.registry.records.domain.SearchProfile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * People in JPA, and their name keys in {@code person_name_key}: word skeletons (S), pairs of
 * words (P) and words with another word's prefix (Q), of every form of their names, so a search
 * finds candidates by selective index lookups and only ranks those. Stores, changes and removals
 * are announced as events in the same transaction, so the indexes and items other use cases
 * keep on people follow without this class knowing them.
 */
@ApplicationScoped
public class JpaPersonRepository implements PersonRepository {

    private static final int MAX_KEY_LENGTH = 40;
    private static final String INSERT_NAME_KEY =
            "insert into person_name_key (person_id, kind, name_key) values (?, ?, ?)";
    private static final String DELETE_NAME_KEYS = "delete from person_name_key where person_id in (?)";

    /** Everything recorded on a person, children first; {@code (?)} stands for the id list. */
    private static final List<String> REMOVE_PERSON = List.of(
            DELETE_NAME_KEYS,
            "delete from need where assessment_id in (select id from needs_assessment where person_id in (?))",
            "delete from needs_assessment where person_id in (?)",
            "delete from consent where person_id in (?)",
            "delete from identity_document where person_id in (?)",
            "update residence_event set corrects_event_id = null where person_id in (?)",
            "delete from residence_event where person_id in (?)",
            "delete from person_citizenship where person_id in (?)",
            "delete from person_language where person_id in (?)",
            "delete from person_skill where person_id in (?)",
            "delete from person where id in (?)");

    @PersistenceContext(unitName = "welcomedesk")
    EntityManager em;

    @Inject
    Event<PeopleAdded> added;

    @Inject
    Event<PersonRefiled> refiled;

    @Inject
    Event<PeopleRemoved> removed;

    @Override
    public Optional<Person> find(String id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    @Override
    public List<Person> findAll(Collection<String> ids) {
        return ids.isEmpty()
                ? List.of()
                : em.createNamedQuery("Person.withIds", Person.class)
                        .setParameter("ids", ids)
                        .getResultList();
    }

    @Override
    public List<Person> findAllWithResidence(Collection<String> ids) {
        // the eager collections too: otherwise each is one more query per person
        return ids.isEmpty()
                ? List.of()
                : em.createNamedQuery("Person.withIds", Person.class)
                        .setParameter("ids", ids)
                        .setHint("eclipselink.batch.type", "IN")
                        .setHint("eclipselink.batch.size", ids.size())
                        .setHint("eclipselink.batch", "p.events")
                        .setHint("eclipselink.batch", "p.citizenships")
                        .setHint("eclipselink.batch", "p.languages")
                        .getResultList();
    }

    @Override
    public void add(Person person) {
        addAll(List.of(person));
    }

    @Override
    public void addAll(List<Person> newPeople) {
        newPeople.forEach(em::persist);
        em.flush();
        writeKeys(newPeople);
        added.fire(new PeopleAdded(newPeople));
    }

    @Override
    public void reindex(Person person) {
        em.flush();
        deleteKeysOf(List.of(person.getId()));
        writeKeys(List.of(person));
        refiled.fire(new PersonRefiled(person));
    }

    @Override
    public void unindex(Person person) {
        em.flush();
        deleteKeysOf(List.of(person.getId()));
    }

    /** Name keys (S, P, Q) of each person, in one JDBC batch. */
    private void writeKeys(List<Person> persons) {
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement names = connection.prepareStatement(INSERT_NAME_KEY)) {
            for (Person person : persons) {
                // transliterated once per person: the pairs are made from the words
                Set<String> words = person.nameKeys(NameKeys::wordKeys);
                addNameKeys(names, person.getId(), NameKeyKind.WORD.code(), words);
                addNameKeys(names, person.getId(), NameKeyKind.PAIR.code(), NameKeys.pairKeys(words));
                addNameKeys(names, person.getId(), NameKeyKind.PREFIX_PAIR.code(), NameKeys.prefixPairKeys(words));
            }
            names.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("writing search keys", e);
        }
    }

    private static void addNameKeys(PreparedStatement insert, String personId, String kind, Collection<String> keys)
            throws SQLException {
        for (String key : keys) {
            if (!key.isBlank() && key.length() <= MAX_KEY_LENGTH) {
                insert.setString(1, personId);
                insert.setString(2, kind);
                insert.setString(3, key);
                insert.addBatch();
            }
        }
    }

    private void deleteKeysOf(Collection<String> ids) {
        InListStatements.run(em, List.of(DELETE_NAME_KEYS), ids);
    }

    @Override
    public void add(Household household) {
        em.persist(household);
    }

    @Override
    public Optional<Household> findHousehold(String id) {
        return Optional.ofNullable(em.find(Household.class, id));
    }

    @Override
    public List<String> candidatesByNameKeys(NameKeyKind kind, Collection<String> keys, int limit) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return em
                .createNamedQuery(NameKey.CANDIDATES, Object[].class)
                .setParameter("kind", kind.code())
                .setParameter("keys", List.copyOf(keys))
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(row -> (String) row[0])
                .toList();
    }

    @Override
    public List<Person> withDocumentNumber(String numberKey) {
        return em.createNamedQuery("Person.withDocument", Person.class)
                .setParameter("numberKey", numberKey)
                .getResultList();
    }

    @Override
    public List<Person> withPhoneDigits(String digits) {
        return em.createNamedQuery("Person.withPhone", Person.class)
                .setParameter("digits", digits)
                .getResultList();
    }

    @Override
    public List<String> bornBetween(int fromYear, int toYear) {
        return em.createNamedQuery("Person.bornBetween", String.class)
                .setParameter("fromYear", fromYear)
                .setParameter("toYear", toYear)
                .getResultList();
    }

    @Override
    public List<Person> newcomers() {
        return em.createNamedQuery("Person.newcomers", Person.class)
                .setParameter("status", org.welcomedesk.registry.records.domain.ResidenceStatus.NEWCOMER)
                .getResultList();
    }

    @Override
    public List<Person> withProvisionalEventsBefore(LocalDate eventDateBefore) {
        return em
                .createNamedQuery("ResidenceEvent.provisionalDue", ResidenceEvent.class)
                .setParameter("dueBefore", eventDateBefore)
                .getResultList()
                .stream()
                .map(ResidenceEvent::getPerson)
                .distinct()
                .toList();
    }

    @Override
    public void saveChanges() {
        try {
            em.flush();
        } catch (jakarta.persistence.OptimisticLockException e) {
            throw new org.welcomedesk.platform.error.EditConflict(-1, java.util.Map.of());
        }
    }

    @Override
    public List<SearchProfile> searchProfiles(Collection<String> ids) {
        List<SearchProfile> profiles = new ArrayList<>(ids.size());
        for (List<String> slice : InListStatements.slices(new TreeSet<>(ids))) {
            for (Object[] r : em.createNamedQuery("Person.searchProfiles", Object[].class)
                    .setParameter("ids", slice)
                    .getResultList()) {
                profiles.add(new SearchProfile(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (Integer) r[5],
                        (Integer) r[6],
                        (Integer) r[7],
                        Boolean.TRUE.equals(r[8])));
            }
        }
        return profiles;
    }

    @Override
    public List<String> mergedInto(String id) {
        return em.createNamedQuery("Person.mergedInto", String.class)
                .setParameter("id", id)
                .getResultList();
    }

    @Override
    public void removeAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        em.flush();
        removed.fire(new PeopleRemoved(Set.copyOf(ids)));
        InListStatements.run(em, REMOVE_PERSON, ids);
        em.clear();
    }

    @Override
    public long count() {
        return em.createNamedQuery("Person.count", Long.class).getSingleResult();
    }

    @Override
    public List<String> livingWithNeeds(String afterId, int limit) {
        return em.createNamedQuery("Person.livingWithNeeds", String.class)
                .setParameter("after", afterId == null ? "" : afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<String> idsAfter(String afterId, int limit) {
        return em.createNamedQuery(Person.IDS_AFTER, String.class)
                .setParameter("after", afterId == null ? "" : afterId)
                .setMaxResults(limit)
                .getResultList();
    }
}
