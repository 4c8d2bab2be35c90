package org.welcomedesk.statistics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.referencedata.application.CityDistricts;
import org.welcomedesk.platform.referencedata.domain.District;
import org.welcomedesk.statistics.domain.AgeGroup;
import org.welcomedesk.statistics.domain.CellKey;
import org.welcomedesk.statistics.domain.CountryGrouping;
import org.welcomedesk.statistics.domain.Dimension;
import org.welcomedesk.statistics.domain.DisclosureControl;
import org.welcomedesk.statistics.domain.Measure;
import org.welcomedesk.statistics.domain.ObservationStatus;
import org.welcomedesk.statistics.domain.Period;
import org.welcomedesk.statistics.domain.PopulationDefinition;
import org.welcomedesk.statistics.domain.ProtectedCount;
import org.welcomedesk.statistics.domain.Recount;
import org.welcomedesk.statistics.domain.Sensitivity;
import org.welcomedesk.statistics.domain.StatisticalEvent;
import org.welcomedesk.statistics.domain.TableDefinition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The city's statistics as they may be published: flow and population tables counted by the
 * {@link StatisticsSource}, countries grouped as the table asks, every cell protected by the
 * one {@link DisclosureControl}. Pages, downloads, the API and releases all read tables here,
 * so one cell has one value everywhere.
 */
@ApplicationScoped
public class StatisticsTables {

    /** Flow codes of a table for the city as a whole. */
    public static final List<String> CITY_FLOWS = List.of("IMM", "IN_INT", "EMI", "OUT_INT", "TMP_MOB");
    /** Flow codes of a table by district: moves within the city count in and out of districts. */
    public static final List<String> DISTRICT_FLOWS =
            List.of("IMM", "IN_INT", "EMI", "OUT_INT", "TMP_MOB", StatisticalEvent.MOVE_IN, StatisticalEvent.MOVE_OUT);

    /** The most cells a table may have (rows times columns). */
    public static final int MOST_CELLS = 100_000;

    @Inject
    StatisticsSource source;

    @Inject
    StatisticsProtection protection;

    @Inject
    CityDistricts districts;

    @Inject
    @ConfigProperty(name = "welcomedesk.city.country", defaultValue = "PT")
    String nationalCountry;

    /** Breakdowns whose cells are sensitive (threshold k for sensitive cells). */
    @Inject
    @ConfigProperty(name = "welcomedesk.statistics.sensitive-dimensions", defaultValue = "CITIZEN,C_BIRTH")
    String sensitiveDimensions;

    /** How many countries a "largest + other" table shows apart. */
    @Inject
    @ConfigProperty(name = "welcomedesk.statistics.top-countries", defaultValue = "10")
    int topCountries;

    /** A flow table, protected. */
    public PublishedTable flows(TableDefinition table) {
        Map<Recount.Coordinates, Recount.Cell> cells = source.flows(table);
        List<String> columns = table.periods().stream().map(Period::code).toList();
        Function<Recount.Coordinates, String> column = c -> c.period().code();
        boolean byDistrict = table.breakdowns().contains(Dimension.DISTRICT)
                || table.filters().containsKey(Dimension.DISTRICT);
        LocalDate from = table.periods().stream()
                .map(Period::start)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        LocalDate to = table.periods().stream()
                .map(Period::end)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        return publish(
                Measure.FLOWS,
                table.breakdowns(),
                table.filters(),
                table.countries(),
                columns,
                cells,
                column,
                Recount.Coordinates::code,
                byDistrict ? DISTRICT_FLOWS : CITY_FLOWS,
                from,
                to);
    }

    /** A population table, protected. */
    public PublishedTable population(PopulationDefinition table, CountryGrouping countries) {
        // national/foreign is known before counting (the largest countries are not): grouped by the source
        Map<Recount.Stock, Recount.Cell> cells = countries == CountryGrouping.NAT_FOR
                ? source.population(table, code -> countries.group(code, nationalCountry, Set.of()))
                : source.population(table);
        List<String> columns = table.dates().stream().map(LocalDate::toString).toList();
        LocalDate from = table.dates().stream().min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = table.dates().stream()
                .max(Comparator.naturalOrder())
                .orElseThrow()
                .plusDays(1);
        return publish(
                Measure.POPULATION,
                table.breakdowns(),
                table.filters(),
                countries,
                columns,
                cells,
                s -> s.date().toString(),
                Recount.Stock::code,
                List.of(),
                from,
                to);
    }

    /** The protection version every table carries. */
    public String protectionVersion() {
        return protection.control().version();
    }

    private <C> PublishedTable publish(
            Measure measure,
            List<Dimension> breakdowns,
            Map<Dimension, String> filters,
            CountryGrouping countries,
            List<String> columns,
            Map<C, Recount.Cell> cells,
            Function<C, String> columnOf,
            java.util.function.BiFunction<C, Dimension, String> codeOf,
            List<String> flows,
            LocalDate from,
            LocalDate to) {
        Set<String> top = countries == CountryGrouping.TOP ? largest(cells, breakdowns, codeOf) : Set.of();
        // cells summed into the table's rows: countries grouped, everything else as counted
        Map<List<String>, Map<String, Recount.Cell>> byRow = new HashMap<>();
        List<Set<String>> seen = new ArrayList<>();
        breakdowns.forEach(d -> seen.add(new TreeSet<>()));
        cells.forEach((coordinates, cell) -> {
            List<String> codes = new ArrayList<>(breakdowns.size());
            for (int i = 0; i < breakdowns.size(); i++) {
                Dimension dimension = breakdowns.get(i);
                String code = codeOf.apply(coordinates, dimension);
                if (CountryGrouping.appliesTo(dimension)) {
                    code = countries.group(code, nationalCountry, top);
                }
                codes.add(code);
                seen.get(i).add(code);
            }
            byRow.computeIfAbsent(codes, k -> new HashMap<>())
                    .merge(
                            columnOf.apply(coordinates),
                            cell,
                            (a, b) -> new Recount.Cell(
                                    a.key().plus(b.key()), a.status().and(b.status())));
        });
        DisclosureControl control = protection.control();
        Sensitivity sensitivity = sensitivity(breakdowns, filters);
        List<PublishedTable.Row> rows = new ArrayList<>();
        List<Set<String>> fixed = new ArrayList<>();
        for (Dimension dimension : breakdowns) {
            fixed.add(Set.copyOf(codeList(dimension, Set.of(), flows, countries, top, from, to)));
        }
        long size = columns.size();
        for (int i = 0; i < breakdowns.size(); i++) {
            size *= codeList(breakdowns.get(i), seen.get(i), flows, countries, top, from, to)
                    .size();
        }
        if (size > MOST_CELLS) {
            // several countries by countries by countries: nobody reads it, and it would take the server's memory
            throw new RuleViolation("breakdowns", "statistics.table.tooLarge", MOST_CELLS);
        }
        for (List<String> codes : rowCodes(breakdowns, seen, flows, countries, top, from, to)) {
            Map<String, Recount.Cell> counted = byRow.getOrDefault(codes, Map.of());
            List<ProtectedCount> counts = new ArrayList<>(columns.size());
            for (String column : columns) {
                Recount.Cell cell = counted.get(column);
                counts.add(
                        cell == null
                                ? control.protect(CellKey.empty(), sensitivity, ObservationStatus.A)
                                : control.protect(cell.key(), sensitivity, cell.status()));
            }
            boolean fromCodeLists = true;
            for (int i = 0; i < codes.size(); i++) {
                fromCodeLists &= fixed.get(i).contains(codes.get(i));
            }
            // a row of a code found only in the data (a rare country) that shows nothing is left
            // out: its presence alone would say that someone of that code is there
            if (fromCodeLists || counts.stream().anyMatch(c -> !c.withheld())) {
                rows.add(new PublishedTable.Row(codes, counts));
            }
        }
        return new PublishedTable(measure, breakdowns, filters, countries, columns, rows, control.version());
    }

    /**
     * How carefully the cells of a flow table are protected: for outputs that count their own
     * cells (national releases recode municipalities) and must protect them exactly as here.
     */
    public Sensitivity sensitivity(TableDefinition table) {
        return sensitivity(table.breakdowns(), table.filters());
    }

    /** A cell is sensitive when the table breaks it down or filters it by a breakdown the city marks sensitive. */
    private Sensitivity sensitivity(List<Dimension> breakdowns, Map<Dimension, String> filters) {
        Set<Dimension> marked = EnumSet.noneOf(Dimension.class);
        Arrays.stream(sensitiveDimensions.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(Dimension::valueOf)
                .forEach(marked::add);
        boolean sensitive = breakdowns.stream().anyMatch(marked::contains)
                || filters.keySet().stream().anyMatch(marked::contains);
        return sensitive ? Sensitivity.SENSITIVE : Sensitivity.ORDINARY;
    }

    /** Every row of the table: all combinations of each breakdown's codes, in code-list order. */
    private List<List<String>> rowCodes(
            List<Dimension> breakdowns,
            List<Set<String>> seen,
            List<String> flows,
            CountryGrouping countries,
            Set<String> top,
            LocalDate from,
            LocalDate to) {
        List<List<String>> codeLists = new ArrayList<>();
        for (int i = 0; i < breakdowns.size(); i++) {
            codeLists.add(codeList(breakdowns.get(i), seen.get(i), flows, countries, top, from, to));
        }
        return PublishedTable.rowsOf(codeLists);
    }

    /** A dimension's codes: its whole code list where there is one, the codes counted otherwise. */
    private List<String> codeList(
            Dimension dimension,
            Set<String> seen,
            List<String> flows,
            CountryGrouping countries,
            Set<String> top,
            LocalDate from,
            LocalDate to) {
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        switch (dimension) {
            case FLOW -> codes.addAll(flows);
            case DISTRICT ->
                districts.history().stream()
                        .filter(d -> d.getValidFrom().isBefore(to)
                                && (d.getValidTo() == null || d.getValidTo().isAfter(from)))
                        .map(District::getCode)
                        .sorted()
                        .forEach(codes::add);
            case SEX -> codes.addAll(List.of("F", "M"));
            case AGE -> AgeGroup.all().stream().map(AgeGroup::code).forEach(codes::add);
            default -> {
                if (countries == CountryGrouping.NAT_FOR) {
                    codes.addAll(List.of(CountryGrouping.NATIONAL, CountryGrouping.FOREIGN));
                } else if (countries == CountryGrouping.TOP) {
                    codes.addAll(top);
                    codes.add(CountryGrouping.OTHER);
                }
            }
        }
        codes.addAll(seen); // codes counted outside the code list (UNK, a district's code recorded before a split)
        return List.copyOf(codes);
    }

    /** The countries with the most records in the table, largest first, for "largest + other". */
    private <C> Set<String> largest(
            Map<C, Recount.Cell> cells,
            List<Dimension> breakdowns,
            java.util.function.BiFunction<C, Dimension, String> codeOf) {
        Map<String, Long> totals = new HashMap<>();
        cells.forEach((coordinates, cell) -> breakdowns.stream()
                .filter(CountryGrouping::appliesTo)
                .map(d -> codeOf.apply(coordinates, d))
                .filter(code -> !CountryGrouping.UNKNOWN.equals(code))
                .forEach(code -> totals.merge(code, cell.key().count(), Long::sum)));
        return totals.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(topCountries)
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
