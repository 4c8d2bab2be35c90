package org.welcomedesk.services.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A service as offered at one location, with its own opening hours: the unit a person is
 * referred to (HSDS service_at_location). The location may belong to another organisation (a
 * partner holding sessions in a city building).
 */
@Entity
@NamedQuery(
        name = "ServiceAtLocation.all",
        query =
                "select p from ServiceAtLocation p order by p.service.organization.name, p.service.name, p.location.name, p.id")
@NamedQuery(
        name = "ServiceAtLocation.ofService",
        query = "select p from ServiceAtLocation p where p.service = :service order by p.location.name, p.id")
@Table(name = "service_at_location")
public class ServiceAtLocation {

    @Id
    private String id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "service_id", nullable = false)
    private Service service;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "location_id", nullable = false)
    private Location location;

    @Column(length = 1000)
    private String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "opening_hours", joinColumns = @JoinColumn(name = "service_at_location_id"))
    @OrderColumn(name = "position")
    private List<OpeningHours> hours = new ArrayList<>();

    @Version
    private long version;

    protected ServiceAtLocation() {
        // for JPA
    }

    public ServiceAtLocation(String id, Service service, Location location) {
        this.id = id == null ? UUID.randomUUID().toString() : id;
        this.service = service;
        this.location = location;
    }

    public void describe(String text) {
        this.description = Text.optional("description", text, 1000);
    }

    public void openOn(List<OpeningHours> newHours) {
        hours.clear();
        hours.addAll(newHours);
    }

    public boolean isOpenAt(LocalDateTime moment) {
        return hours.stream().anyMatch(h -> h.isOpenAt(moment));
    }

    /**
     * How well this place suits the person, with every reason: eligibility decides whether it
     * is offered; needs met, a language spoken there, distance, opening now and places left
     * decide the order.
     *
     * @param placesLeft places left now (capacity minus open referrals), or null when unlimited
     */
    public ServiceFit fitFor(PersonProfile person, Integer placesLeft, LocalDateTime now) {
        return ServiceFit.of(this, person, placesLeft, now);
    }

    public String getId() {
        return id;
    }

    public Service getService() {
        return service;
    }

    public Location getLocation() {
        return location;
    }

    public String getDescription() {
        return description;
    }

    public List<OpeningHours> getHours() {
        return List.copyOf(hours);
    }

    public long getVersion() {
        return version;
    }
}
