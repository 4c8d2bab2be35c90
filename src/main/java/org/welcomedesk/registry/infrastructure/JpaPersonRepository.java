package org.welcomedesk.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.welcomedesk.registry.domain.Household;
import org.welcomedesk.registry.domain.NameKeys;
import org.welcomedesk.registry.domain.Person;
import org.welcomedesk.registry.domain.PersonRepository;
import org.welcomedesk.registry.domain.ResidenceEvent;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * People in JPA, and their name keys in {@code person_name_key}: phonetic skeletons (S) and
 * trigrams (T) of every form of their names, so a search finds candidates by index lookups
 * and only ranks those.
 */
@ApplicationScoped
public class JpaPersonRepository implements PersonRepository {

    private static final int MAX_KEY_LENGTH = 40;

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
    public void add(Person person) {
        em.persist(person);
        em.flush();
        writeKeys(person);
    }

    @Override
    public void reindex(Person person) {
        em.createNamedQuery(NameKey.DELETE_OF_PERSON).setParameter("personId", person.getId()).executeUpdate();
        writeKeys(person);
    }

    private void writeKeys(Person person) {
        insertKeys(person.getId(), "S", person.nameKeys(NameKeys::skeletons));
        insertKeys(person.getId(), "T", person.nameKeys(NameKeys::trigrams));
    }

    private void insertKeys(String personId, String kind, Collection<String> keys) {
        for (String key : keys) {
            if (!key.isBlank() && key.length() <= MAX_KEY_LENGTH) {
                em.persist(new NameKey(personId, kind, key));
            }
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
    public List<String> candidatesByNameKeys(Collection<String> skeletons, Collection<String> trigrams, int limit) {
        if (skeletons.isEmpty() && trigrams.isEmpty()) {
            return List.of();
        }
        // A shared skeleton weighs as much as four shared trigrams (see NameKey.CANDIDATES).
        return em.createNamedQuery(NameKey.CANDIDATES, Object[].class)
                .setParameter("skeletons", skeletons.isEmpty() ? List.of("") : List.copyOf(skeletons))
                .setParameter("trigrams", trigrams.isEmpty() ? List.of("") : List.copyOf(trigrams))
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
                .setParameter("status", org.welcomedesk.registry.domain.ResidenceStatus.NEWCOMER).getResultList();
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
    public long count() {
        return em.createNamedQuery("Person.count", Long.class).getSingleResult();
    }
}
