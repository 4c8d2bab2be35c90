package org.welcomedesk.services.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.welcomedesk.platform.referencedata.domain.District;
import org.welcomedesk.platform.referencedata.domain.DistrictRepository;
import org.welcomedesk.registry.records.domain.IdentityDocument;
import org.welcomedesk.registry.records.domain.NeedCategory;
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.services.domain.GeoPoint;
import org.welcomedesk.services.domain.PersonProfile;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads from a registry record the few facts routing needs (see {@link PersonProfile}); an
 * expired document does not count as held.
 */
@ApplicationScoped
public class RoutingProfiles {

    @Inject
    DistrictRepository districts;

    /** The person's profile today, for the given needs (the latest visit's when empty). */
    public PersonProfile of(Person person, Set<NeedCategory> needs, LocalDate today) {
        District district = person.getDistrictId() == null
                ? null
                : districts.find(person.getDistrictId()).orElse(null);
        Integer months = person.arrivedOn()
                .map(arrived -> (int) ChronoUnit.MONTHS.between(arrived, today))
                .orElse(null);
        Set<String> languages = new HashSet<>(person.getLanguages());
        if (person.getPreferredLanguage() != null) {
            languages.add(person.getPreferredLanguage());
        }
        return new PersonProfile(
                person.getBirthDate() == null ? null : person.getBirthDate().ageOn(today),
                person.getSex(),
                person.getStatus(),
                months,
                person.getDocuments().stream()
                        .filter(d -> !d.isExpiredOn(today))
                        .map(IdentityDocument::getType)
                        .collect(Collectors.toSet()),
                district == null ? null : district.getCode(),
                district == null ? null : GeoPoint.ofNullable(district.getLatitude(), district.getLongitude()),
                languages,
                person.getSkills(),
                needs.isEmpty() ? person.currentNeeds() : needs);
    }
}
