package org.welcomedesk.registry.records.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.welcomedesk.registry.records.domain.Household;
import org.welcomedesk.registry.records.domain.NameKeys;
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.registry.records.domain.PersonRepository.NameKeyKind;
import org.welcomedesk.registry.records.domain.PersonRepository;
import org.welcomedesk.registry.records.domain.ResidenceEvent;

import jakarta.persistence.PersistenceException;
import org.welcomedesk.registry.duplicates.domain.PersonMerge;
import org.welcomedesk.registry.duplicates.domain.matching.MatchProfile;
import org.welcomedesk.registry.duplicates.infrastructure.MatchKey;
import org.welcomedesk.registry.records.domain.Sex;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * People in JPA, and their name keys in {@code person_name_key}: word skeletons (S), pairs of
 * words (P) and words with another word's prefix (Q), of every form of their names, so a search
 * finds candidates by selective index lookups and only ranks those.
 */
@ApplicationScoped
public class JpaPersonRepository implements PersonRepository {

    private static final int MAX_KEY_LENGTH = 40;
    private static final int MAX_MATCH_KEY_LENGTH = 64;
    /** Ids per {@code in (...)} list: well within what H2 and PostgreSQL plan quickly. */
    private static final int IN_LIST = 1000;

    private static final String INSERT_NAME_KEY = "insert into person_name_key (person_id, kind, name_key) values (?, ?, ?)";
    private static final String INSERT_MATCH_KEY = "insert into person_match_key (person_id, match_key) values (?, ?)";
    private static final String DELETE_NAME_KEYS = "delete from person_name_key where person_id in (?)";
    private static final String DELETE_MATCH_KEYS = "delete from person_match_key where person_id in (?)";

    /** Moving one item of a merge: new owner, item id, old owner (so nothing else moves). */
    private static final Map<PersonMerge.ItemKind, String> MOVE = Map.of(
            PersonMerge.ItemKind.EVENT, "update residence_event set person_id = ? where id = ? and person_id = ?",
            PersonMerge.ItemKind.DOCUMENT, "update identity_document set person_id = ? where id = ? and person_id = ?",
            PersonMerge.ItemKind.CONSENT, "update consent set person_id = ? where id = ? and person_id = ?",
            PersonMerge.ItemKind.ASSESSMENT, "update needs_assessment set person_id = ? where id = ? and person_id = ?",
            PersonMerge.ItemKind.REFERRAL, "update referral set person_id = ? where id = ? and person_id = ?");

    /** Everything recorded on a person, children first; {@code (?)} stands for the id list. */
    private static final List<String> REMOVE_PERSON = List.of(
            DELETE_NAME_KEYS, DELETE_MATCH_KEYS,
            "delete from need where assessment_id in (select id from needs_assessment where person_id in (?))",
            "delete from needs_assessment where person_id in (?)",
            "delete from consent where person_id in (?)",
            "delete from identity_document where person_id in (?)",
            "update residence_event set corrects_event_id = null where person_id in (?)",
            "delete from residence_event where person_id in (?)",
            "delete from person_citizenship where person_id in (?)",
            "delete from person_language where person_id in (?)",
            "delete from person_skill where person_id in (?)",
            "delete from referral_transition where referral_id in (select id from referral where person_id in (?))",
            "delete from referral where person_id in (?)",
            "delete from duplicate_pair where person_a in (?)",
            "delete from duplicate_pair where person_b in (?)",
            "delete from registration_decision where person_id in (?)",
            "delete from person where id in (?)");

    @PersistenceContext(unitName = "welcomedesk")
    EntityManager em;

    protected JpaPersonRepository() {
        // for CDI
    }

    public JpaPersonRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Person> find(String id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    @Override
    public List<Person> findAll(Collection<String> ids) {
        return ids.isEmpty() ? List.of()
                : em.createNamedQuery("Person.withIds", Person.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public List<Person> findAllWithResidence(Collection<String> ids) {
        // the eager collections too: otherwise each is one more query per person
        return ids.isEmpty() ? List.of()
                : em.createNamedQuery("Person.withIds", Person.class).setParameter("ids", ids)
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
    }

    @Override
    public void reindex(Person person) {
        em.flush();
        deleteKeysOf(List.of(person.getId()));
        writeKeys(List.of(person));
    }

    @Override
    public List<String> notIndexed(int max) {
        return em.createNamedQuery(MatchKey.UNINDEXED, String.class).setMaxResults(max).getResultList();
    }

    @Override
    public void unindex(Person person) {
        em.flush();
        deleteKeysOf(List.of(person.getId()));
    }

    /** Name keys (S, T) and match keys of each person, in one JDBC batch per table. */
    private void writeKeys(List<Person> persons) {
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement names = connection.prepareStatement(INSERT_NAME_KEY);
             PreparedStatement matches = connection.prepareStatement(INSERT_MATCH_KEY)) {
            for (Person person : persons) {
                // transliterated once per person: the pairs are made from the words
                Set<String> words = person.nameKeys(NameKeys::wordKeys);
                addNameKeys(names, person.getId(), NameKeyKind.WORD.code(), words);
                addNameKeys(names, person.getId(), NameKeyKind.PAIR.code(), NameKeys.pairKeys(words));
                addNameKeys(names, person.getId(), NameKeyKind.PREFIX_PAIR.code(), NameKeys.prefixPairKeys(words));
                for (String key : MatchProfile.of(person).blockingKeys()) {
                    if (!key.isBlank() && key.length() <= MAX_MATCH_KEY_LENGTH) {
                        matches.setString(1, person.getId());
                        matches.setString(2, key);
                        matches.addBatch();
                    }
                }
            }
            names.executeBatch();
            matches.executeBatch();
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
        execute(List.of(DELETE_NAME_KEYS, DELETE_MATCH_KEYS), ids);
    }

    /** Runs each statement (with one {@code in (...)} placeholder list) for the ids, in slices. */
    private void execute(List<String> statements, Collection<String> ids) {
        Connection connection = em.unwrap(Connection.class);
        List<String> all = List.copyOf(ids);
        try {
            for (int from = 0; from < all.size(); from += IN_LIST) {
                List<String> slice = all.subList(from, Math.min(all.size(), from + IN_LIST));
                String placeholders = String.join(",", java.util.Collections.nCopies(slice.size(), "?"));
                for (String sql : statements) {
                    try (PreparedStatement statement = connection.prepareStatement(sql.replace("(?)", "(" + placeholders + ")"))) {
                        for (int i = 0; i < slice.size(); i++) {
                            statement.setString(i + 1, slice.get(i));
                        }
                        statement.executeUpdate();
                    }
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("updating people", e);
        }
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
        return em.createNamedQuery(NameKey.CANDIDATES, Object[].class)
                .setParameter("kind", kind.code())
                .setParameter("keys", List.copyOf(keys))
                .setMaxResults(limit)
                .getResultList().stream().map(row -> (String) row[0]).toList();
    }

    @Override
    public List<Person> withDocumentNumber(String numberKey) {
        return em.createNamedQuery("Person.withDocument", Person.class).setParameter("numberKey", numberKey)
                .getResultList();
    }

    @Override
    public List<Person> withPhoneDigits(String digits) {
        return em.createNamedQuery("Person.withPhone", Person.class).setParameter("digits", digits).getResultList();
    }

    @Override
    public List<String> bornBetween(int fromYear, int toYear) {
        return em.createNamedQuery("Person.bornBetween", String.class)
                .setParameter("fromYear", fromYear).setParameter("toYear", toYear).getResultList();
    }

    @Override
    public List<Person> newcomers() {
        return em.createNamedQuery("Person.newcomers", Person.class)
                .setParameter("status", org.welcomedesk.registry.records.domain.ResidenceStatus.NEWCOMER).getResultList();
    }

    @Override
    public List<Person> withProvisionalEventsBefore(LocalDate eventDateBefore) {
        return em.createNamedQuery("ResidenceEvent.provisionalDue", ResidenceEvent.class)
                .setParameter("dueBefore", eventDateBefore).getResultList().stream()
                .map(ResidenceEvent::getPerson).distinct().toList();
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
    public List<String> candidatesByMatchKeys(Collection<String> keys, int limit) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(MatchKey.CANDIDATES, Object[].class)
                .setParameter("keys", List.copyOf(keys))
                .setMaxResults(limit)
                .getResultList().stream().map(row -> (String) row[0]).toList();
    }

    @Override
    public Map<String, List<String>> peopleByMatchKeys(Collection<String> keys) {
        Map<String, List<String>> people = new HashMap<>();
        List<String> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += IN_LIST) {
            em.createNamedQuery(MatchKey.PEOPLE_OF_KEYS, Object[].class)
                    .setParameter("keys", all.subList(from, Math.min(all.size(), from + IN_LIST)))
                    .getResultList()
                    .forEach(row -> people.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((String) row[1]));
        }
        return people;
    }

    @Override
    public List<MatchProfile> profiles(Collection<String> ids) {
        return profiles(ids, true);
    }

    @Override
    public List<MatchProfile> profilesWithoutDocuments(Collection<String> ids) {
        return profiles(ids, false);
    }

    private List<MatchProfile> profiles(Collection<String> ids, boolean withDocuments) {
        List<String> all = List.copyOf(new java.util.TreeSet<>(ids));
        List<MatchProfile> profiles = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += IN_LIST) {
            List<Object[]> rows = em.createNamedQuery("Person.profiles", Object[].class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + IN_LIST))).getResultList();
            if (!rows.isEmpty()) {
                profiles.addAll(toProfiles(rows, withDocuments
                        ? documentNumbers(em.createNamedQuery("IdentityDocument.numbersOf", Object[].class)
                                .setParameter("ids", rows.stream().map(r -> (String) r[0]).toList()))
                        : Map.of()));
            }
        }
        return profiles;
    }

    @Override
    public void forEachProfileBatch(int batchSize, Consumer<List<MatchProfile>> batch) {
        String after = "";
        while (true) {
            List<Object[]> rows = em.createNamedQuery("Person.profilesAfter", Object[].class)
                    .setParameter("after", after).setMaxResults(batchSize).getResultList();
            if (rows.isEmpty()) {
                return;
            }
            String last = (String) rows.get(rows.size() - 1)[0];
            batch.accept(toProfiles(rows, documentNumbers(em.createNamedQuery("IdentityDocument.numbersInRange",
                    Object[].class).setParameter("after", after).setParameter("last", last))));
            after = last;
            em.clear();
        }
    }

    /** The document numbers a query of (person id, number key) rows finds, by person. */
    private static Map<String, Set<String>> documentNumbers(jakarta.persistence.TypedQuery<Object[]> numbers) {
        Map<String, Set<String>> documents = new HashMap<>();
        numbers.getResultList()
                .forEach(d -> documents.computeIfAbsent((String) d[0], k -> new java.util.TreeSet<>()).add((String) d[1]));
        return documents;
    }

    /** Profiles of the rows of a profile query, with the given document numbers by person. */
    private static List<MatchProfile> toProfiles(List<Object[]> rows, Map<String, Set<String>> documents) {
        List<MatchProfile> profiles = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            String id = (String) r[0];
            profiles.add(new MatchProfile(id, (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (Sex) r[5], (Integer) r[6], (Integer) r[7], (Integer) r[8], Boolean.TRUE.equals(r[9]),
                    (String) r[10], documents.getOrDefault(id, Set.of()), (String) r[11], (String) r[12]));
        }
        return profiles;
    }

    @Override
    public List<String> mergedInto(String id) {
        return em.createNamedQuery("Person.mergedInto", String.class).setParameter("id", id).getResultList();
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

    @Override
    public void removeAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        em.flush();
        execute(REMOVE_PERSON, ids);
        em.clear();
    }

    @Override
    public long count() {
        return em.createNamedQuery("Person.count", Long.class).getSingleResult();
    }

    @Override
    public List<String> livingWithNeeds(String afterId, int limit) {
        return em.createNamedQuery("Person.livingWithNeeds", String.class).setParameter("after", afterId == null ? "" : afterId)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<String> idsAfter(String afterId, int limit) {
        return em.createNamedQuery(Person.IDS_AFTER, String.class).setParameter("after", afterId == null ? "" : afterId)
                .setMaxResults(limit).getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Long> referralsOf(String personId) {
        // the referral table belongs to the services feature; only its owner column is read here
        return ((List<Number>) em.createNativeQuery("select id from referral where person_id = ?")
                .setParameter(1, personId).getResultList()).stream().map(Number::longValue).toList();
    }
}
