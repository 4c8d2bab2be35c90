package org.welcomedesk.statistics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.referencedata.application.CityDistricts;
import org.welcomedesk.platform.referencedata.domain.Country;
import org.welcomedesk.platform.referencedata.domain.District;
import org.welcomedesk.platform.referencedata.domain.ReferenceCatalogue;
import org.welcomedesk.statistics.domain.AgeGroup;
import org.welcomedesk.statistics.domain.CountryGrouping;
import org.welcomedesk.statistics.domain.Dimension;
import org.welcomedesk.statistics.domain.Period;
import org.welcomedesk.statistics.domain.PopulationDefinition;
import org.welcomedesk.statistics.domain.TableDefinition;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A table asked for in words, as the API's query parameters and the release form give it
 * (breakdown=FLOW,DISTRICT, filter=SEX:F, period=2024,2025-Q1, date=2025-01-01 or 2025 for its first day,
 * countries=TOP),
 * read strictly into a table definition: an unknown parameter, dimension or code is a problem
 * naming the parameter, never an empty table (which would look like a count of nobody).
 */
@ApplicationScoped
public class TableQueries {

    public static final String BREAKDOWN = "breakdown";
    public static final String FILTER = "filter";
    public static final String PERIOD = "period";
    public static final String DATE = "date";
    public static final String COUNTRIES = "countries";

    @Inject
    CityDistricts districts;

    @Inject
    ReferenceCatalogue catalogue;

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}|STLS|UNK");
    // a municipality of the country as the registry records it, or a country code
    private static final Pattern PLACE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .'-]{0,99}");

    /**
     * The codes a filter may take, by dimension.
     *
     * @param flows      flow codes of a table by district (moves within the city too)
     * @param cityFlows  flow codes of a table for the city
     * @param districts  district codes of every period
     * @param countries  ISO codes of the reference countries
     */
    private record Codes(Set<String> flows, Set<String> cityFlows, Set<String> districts, Set<String> countries) {}

    /** A flow table from the words given. */
    public TableDefinition flows(Map<String, List<String>> query) {
        try {
            return flows(query, codes());
        } catch (RuleViolation refused) {
            throw asked(refused);
        }
    }

    /** A population table from the words given. */
    public PopulationDefinition population(Map<String, List<String>> query) {
        try {
            return population(query, codes());
        } catch (RuleViolation refused) {
            throw asked(refused);
        }
    }

    /** A guard of the table's design, naming the parameter the caller gave rather than the definition's field. */
    private static RuleViolation asked(RuleViolation refused) {
        String parameter = switch (refused.field()) {
            case "breakdowns" -> BREAKDOWN;
            case "filters" -> FILTER;
            case "periods" -> PERIOD;
            case "dates" -> DATE;
            default -> refused.field();
        };
        return parameter.equals(refused.field())
                ? refused
                : new RuleViolation(parameter, refused.messageKey(), refused.arguments());
    }

    private Codes codes() {
        Set<String> districtCodes =
                districts.history().stream().map(District::getCode).collect(Collectors.toSet());
        Set<String> countries =
                catalogue.countries().stream().map(Country::getCode).collect(Collectors.toSet());
        return new Codes(
                Set.copyOf(StatisticsTables.DISTRICT_FLOWS),
                Set.copyOf(StatisticsTables.CITY_FLOWS),
                districtCodes,
                countries);
    }

    /** Refuses a parameter the operation does not take. */
    public static void onlyKnown(Map<String, List<String>> parameters, Set<String> known) {
        for (String name : parameters.keySet()) {
            if (!known.contains(name)) {
                throw new RuleViolation(name, "statistics.api.unknownParameter", name);
            }
        }
    }

    private static TableDefinition flows(Map<String, List<String>> query, Codes codes) {
        onlyKnown(query, Set.of(BREAKDOWN, FILTER, PERIOD, COUNTRIES));
        List<Dimension> breakdowns = dimensions(query.get(BREAKDOWN), d -> true);
        Map<Dimension, String> filters = filters(query.get(FILTER), d -> true, codes);
        List<Period> periods = values(query.get(PERIOD)).stream()
                .map(p -> Period.parse(p, PERIOD))
                .toList();
        if (periods.isEmpty()) {
            throw new RuleViolation(PERIOD, "validation.required");
        }
        String flow = filters.get(Dimension.FLOW);
        boolean byDistrict = breakdowns.contains(Dimension.DISTRICT) || filters.containsKey(Dimension.DISTRICT);
        if (flow != null && !byDistrict && !codes.cityFlows().contains(flow)) {
            // moves within the city count only in and out of districts
            throw new RuleViolation(FILTER, "statistics.api.unknownCode", "FLOW:" + flow);
        }
        return new TableDefinition(breakdowns, filters, periods, countries(query));
    }

    private static PopulationDefinition population(Map<String, List<String>> query, Codes codes) {
        onlyKnown(query, Set.of(BREAKDOWN, FILTER, DATE, COUNTRIES));
        Predicate<Dimension> ofPopulation = PopulationDefinition.DIMENSIONS::contains;
        List<Dimension> breakdowns = dimensions(query.get(BREAKDOWN), ofPopulation);
        Map<Dimension, String> filters = filters(query.get(FILTER), ofPopulation, codes);
        List<LocalDate> dates = new ArrayList<>();
        for (String date : values(query.get(DATE))) {
            dates.add(referenceDate(date));
        }
        if (dates.isEmpty()) {
            throw new RuleViolation(DATE, "validation.required");
        }
        return new PopulationDefinition(breakdowns, filters, dates);
    }

    /** A reference date: an ISO date, or a period's first day (2025 is 1 January 2025). */
    private static LocalDate referenceDate(String code) {
        try {
            return ISO_DATE.matcher(code).matches()
                    ? LocalDate.parse(code)
                    : Period.parse(code, DATE).start();
        } catch (DateTimeParseException | RuleViolation e) {
            throw new RuleViolation(DATE, "statistics.api.unknownDate", code);
        }
    }

    public static CountryGrouping countries(Map<String, List<String>> query) {
        List<String> given = values(query.get(COUNTRIES));
        if (given.isEmpty()) {
            return CountryGrouping.ISO;
        }
        if (given.size() > 1) {
            throw new RuleViolation(COUNTRIES, "statistics.api.oneValue", COUNTRIES);
        }
        return constant(CountryGrouping.class, given.get(0))
                .orElseThrow(() -> new RuleViolation(COUNTRIES, "statistics.api.unknownCode", given.get(0)));
    }

    private static List<Dimension> dimensions(List<String> given, Predicate<Dimension> allowed) {
        List<Dimension> dimensions = new ArrayList<>();
        for (String name : values(given)) {
            Dimension dimension = constant(Dimension.class, name)
                    .filter(allowed)
                    .orElseThrow(() -> new RuleViolation(BREAKDOWN, "statistics.api.unknownDimension", name));
            dimensions.add(dimension);
        }
        return dimensions;
    }

    /** Filters written DIMENSION:CODE (FLOW:IMM, SEX:F, DISTRICT:D02). */
    private static Map<Dimension, String> filters(List<String> given, Predicate<Dimension> allowed, Codes codes) {
        Map<Dimension, String> filters = new EnumMap<>(Dimension.class);
        for (String filter : values(given)) {
            int colon = filter.indexOf(':');
            if (colon < 1) {
                throw new RuleViolation(FILTER, "statistics.api.filterForm", filter);
            }
            String name = filter.substring(0, colon);
            String code = filter.substring(colon + 1);
            Dimension dimension = constant(Dimension.class, name)
                    .filter(allowed)
                    .orElseThrow(() -> new RuleViolation(FILTER, "statistics.api.unknownDimension", name));
            if (!known(dimension, code, codes)) {
                throw new RuleViolation(FILTER, "statistics.api.unknownCode", filter);
            }
            if (filters.put(dimension, code) != null) {
                throw new RuleViolation(FILTER, "statistics.api.oneValue", name);
            }
        }
        return filters;
    }

    private static boolean known(Dimension dimension, String code, Codes codes) {
        return switch (dimension) {
            case FLOW -> codes.flows().contains(code);
            case DISTRICT -> codes.districts().contains(code) || "UNK".equals(code);
            case SEX -> Set.of("F", "M", "UNK").contains(code);
            case AGE ->
                "UNK".equals(code)
                        || AgeGroup.all().stream().anyMatch(g -> g.code().equals(code));
            case CITIZEN, C_BIRTH ->
                COUNTRY.matcher(code).matches()
                        && (codes.countries().contains(code) || "STLS".equals(code) || "UNK".equals(code));
            case PARTNER ->
                codes.countries().contains(code) || PLACE.matcher(code).matches() && code.length() > 2;
        };
    }

    /** Values of a parameter, each possibly a comma-separated list. */
    private static List<String> values(List<String> given) {
        return given == null
                ? List.of()
                : given.stream()
                        .flatMap(v -> Arrays.stream(v.split(",")))
                        .map(String::strip)
                        .filter(v -> !v.isEmpty())
                        .toList();
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equals(name))
                .findFirst();
    }
}
