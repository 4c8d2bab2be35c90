package org.welcomedesk.services.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.welcomedesk.platform.error.NotFound;
import org.welcomedesk.privacy.application.AuditTrail;
import org.welcomedesk.privacy.domain.AuditEntry;
import org.welcomedesk.registry.records.domain.NeedCategory;
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.registry.records.domain.PersonRepository;
import org.welcomedesk.services.domain.DirectoryRepository;
import org.welcomedesk.services.domain.PersonProfile;
import org.welcomedesk.services.domain.ReferralRepository;
import org.welcomedesk.services.domain.ServiceAtLocation;
import org.welcomedesk.services.domain.ServiceFit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * From a person's needs and profile, the services that could help, best first, each with its
 * reasons; the ones the person cannot use come separately with the condition that failed; jobs
 * and training ranked by the skills and languages the person has.
 */
@ApplicationScoped
public class ServiceMatching {

    @Inject
    PersonRepository people;

    @Inject
    DirectoryRepository directory;

    @Inject
    ReferralRepository referrals;

    @Inject
    RoutingProfiles profiles;

    @Inject
    AuditTrail audit;

    @Inject
    DirectorySettings settings;

    Clock clock = Clock.systemUTC();

    /**
     * Matches for the person's needs (the latest visit's when {@code needs} is empty). Reading
     * the person for it is audited.
     */
    @Transactional
    public Matches forPerson(String personId, Set<NeedCategory> needs) {
        Person person = people.find(personId).filter(p -> !p.isMerged()).orElseThrow(() -> new NotFound("person"));
        audit.record(AuditEntry.Action.VIEW, AuditTrail.PERSON, personId, List.of("routing"));
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        return match(profiles.of(person, needs, today), LocalDateTime.now(clock.withZone(settings.zone())));
    }

    /** Matches for a profile (no registry read): the rules and ranking alone. */
    public Matches match(PersonProfile profile, LocalDateTime now) {
        return match(profile, now, directory.places(), referrals.openCountsByService());
    }

    /**
     * Matches against a directory and its open referrals read once by the caller (a pass over
     * many people).
     */
    public Matches match(
            PersonProfile profile, LocalDateTime now, List<ServiceAtLocation> places, Map<String, Long> taken) {
        List<ServiceFit> services = new ArrayList<>();
        List<ServiceFit> opportunities = new ArrayList<>();
        for (ServiceAtLocation place : places) {
            if (!place.getService().isActive()) {
                continue;
            }
            Integer capacity = place.getService().getCapacity();
            Integer left = capacity == null
                    ? null
                    : (int) Math.max(
                            0, capacity - taken.getOrDefault(place.getService().getId(), 0L));
            if (place.getService().getOffer().isOpportunity()) {
                opportunities.add(place.fitFor(profile, left, now));
            } else if (place.getService().meetsAnyOf(profile.needs())) {
                services.add(place.fitFor(profile, left, now));
            }
        }
        services.sort(ServiceFit.BEST_FIRST);
        opportunities.sort(ServiceFit.BEST_FIRST);
        Set<NeedCategory> unmet = profile.needs().isEmpty() ? Set.of() : EnumSet.copyOf(profile.needs());
        services.stream()
                .filter(ServiceFit::eligible)
                .forEach(f -> unmet.removeAll(f.place().getService().getCategories()));
        opportunities.stream()
                .filter(ServiceFit::eligible)
                .forEach(f -> unmet.removeAll(f.place().getService().getCategories()));
        return new Matches(
                List.copyOf(new java.util.TreeSet<>(profile.needs())),
                services,
                opportunities,
                List.copyOf(new java.util.TreeSet<>(unmet)));
    }

    /**
     * What matching found.
     *
     * @param needs          the needs matched against
     * @param services       services meeting one of the needs, eligible first
     * @param opportunities  jobs and training, eligible first
     * @param unmetNeeds     needs no eligible service or opportunity meets
     */
    public record Matches(
            List<NeedCategory> needs,
            List<ServiceFit> services,
            List<ServiceFit> opportunities,
            List<NeedCategory> unmetNeeds) {

        public List<ServiceFit> eligibleServices() {
            return services.stream().filter(ServiceFit::eligible).toList();
        }

        public List<ServiceFit> ineligibleServices() {
            return services.stream().filter(f -> !f.eligible()).toList();
        }
    }
}
