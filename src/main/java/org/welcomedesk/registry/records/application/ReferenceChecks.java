package org.welcomedesk.registry.records.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.referencedata.application.CityDistricts;
import org.welcomedesk.platform.referencedata.domain.Country;
import org.welcomedesk.platform.referencedata.domain.District;
import org.welcomedesk.platform.referencedata.domain.Language;
import org.welcomedesk.platform.referencedata.domain.ReferenceCatalogue;
import org.welcomedesk.registry.records.domain.PersonDetails;
import org.welcomedesk.registry.records.domain.ResidenceEventFacts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Codes a clerk or a client sends must exist: countries and languages in the reference
 * catalogue, and the district in the city on the event's date (boundaries change). A wrong
 * code is a message naming the field, never a database error.
 */
@ApplicationScoped
public class ReferenceChecks {

    @Inject
    ReferenceCatalogue catalogue;

    @Inject
    CityDistricts districts;

    // Reference data changes only by migration, i.e. with a restart.
    private volatile Set<String> countries;
    private volatile Set<String> languages;
    private volatile List<District> districtPeriods;
    private volatile Instant districtsReadAt = Instant.EPOCH;

    public void check(PersonDetails details, String fieldPrefix) {
        countries(details.citizenships(), fieldPrefix + "citizenships");
        country(details.countryOfBirth(), fieldPrefix + "countryOfBirth");
        for (String code : nonNull(details.languages())) {
            language(code, fieldPrefix + "languages");
        }
        language(details.preferredLanguage(), fieldPrefix + "preferredLanguage");
    }

    public void check(ResidenceEventFacts facts, String fieldPrefix) {
        if (facts.districtId() != null
                && facts.eventDate() != null
                && !districtOn(facts.districtId(), facts.eventDate(), false)
                && !districtOn(facts.districtId(), facts.eventDate(), true)) {
            throw new RuleViolation(fieldPrefix + "districtId", "event.district.notOnDate");
        }
        country(facts.otherCountry(), fieldPrefix + "otherCountry");
    }

    public void country(String code, String field) {
        if (code != null && !code.isBlank() && !countryCodes().contains(code)) {
            throw new RuleViolation(field, "reference.country.unknown");
        }
    }

    private void countries(Collection<String> codes, String field) {
        nonNull(codes).forEach(code -> country(code, field));
    }

    private void language(String code, String field) {
        if (code != null && !code.isBlank() && !languageCodes().contains(code)) {
            throw new RuleViolation(field, "reference.language.unknown");
        }
    }

    /**
     * Every district period, read again every half minute or when a district is not found (so
     * a district just opened is seen at once): an import checks thousands of events a second.
     */
    private boolean districtOn(long districtId, java.time.LocalDate date, boolean reread) {
        return districtPeriods(reread).stream().anyMatch(d -> d.getId() == districtId && d.isValidOn(date));
    }

    private List<District> districtPeriods(boolean reread) {
        Instant now = Instant.now();
        if (reread || districtPeriods == null || districtsReadAt.isBefore(now.minusSeconds(30))) {
            districtPeriods = List.copyOf(districts.history());
            districtsReadAt = now;
        }
        return districtPeriods;
    }

    private Set<String> countryCodes() {
        if (countries == null) {
            countries = catalogue.countries().stream().map(Country::getCode).collect(Collectors.toUnmodifiableSet());
        }
        return countries;
    }

    private Set<String> languageCodes() {
        if (languages == null) {
            languages = catalogue.languages().stream().map(Language::getCode).collect(Collectors.toUnmodifiableSet());
        }
        return languages;
    }

    private static <T> Collection<T> nonNull(Collection<T> values) {
        return values == null ? Set.of() : values;
    }
}
