package org.welcomedesk.platform.referencedata.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.welcomedesk.platform.referencedata.domain.District;
import org.welcomedesk.platform.referencedata.domain.DistrictRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDistrictRepository implements DistrictRepository {

    @PersistenceContext(unitName = "welcomedesk")
    EntityManager em;

    protected JpaDistrictRepository() {
        // for CDI
    }

    /** For use outside the container (tests on a plain EntityManager). */
    public JpaDistrictRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<District> validOn(String cityCode, LocalDate date) {
        return em.createNamedQuery("District.validOn", District.class)
                .setParameter("city", cityCode)
                .setParameter("date", date)
                .getResultList();
    }

    @Override
    public List<District> withCode(String cityCode, String code) {
        return em.createNamedQuery("District.withCode", District.class)
                .setParameter("city", cityCode)
                .setParameter("code", code)
                .getResultList();
    }

    @Override
    public List<District> allIn(String cityCode) {
        return em.createNamedQuery("District.allInCity", District.class)
                .setParameter("city", cityCode)
                .getResultList();
    }

    @Override
    public Optional<District> find(long id) {
        return Optional.ofNullable(em.find(District.class, id));
    }

    @Override
    public void add(District district) {
        em.persist(district);
    }
}
