package org.welcomedesk.platform.referencedata.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.platform.i18n.LocaleSelection;
import org.welcomedesk.platform.referencedata.application.CityDistricts;
import org.welcomedesk.platform.referencedata.domain.District;
import org.welcomedesk.platform.referencedata.domain.ReferenceCatalogue;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reference data as the forms offer it: countries and languages named in the interface
 * language and sorted by that name, and the city's current districts.
 */
@Named
@RequestScoped
public class Choices {

    @Inject
    ReferenceCatalogue catalogue;

    @Inject
    CityDistricts districts;

    @Inject
    LocaleSelection localeSelection;

    private Map<String, String> countries;
    private Map<String, String> languages;
    private List<District> currentDistricts;

    /** Code to name, in the interface language, sorted by name. */
    public Map<String, String> getCountries() {
        if (countries == null) {
            Locale locale = localeSelection.getLocale();
            countries = sorted(
                    catalogue.countries().stream().collect(Collectors.toMap(c -> c.getCode(), c -> c.nameIn(locale))),
                    locale);
        }
        return countries;
    }

    public Map<String, String> getLanguages() {
        if (languages == null) {
            Locale locale = localeSelection.getLocale();
            languages = sorted(
                    catalogue.languages().stream().collect(Collectors.toMap(l -> l.getCode(), l -> l.nameIn(locale))),
                    locale);
        }
        return languages;
    }

    public List<District> getDistricts() {
        if (currentDistricts == null) {
            currentDistricts = districts.current();
        }
        return currentDistricts;
    }

    public String countryName(String code) {
        return code == null ? "" : getCountries().getOrDefault(code, code);
    }

    public String languageName(String code) {
        return code == null ? "" : getLanguages().getOrDefault(code, code);
    }

    public String districtName(Long id) {
        if (id == null) {
            return "";
        }
        return districts.history().stream()
                .filter(d -> d.getId().equals(id))
                .map(District::getName)
                .findFirst()
                .orElse("");
    }

    private static Map<String, String> sorted(Map<String, String> byCode, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return byCode.entrySet().stream()
                .sorted(Comparator.comparing(Map.Entry::getValue, collator))
                .collect(Collectors.toMap(
                        Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
