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
 * language and sorted by that name, and the city's current districts named in that language
 * where a translation was entered.
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
    private List<Choice> currentDistricts;
    private Map<Long, String> districtNames;

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

    /** The districts that exist today, by code, named in the interface language. */
    public List<Choice> getDistricts() {
        if (currentDistricts == null) {
            Locale locale = localeSelection.getLocale();
            currentDistricts = districts.current().stream()
                    .map(d -> new Choice(d.getId(), d.getCode(), d.nameIn(locale)))
                    .toList();
        }
        return currentDistricts;
    }

    public String countryName(String code) {
        return code == null ? "" : getCountries().getOrDefault(code, code);
    }

    public String languageName(String code) {
        return code == null ? "" : getLanguages().getOrDefault(code, code);
    }

    /** The name of any district, past or present, in the interface language; empty for none. */
    public String districtName(Long id) {
        if (id == null) {
            return "";
        }
        if (districtNames == null) {
            Locale locale = localeSelection.getLocale();
            districtNames =
                    districts.history().stream().collect(Collectors.toMap(District::getId, d -> d.nameIn(locale)));
        }
        return districtNames.getOrDefault(id, "");
    }

    /** A district as a form offers it: its id, code and name in the interface language. */
    public static final class Choice implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        private final Long id;
        private final String code;
        private final String name;

        Choice(Long id, String code, String name) {
            this.id = id;
            this.code = code;
            this.name = name;
        }

        public Long getId() {
            return id;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }
    }

    private static Map<String, String> sorted(Map<String, String> byCode, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return byCode.entrySet().stream()
                .sorted(Comparator.comparing(Map.Entry::getValue, collator))
                .collect(Collectors.toMap(
                        Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
