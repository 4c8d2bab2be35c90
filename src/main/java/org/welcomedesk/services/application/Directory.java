package org.welcomedesk.services.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.welcomedesk.platform.error.NotFound;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.registry.records.domain.NeedCategory;
import org.welcomedesk.registry.records.domain.SkillGroup;
import org.welcomedesk.services.domain.Criterion;
import org.welcomedesk.services.domain.DirectoryRepository;
import org.welcomedesk.services.domain.EligibilityRule;
import org.welcomedesk.services.domain.Location;
import org.welcomedesk.services.domain.OfferKind;
import org.welcomedesk.services.domain.OpeningHours;
import org.welcomedesk.services.domain.Organization;
import org.welcomedesk.services.domain.ReferralRepository;
import org.welcomedesk.services.domain.Service;
import org.welcomedesk.services.domain.ServiceAtLocation;
import org.welcomedesk.services.domain.ServiceStatus;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * Administrators' upkeep of the service directory. Every save names the version it was based
 * on; if someone saved in between, the save is refused and nothing is overwritten.
 */
@ApplicationScoped
public class Directory {

    @Inject
    DirectoryRepository directory;

    @Inject
    ReferralRepository referrals;

    @Transactional
    public List<Organization> organizations() {
        return directory.organizations();
    }

    @Transactional
    public List<Location> locations() {
        return directory.locations();
    }

    @Transactional
    public List<Service> services() {
        return directory.services();
    }

    @Transactional
    public List<ServiceAtLocation> places() {
        return directory.places();
    }

    /** Services meeting the need and of the kind, each filter left out when null. */
    @Transactional
    public List<Service> services(NeedCategory need, OfferKind offer) {
        return directory.services().stream()
                .filter(s -> need == null || s.getCategories().contains(need))
                .filter(s -> offer == null || s.getOffer() == offer)
                .toList();
    }

    @Transactional
    public List<Location> locationsOf(String organizationId) {
        return directory.locationsOf(organization(organizationId));
    }

    @Transactional
    public List<Service> servicesOf(String organizationId) {
        return directory.servicesOf(organization(organizationId));
    }

    @Transactional
    public Organization organization(String id) {
        return directory.organization(id).orElseThrow(() -> new NotFound("organization"));
    }

    @Transactional
    public Location location(String id) {
        return directory.location(id).orElseThrow(() -> new NotFound("location"));
    }

    @Transactional
    public Service service(String id) {
        return directory.service(id).orElseThrow(() -> new NotFound("service"));
    }

    @Transactional
    public ServiceAtLocation place(String id) {
        return directory.place(id).orElseThrow(() -> new NotFound("service at location"));
    }

    @Transactional
    public List<ServiceAtLocation> placesOf(String serviceId) {
        return directory.placesOf(service(serviceId));
    }

    /** Adds (id null) or updates an organisation. */
    @Transactional
    public Organization save(OrganizationForm form) {
        Organization organization;
        if (form.id() == null) {
            organization = new Organization(null, form.name());
            directory.add(organization);
        } else {
            organization = organization(form.id());
            requireVersion(organization.getVersion(), form.version());
            organization.rename(form.name());
        }
        organization.describe(form.description(), form.email(), form.website());
        String code = form.partnerCode() == null || form.partnerCode().isBlank()
                ? null
                : form.partnerCode().strip();
        if (code != null
                && directory
                        .organizationWorkedBy(code)
                        .filter(o -> o != organization)
                        .isPresent()) {
            throw new RuleViolation("partnerCode", "directory.partnerCode.taken");
        }
        organization.assignPartnerCode(code);
        return organization;
    }

    /** Adds (id null) or updates a location of an organisation. */
    @Transactional
    public Location save(LocationForm form) {
        Location location;
        if (form.id() == null) {
            location = new Location(null, organization(form.organizationId()), form.name());
            directory.add(location);
        } else {
            location = location(form.id());
            requireVersion(location.getVersion(), form.version());
            location.rename(form.name());
        }
        location.describe(form.description());
        location.placeAt(
                form.address(),
                form.postalCode(),
                form.city(),
                form.stateProvince(),
                form.country(),
                form.districtCode());
        location.position(form.latitude(), form.longitude());
        return location;
    }

    /** Adds (id null) or updates a service with its eligibility rules. */
    @Transactional
    public Service save(ServiceForm form) {
        Service service;
        if (form.id() == null) {
            service = new Service(null, organization(form.organizationId()), form.name(), form.offer());
            directory.add(service);
        } else {
            service = service(form.id());
            requireVersion(service.getVersion(), form.version());
            directory.newVersion(service);
            service.rename(form.name());
        }
        service.offerAs(form.offer(), form.status());
        service.describe(form.description(), form.url(), form.email(), form.phone());
        service.explainAccess(form.eligibilityDescription(), form.applicationProcess(), form.feesDescription());
        service.meets(form.categories());
        service.speaks(form.languages());
        service.asksForSkills(form.skills());
        service.asksToBring(form.documentsToBring());
        service.limitTo(form.capacity());
        service.restrictTo(form.rules().stream()
                .map(r -> new EligibilityRule(r.criterion(), r.value()))
                .toList());
        return service;
    }

    /** Offers a service at a location (id null) or changes its opening hours. */
    @Transactional
    public ServiceAtLocation save(PlaceForm form) {
        ServiceAtLocation place;
        if (form.id() == null) {
            Service service = service(form.serviceId());
            Location location = location(form.locationId());
            if (directory.placesOf(service).stream().anyMatch(p -> p.getLocation() == location)) {
                throw new RuleViolation("location", "directory.place.exists");
            }
            place = new ServiceAtLocation(null, service, location);
            directory.add(place);
        } else {
            place = place(form.id());
            requireVersion(place.getVersion(), form.version());
            directory.newVersion(place);
        }
        place.describe(form.description());
        place.openOn(form.hours().stream()
                .map(h -> new OpeningHours(h.byDay(), h.opensAt(), h.closesAt(), h.description()))
                .toList());
        return place;
    }

    /** Stops offering a service at a location; refused once anyone was referred there. */
    @Transactional
    public void remove(String placeId) {
        ServiceAtLocation place = place(placeId);
        if (referrals.anyTo(place)) {
            throw new RuleViolation("place", "directory.place.referred");
        }
        directory.remove(place);
    }

    private static void requireVersion(long saved, Long basedOn) {
        if (basedOn != null && basedOn != saved) {
            throw new RuleViolation("version", "edit.conflict");
        }
    }

    /** An organisation as edited; id null for a new one. */
    public record OrganizationForm(
            String id,
            Long version,
            String name,
            String description,
            String email,
            String website,
            String partnerCode) {}

    /** A location as edited; id null for a new one. */
    public record LocationForm(
            String id,
            Long version,
            String organizationId,
            String name,
            String description,
            String address,
            String postalCode,
            String city,
            String stateProvince,
            String country,
            String districtCode,
            Double latitude,
            Double longitude) {}

    /** A service as edited; id null for a new one. */
    public record ServiceForm(
            String id,
            Long version,
            String organizationId,
            String name,
            String description,
            String url,
            String email,
            String phone,
            ServiceStatus status,
            OfferKind offer,
            String eligibilityDescription,
            String applicationProcess,
            String feesDescription,
            Integer capacity,
            Set<NeedCategory> categories,
            List<String> languages,
            Set<SkillGroup> skills,
            List<String> documentsToBring,
            List<RuleForm> rules) {}

    /** One eligibility rule as edited. */
    public record RuleForm(Criterion criterion, String value) {}

    /** A service at a location as edited; id null to offer it at a new location. */
    public record PlaceForm(
            String id, Long version, String serviceId, String locationId, String description, List<HoursForm> hours) {}

    /** One weekly opening period as edited. */
    public record HoursForm(String byDay, LocalTime opensAt, LocalTime closesAt, String description) {}
}
