package org.welcomedesk.services.domain;

import java.util.List;
import java.util.Optional;

/** The service directory: organisations, their locations and services, and where each is offered. */
public interface DirectoryRepository {

    List<Organization> organizations();

    Optional<Organization> organization(String id);

    Optional<Organization> organizationWorkedBy(String partnerCode);

    List<Location> locations();

    Optional<Location> location(String id);

    List<Location> locationsOf(Organization organization);

    List<Service> servicesOf(Organization organization);

    List<Service> services();

    Optional<Service> service(String id);

    List<ServiceAtLocation> places();

    Optional<ServiceAtLocation> place(String id);

    List<ServiceAtLocation> placesOf(Service service);

    void add(Organization organization);

    void add(Location location);

    void add(Service service);

    void add(ServiceAtLocation place);

    void remove(ServiceAtLocation place);

    /**
     * Counts a save as a new version even when only collections changed (rules, languages,
     * opening hours), so a later save based on the old version is refused.
     */
    void newVersion(Object serviceOrPlace);
}
