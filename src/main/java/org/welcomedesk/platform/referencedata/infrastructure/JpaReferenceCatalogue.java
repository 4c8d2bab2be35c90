package org.welcomedesk.platform.referencedata.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.welcomedesk.platform.referencedata.domain.Country;
import org.welcomedesk.platform.referencedata.domain.Language;
import org.welcomedesk.platform.referencedata.domain.ReferenceCatalogue;

import java.util.List;

@ApplicationScoped
public class JpaReferenceCatalogue implements ReferenceCatalogue {

    @PersistenceContext(unitName = "welcomedesk")
    EntityManager em;

    protected JpaReferenceCatalogue() {
        // for CDI
    }

    public JpaReferenceCatalogue(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Country> countries() {
        return em.createNamedQuery("Country.all", Country.class).getResultList();
    }

    @Override
    public List<Language> languages() {
        return em.createNamedQuery("Language.all", Language.class).getResultList();
    }
}
