package org.welcomedesk.rollup.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.welcomedesk.national.domain.Code;
import org.welcomedesk.national.domain.CodeList;
import org.welcomedesk.national.domain.DataStructure;
import org.welcomedesk.national.domain.Dataflow;
import org.welcomedesk.national.domain.NationalRelease;
import org.welcomedesk.national.domain.Observation;
import org.welcomedesk.national.domain.Protection;
import org.welcomedesk.national.domain.SdmxAction;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.statistics.application.PublishedTable;
import org.welcomedesk.statistics.application.StatisticsProtection;
import org.welcomedesk.statistics.application.StatisticsSource;
import org.welcomedesk.statistics.application.StatisticsTables;
import org.welcomedesk.statistics.domain.CellKey;
import org.welcomedesk.statistics.domain.CountryGrouping;
import org.welcomedesk.statistics.domain.Dimension;
import org.welcomedesk.statistics.domain.DisclosureControl;
import org.welcomedesk.statistics.domain.ObservationStatus;
import org.welcomedesk.statistics.domain.Period;
import org.welcomedesk.statistics.domain.ProtectedCount;
import org.welcomedesk.statistics.domain.Recount;
import org.welcomedesk.statistics.domain.Sensitivity;
import org.welcomedesk.statistics.domain.TableDefinition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The city's national tables for a period: every cell of every dataflow of the shipped data
 * structure, counted by the statistics feature's definitions (the {@link StatisticsSource}) and
 * protected by the city's one {@link DisclosureControl} with the same sensitivity as the city's
 * own tables, so a cell the city publishes has the same value in its national release.
 *
 * <p>Which cells a release holds: for each table, every combination of the codes of its varying
 * dimensions that every release holds (TOTAL, sex F/M/T, the age groups, NAT/FOR) and of the
 * codes something was published for (a country, a municipality, stateless, unknown: under the
 * cell key method a code none of whose cells is published is left out, since its presence alone
 * would say someone of it is there; unperturbed, every code counted). Withheld cells are in the
 * release with no value and CONF_STATUS A, never 0.
 *
 * <p>Municipalities of internal migration are recorded as free text ("Lisboa", "lisboa"): they
 * are recoded to the structure's municipality codes by name (unknown names: UNK) before the cell
 * is protected, so a municipality's cell is its records' cell whatever the spelling.
 */
@ApplicationScoped
public class NationalTables {

    /** Statistics' dimensions by the national structure's names. */
    private static final Map<String, Dimension> DIMENSIONS = Map.of(
            DataStructure.SEX,
            Dimension.SEX,
            DataStructure.AGE,
            Dimension.AGE,
            DataStructure.CITIZEN,
            Dimension.CITIZEN,
            DataStructure.C_BIRTH,
            Dimension.C_BIRTH,
            DataStructure.PARTNER,
            Dimension.PARTNER);

    @Inject
    StatisticsSource source;

    @Inject
    StatisticsProtection protection;

    @Inject
    StatisticsTables tables;

    @Inject
    @ConfigProperty(name = "welcomedesk.rollup.protection", defaultValue = "CELL_KEY")
    String protectionSetting;

    @Inject
    @ConfigProperty(name = "welcomedesk.city.code", defaultValue = "DEMO")
    String cityCode;

    @Inject
    @ConfigProperty(name = "welcomedesk.city.country", defaultValue = "PT")
    String nationalCountry;

    /** How this city protects its national releases (setting welcomedesk.rollup.protection). */
    public Protection protection() {
        return Protection.valueOf(protectionSetting.trim().toUpperCase(Locale.ROOT));
    }

    /** The data structure releases follow. */
    public DataStructure structure() {
        return DataStructure.shipped();
    }

    /** A release of the period's tables, ready to validate and approve. */
    public NationalRelease release(String releaseId, Period period, SdmxAction action, int revision, Instant prepared) {
        return new NationalRelease(
                releaseId,
                cityCode,
                structure().version(),
                period.code(),
                action,
                revision,
                protection(),
                prepared,
                observations(period));
    }

    /**
     * Every cell of every national table for a year or a quarter, in table order.
     *
     * @throws RuleViolation when the period is a month
     */
    public List<Observation> observations(Period period) {
        if (period.frequency() == Period.Frequency.M) {
            throw new RuleViolation("period", "national.period.yearOrQuarter", period.code());
        }
        Protection protection = protection();
        DisclosureControl control = this.protection.control();
        DataStructure structure = structure();
        List<Observation> observations = new ArrayList<>();
        for (Dataflow dataflow : structure.dataflows()) {
            observations.addAll(new Table(structure, dataflow, period, protection, control).observations());
        }
        return observations;
    }

    /** One national table being counted: its cells by their varying dimensions' codes. */
    private final class Table {
        private final DataStructure structure;
        private final Dataflow dataflow;
        private final Period period;
        private final Protection protection;
        private final DisclosureControl control;
        /** Counted cells and how they are protected, by the varying dimensions' codes (in the table's order). */
        private final Map<List<String>, Recount.Cell> counted = new HashMap<>();

        private final Map<List<String>, Sensitivity> sensitivities = new HashMap<>();

        Table(
                DataStructure structure,
                Dataflow dataflow,
                Period period,
                Protection protection,
                DisclosureControl control) {
            this.structure = structure;
            this.dataflow = dataflow;
            this.period = period;
            this.protection = protection;
            this.control = control;
        }

        List<Observation> observations() {
            List<String> varying = dataflow.varying();
            // every subset of the varying dimensions is a table of its own: totals are cells, not sums
            Map<Integer, Sensitivity> bySubset = new HashMap<>();
            for (int subset = 0; subset < 1 << varying.size(); subset++) {
                List<Dimension> breakdowns = new ArrayList<>();
                for (int i = 0; i < varying.size(); i++) {
                    if ((subset & 1 << i) != 0) {
                        breakdowns.add(DIMENSIONS.get(varying.get(i)));
                    }
                }
                TableDefinition table =
                        new TableDefinition(breakdowns, Map.of(Dimension.FLOW, dataflow.flow()), List.of(period));
                Sensitivity sensitivity = tables.sensitivity(table);
                bySubset.put(subset, sensitivity);
                Map<Recount.Coordinates, Recount.Cell> cells = source.flows(table);
                count(cells, subset, sensitivity, CountryGrouping.ISO);
                if (breakdowns.contains(Dimension.CITIZEN) || breakdowns.contains(Dimension.C_BIRTH)) {
                    count(cells, subset, sensitivity, CountryGrouping.NAT_FOR);
                }
            }
            List<List<String>> codes = new ArrayList<>();
            for (String dimension : varying) {
                codes.add(codesHeld(dimension));
            }
            List<Observation> observations = new ArrayList<>();
            for (List<String> row : PublishedTable.rowsOf(codes)) {
                int subset = 0;
                for (int i = 0; i < varying.size(); i++) {
                    if (!row.get(i).equals(dataflow.lists().get(varying.get(i)).total())) {
                        subset |= 1 << i;
                    }
                }
                Recount.Cell cell = counted.get(row);
                observations.add(observation(row, cell, bySubset.get(subset)));
            }
            return observations;
        }

        /** The source's cells of one subset table, recoded to national codes (a grouping's codes summed). */
        private void count(
                Map<Recount.Coordinates, Recount.Cell> cells,
                int subset,
                Sensitivity sensitivity,
                CountryGrouping grouping) {
            Map<List<String>, Recount.Cell> recoded = new HashMap<>();
            List<String> varying = dataflow.varying();
            cells.forEach((coordinates, cell) -> {
                List<String> row = new ArrayList<>(varying.size());
                for (int i = 0; i < varying.size(); i++) {
                    String dimension = varying.get(i);
                    row.add(
                            (subset & 1 << i) == 0
                                    ? dataflow.lists().get(dimension).total()
                                    : nationalCode(dimension, coordinates.code(DIMENSIONS.get(dimension)), grouping));
                }
                recoded.merge(
                        List.copyOf(row),
                        cell,
                        (a, b) -> new Recount.Cell(
                                a.key().plus(b.key()), a.status().and(b.status())));
            });
            // NAT/FOR and every-country tables share their STLS and UNK cells: the same records, kept once
            recoded.forEach((row, cell) -> {
                counted.putIfAbsent(row, cell);
                sensitivities.putIfAbsent(row, sensitivity);
            });
        }

        /** A recorded code as the structure codes it in this table; what it does not know is UNK. */
        private String nationalCode(String dimension, String recorded, CountryGrouping grouping) {
            List<String> allowed = dataflow.codes(dimension);
            CodeList list = dataflow.lists().get(dimension);
            if (DataStructure.MUNICIPALITIES.equals(list.id())) {
                return structure.municipalityCode(recorded);
            }
            String code = recorded;
            if (DataStructure.CITIZEN.equals(dimension) || DataStructure.C_BIRTH.equals(dimension)) {
                code = grouping.group(recorded, nationalCountry, Set.of());
            }
            boolean grouped = code.equals(CountryGrouping.NATIONAL) || code.equals(CountryGrouping.FOREIGN);
            if (!allowed.contains(code) || code.equals(list.total()) || grouping == CountryGrouping.ISO && grouped) {
                return DataStructure.UNKNOWN;
            }
            return code;
        }

        /**
         * A varying dimension's codes this release holds: those every release holds, and those
         * published (cell key method) or counted (unperturbed) in some cell of the table.
         */
        private List<String> codesHeld(String dimension) {
            int at = dataflow.varying().indexOf(dimension);
            Set<String> shown = new HashSet<>();
            counted.forEach((row, cell) -> {
                boolean held = protection == Protection.UNPERTURBED
                        ? cell.key().count() > 0
                        : !control.protect(cell.key(), sensitivities.get(row), cell.status())
                                .withheld();
                if (held) {
                    shown.add(row.get(at));
                }
            });
            CodeList list = dataflow.lists().get(dimension);
            List<String> codes = new ArrayList<>();
            for (String code : dataflow.codes(dimension)) {
                if (list.code(code).map(Code::always).orElse(false) || shown.contains(code)) {
                    codes.add(code);
                }
            }
            return codes;
        }

        private Observation observation(List<String> row, Recount.Cell cell, Sensitivity sensitivity) {
            Map<String, String> key = new LinkedHashMap<>();
            for (String dimension : structure.dimensions()) {
                int at = dataflow.varying().indexOf(dimension);
                String code;
                if (at >= 0) {
                    code = row.get(at);
                } else if (dimension.equals(DataStructure.FREQ)) {
                    code = period.frequency().name();
                } else if (dimension.equals(DataStructure.REF_AREA)) {
                    code = cityCode;
                } else {
                    code = dataflow.codes(dimension).get(0);
                }
                key.put(dimension, code);
            }
            CellKey cellKey = cell == null ? CellKey.empty() : cell.key();
            ObservationStatus status = cell == null ? ObservationStatus.A : cell.status();
            ProtectedCount published = control.protect(cellKey, sensitivity, status);
            if (protection == Protection.UNPERTURBED) {
                long count = cellKey.count();
                // exact under the legal basis; small counts flagged for the hub to protect
                boolean small = count > 0 && count < published.threshold();
                return new Observation(dataflow.id(), key, OptionalLong.of(count), status.name(), small ? "A" : "F");
            }
            return new Observation(
                    dataflow.id(),
                    key,
                    published.value(),
                    published.status().name(),
                    published.confidentialityStatus());
        }
    }
}
