package org.welcomedesk.registry.duplicates.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import org.welcomedesk.platform.persistence.InListStatements;
import org.welcomedesk.registry.duplicates.domain.MatchIndex;
import org.welcomedesk.registry.duplicates.domain.matching.MatchProfile;
import org.welcomedesk.registry.records.domain.PeopleAdded;
import org.welcomedesk.registry.records.domain.PeopleRemoved;
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.registry.records.domain.PersonRefiled;
import org.welcomedesk.registry.records.domain.Sex;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The match index in the database: blocking keys in {@code person_match_key} ({@link MatchKey}),
 * profiles read from the people's rows. People are filed as the registry stores or changes them
 * (its events, in the same transaction), the keys of a batch in one JDBC batch.
 */
@ApplicationScoped
public class JpaMatchIndex implements MatchIndex {

    private static final int MAX_KEY_LENGTH = 64;
    private static final String INSERT_KEY = "insert into person_match_key (person_id, match_key) values (?, ?)";
    private static final String DELETE_KEYS = "delete from person_match_key where person_id in (?)";

    @PersistenceContext(unitName = "welcomedesk")
    EntityManager em;

    void onAdded(@Observes PeopleAdded added) {
        file(added.people());
    }

    void onRefiled(@Observes PersonRefiled refiled) {
        InListStatements.run(em, List.of(DELETE_KEYS), List.of(refiled.person().getId()));
        file(List.of(refiled.person()));
    }

    void onRemoved(@Observes PeopleRemoved removed) {
        InListStatements.run(em, List.of(DELETE_KEYS), removed.personIds());
    }

    /** The blocking keys of each person, in one JDBC batch (the registry has written their rows). */
    private void file(List<Person> people) {
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement insert = connection.prepareStatement(INSERT_KEY)) {
            for (Person person : people) {
                for (String key : MatchProfile.of(person).blockingKeys()) {
                    if (!key.isBlank() && key.length() <= MAX_KEY_LENGTH) {
                        insert.setString(1, person.getId());
                        insert.setString(2, key);
                        insert.addBatch();
                    }
                }
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("writing match keys", e);
        }
    }

    @Override
    public void unfile(String personId) {
        em.flush();
        InListStatements.run(em, List.of(DELETE_KEYS), List.of(personId));
    }

    @Override
    public List<String> notFiled(int max) {
        return em.createNamedQuery(MatchKey.UNINDEXED, String.class)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<String> candidates(Collection<String> keys, int limit) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return em
                .createNamedQuery(MatchKey.CANDIDATES, Object[].class)
                .setParameter("keys", List.copyOf(keys))
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(row -> (String) row[0])
                .toList();
    }

    @Override
    public Map<String, List<String>> peopleByKeys(Collection<String> keys) {
        Map<String, List<String>> people = new HashMap<>();
        for (List<String> slice : InListStatements.slices(keys)) {
            em.createNamedQuery(MatchKey.PEOPLE_OF_KEYS, Object[].class)
                    .setParameter("keys", slice)
                    .getResultList()
                    .forEach(row -> people.computeIfAbsent((String) row[0], k -> new ArrayList<>())
                            .add((String) row[1]));
        }
        return people;
    }

    @Override
    public List<MatchProfile> profiles(Collection<String> ids) {
        List<MatchProfile> profiles = new ArrayList<>(ids.size());
        for (List<String> slice : InListStatements.slices(new TreeSet<>(ids))) {
            List<Object[]> rows = em.createNamedQuery(MatchKey.PROFILES, Object[].class)
                    .setParameter("ids", slice)
                    .getResultList();
            if (!rows.isEmpty()) {
                profiles.addAll(toProfiles(
                        rows,
                        documentNumbers(em.createNamedQuery(MatchKey.DOCUMENT_NUMBERS_OF, Object[].class)
                                .setParameter(
                                        "ids",
                                        rows.stream().map(r -> (String) r[0]).toList()))));
            }
        }
        return profiles;
    }

    @Override
    public void forEachProfileBatch(int batchSize, Consumer<List<MatchProfile>> batch) {
        String after = "";
        while (true) {
            List<Object[]> rows = em.createNamedQuery(MatchKey.PROFILES_AFTER, Object[].class)
                    .setParameter("after", after)
                    .setMaxResults(batchSize)
                    .getResultList();
            if (rows.isEmpty()) {
                return;
            }
            String last = (String) rows.get(rows.size() - 1)[0];
            batch.accept(toProfiles(
                    rows,
                    documentNumbers(em.createNamedQuery(MatchKey.DOCUMENT_NUMBERS_IN_RANGE, Object[].class)
                            .setParameter("after", after)
                            .setParameter("last", last))));
            after = last;
            em.clear();
        }
    }

    /** The document numbers a query of (person id, number key) rows finds, by person. */
    private static Map<String, Set<String>> documentNumbers(TypedQuery<Object[]> numbers) {
        Map<String, Set<String>> documents = new HashMap<>();
        numbers.getResultList()
                .forEach(d -> documents
                        .computeIfAbsent((String) d[0], k -> new TreeSet<>())
                        .add((String) d[1]));
        return documents;
    }

    /** Profiles of the rows of a profile query, with the given document numbers by person. */
    private static List<MatchProfile> toProfiles(List<Object[]> rows, Map<String, Set<String>> documents) {
        List<MatchProfile> profiles = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            String id = (String) r[0];
            profiles.add(new MatchProfile(
                    id,
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (Sex) r[5],
                    (Integer) r[6],
                    (Integer) r[7],
                    (Integer) r[8],
                    Boolean.TRUE.equals(r[9]),
                    (String) r[10],
                    documents.getOrDefault(id, Set.of()),
                    (String) r[11],
                    (String) r[12]));
        }
        return profiles;
    }
}
