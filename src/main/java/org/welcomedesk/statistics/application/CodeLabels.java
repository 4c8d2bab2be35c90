package org.welcomedesk.statistics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.welcomedesk.platform.i18n.Messages;
import org.welcomedesk.platform.referencedata.application.CityDistricts;
import org.welcomedesk.platform.referencedata.domain.Country;
import org.welcomedesk.platform.referencedata.domain.District;
import org.welcomedesk.platform.referencedata.domain.ReferenceCatalogue;
import org.welcomedesk.statistics.domain.CountryGrouping;
import org.welcomedesk.statistics.domain.Dimension;
import org.welcomedesk.statistics.domain.Recount;

import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the codes of a published table mean, in the reader's language: dimensions, flows, sexes,
 * age groups, countries (ISO names, national/foreign, other, stateless, unknown) and districts
 * (code and name). One place for pages, charts and downloads.
 */
@ApplicationScoped
public class CodeLabels {

    private static final Pattern AGE_BAND = Pattern.compile("Y(\\d+)-(\\d+)");
    private static final Pattern AGE_OPEN = Pattern.compile("Y_GE(\\d+)");

    @Inject
    CityDistricts districts;

    @Inject
    ReferenceCatalogue catalogue;

    /** The labels for one page or file, in one language (districts and countries read once). */
    public Labels in(Locale locale) {
        Map<String, String> districtNames = districts.history().stream()
                .collect(Collectors.toMap(District::getCode, d -> d.nameIn(locale), (a, b) -> b));
        Map<String, String> countryNames = catalogue.countries().stream()
                .collect(Collectors.toMap(Country::getCode, c -> c.nameIn(locale), (a, b) -> a));
        return new Labels(locale, districtNames, (code, l) -> countryNames.get(code));
    }

    /**
     * Labels in one language.
     *
     * @param locale       the reader's language
     * @param districts    district code to name (every period of the city)
     * @param countryNames ISO code to name in the language, null when unknown
     */
    public record Labels(
            Locale locale, Map<String, String> districts, BiFunction<String, Locale, String> countryNames) {

        /** A dimension's name ("District", "Age group"). */
        public String dimension(Dimension dimension) {
            return Messages.text(locale, "statistics.dimension." + dimension.name());
        }

        /** A code's name in a dimension; the code itself where nothing better is known (a municipality). */
        public String code(Dimension dimension, String code) {
            if (code == null) {
                return "";
            }
            if (Recount.TOTAL.equals(code) || CountryGrouping.UNKNOWN.equals(code)) {
                return Messages.text(locale, "statistics.code." + code);
            }
            return switch (dimension) {
                case FLOW, SEX -> Messages.text(locale, "statistics.code." + dimension.name() + "." + code);
                case AGE -> age(code);
                case DISTRICT -> districts.containsKey(code) ? code + " " + districts.get(code) : code;
                case CITIZEN, C_BIRTH, PARTNER -> country(code);
            };
        }

        private String age(String code) {
            Matcher band = AGE_BAND.matcher(code);
            if (band.matches()) {
                return Messages.text(
                        locale,
                        "statistics.code.AGE.band",
                        Integer.parseInt(band.group(1)),
                        Integer.parseInt(band.group(2)));
            }
            Matcher open = AGE_OPEN.matcher(code);
            if (open.matches()) {
                return Messages.text(locale, "statistics.code.AGE.from", Integer.parseInt(open.group(1)));
            }
            return Messages.text(locale, "statistics.code.AGE." + code);
        }

        private String country(String code) {
            return switch (code) {
                case CountryGrouping.NATIONAL,
                        CountryGrouping.FOREIGN,
                        CountryGrouping.OTHER,
                        CountryGrouping.STATELESS -> Messages.text(locale, "statistics.code." + code);
                default -> {
                    String name = countryNames.apply(code, locale);
                    yield name == null ? code : name;
                }
            };
        }
    }
}
