package org.welcomedesk.registry.imports.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.welcomedesk.registry.imports.domain.ImportJob;
import org.welcomedesk.registry.imports.domain.ImportJobRepository;
import org.welcomedesk.registry.imports.domain.ImportRow;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Imports and their row outcomes in JPA. */
@ApplicationScoped
public class JpaImportJobRepository implements ImportJobRepository {

    private static final int IN_LIST = 1000;

    @PersistenceContext(unitName = "welcomedesk")
    EntityManager em;

    protected JpaImportJobRepository() {
        // for CDI
    }

    @Override
    public void add(ImportJob job) {
        em.persist(job);
    }

    @Override
    public Optional<ImportJob> find(String id) {
        return Optional.ofNullable(em.find(ImportJob.class, id));
    }

    @Override
    public List<ImportJob> recent(int max) {
        return em.createNamedQuery("ImportJob.recent", ImportJob.class)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<ImportJob> withStatus(Set<ImportJob.Status> statuses) {
        return em.createNamedQuery("ImportJob.withStatus", ImportJob.class)
                .setParameter("statuses", statuses)
                .getResultList();
    }

    @Override
    public void add(ImportRow row) {
        em.persist(row);
    }

    @Override
    public List<ImportRow> problems(String importId, int first, int max) {
        return em.createNamedQuery("ImportRow.problems", ImportRow.class)
                .setParameter("importId", importId)
                .setParameter(
                        "outcomes",
                        Arrays.stream(ImportRow.Outcome.values())
                                .filter(ImportRow.Outcome::isProblem)
                                .toList())
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<String> peopleCreated(String importId, int max) {
        return em.createNamedQuery("ImportRow.peopleCreated", String.class)
                .setParameter("importId", importId)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public void forgetPeople(String importId, Collection<String> personIds) {
        if (!personIds.isEmpty()) {
            em.createNamedQuery("ImportRow.forgetPeople")
                    .setParameter("importId", importId)
                    .setParameter("ids", List.copyOf(personIds))
                    .executeUpdate();
        }
    }

    @Override
    public Set<String> createdAmong(String importId, Collection<String> personIds) {
        Set<String> created = new HashSet<>();
        List<String> all = List.copyOf(new HashSet<>(personIds));
        for (int from = 0; from < all.size(); from += IN_LIST) {
            created.addAll(em.createNamedQuery("ImportRow.createdAmong", String.class)
                    .setParameter("importId", importId)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + IN_LIST)))
                    .getResultList());
        }
        return created;
    }

    @Override
    public void removeRows(String importId) {
        em.createNamedQuery("ImportRow.removeOfImport")
                .setParameter("importId", importId)
                .executeUpdate();
    }
}
