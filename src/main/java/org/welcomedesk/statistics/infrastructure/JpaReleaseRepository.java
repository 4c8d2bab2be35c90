package org.welcomedesk.statistics.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.welcomedesk.statistics.domain.Release;
import org.welcomedesk.statistics.domain.ReleaseRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaReleaseRepository implements ReleaseRepository {

    @PersistenceContext(unitName = "welcomedesk")
    EntityManager em;

    @Override
    public void add(Release entry) {
        em.persist(entry);
    }

    @Override
    public List<Release> all() {
        return em.createNamedQuery(Release.ALL, Release.class).getResultList();
    }

    @Override
    public List<Release> releases() {
        return em.createNamedQuery(Release.OF_KIND, Release.class)
                .setParameter("kind", Release.Kind.RELEASE)
                .getResultList();
    }

    @Override
    public Optional<Release> find(long id) {
        return Optional.ofNullable(em.find(Release.class, id));
    }
}
