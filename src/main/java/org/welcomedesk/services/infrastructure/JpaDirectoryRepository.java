package org.welcomedesk.services.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.welcomedesk.services.domain.DirectoryRepository;
import org.welcomedesk.services.domain.Location;
import org.welcomedesk.services.domain.Organization;
import org.welcomedesk.services.domain.Service;
import org.welcomedesk.services.domain.ServiceAtLocation;

import java.util.List;
import java.util.Optional;

/** The directory in the application's database. */
@ApplicationScoped
public class JpaDirectoryRepository implements DirectoryRepository {

    @PersistenceContext(unitName = "welcomedesk")
    EntityManager em;

    @Override
    public List<Organization> organizations() {
        return em.createNamedQuery("Organization.all", Organization.class).getResultList();
    }

    @Override
    public Optional<Organization> organization(String id) {
        return Optional.ofNullable(id == null ? null : em.find(Organization.class, id));
    }

    @Override
    public Optional<Organization> organizationWorkedBy(String partnerCode) {
        return em.createNamedQuery("Organization.byPartnerCode", Organization.class)
                .setParameter("code", partnerCode)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Location> locations() {
        return em.createNamedQuery("Location.all", Location.class).getResultList();
    }

    @Override
    public Optional<Location> location(String id) {
        return Optional.ofNullable(id == null ? null : em.find(Location.class, id));
    }

    @Override
    public List<Location> locationsOf(Organization organization) {
        return em.createNamedQuery("Location.of", Location.class)
                .setParameter("organization", organization)
                .getResultList();
    }

    @Override
    public List<Service> servicesOf(Organization organization) {
        return em.createNamedQuery("Service.of", Service.class)
                .setParameter("organization", organization)
                .getResultList();
    }

    @Override
    public List<Service> services() {
        return em.createNamedQuery("Service.all", Service.class).getResultList();
    }

    @Override
    public Optional<Service> service(String id) {
        return Optional.ofNullable(id == null ? null : em.find(Service.class, id));
    }

    @Override
    public List<ServiceAtLocation> places() {
        return em.createNamedQuery("ServiceAtLocation.all", ServiceAtLocation.class)
                .getResultList();
    }

    @Override
    public Optional<ServiceAtLocation> place(String id) {
        return Optional.ofNullable(id == null ? null : em.find(ServiceAtLocation.class, id));
    }

    @Override
    public List<ServiceAtLocation> placesOf(Service service) {
        return em.createNamedQuery("ServiceAtLocation.ofService", ServiceAtLocation.class)
                .setParameter("service", service)
                .getResultList();
    }

    @Override
    public void add(Organization organization) {
        em.persist(organization);
    }

    @Override
    public void add(Location location) {
        em.persist(location);
    }

    @Override
    public void add(Service service) {
        em.persist(service);
    }

    @Override
    public void add(ServiceAtLocation place) {
        em.persist(place);
    }

    @Override
    public void newVersion(Object serviceOrPlace) {
        em.lock(serviceOrPlace, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    @Override
    public void remove(ServiceAtLocation place) {
        em.remove(em.contains(place) ? place : em.merge(place));
    }
}
