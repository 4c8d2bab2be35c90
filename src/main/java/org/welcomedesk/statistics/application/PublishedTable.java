package org.welcomedesk.statistics.application;

import org.welcomedesk.statistics.domain.CountryGrouping;
import org.welcomedesk.statistics.domain.Dimension;
import org.welcomedesk.statistics.domain.Measure;
import org.welcomedesk.statistics.domain.ProtectedCount;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A table as it may leave the application: every count protected, one row per combination of
 * the codes broken down by (empty cells included, withheld like small ones), one column per
 * period (flows) or reference date (population). Perturbed counts need not add up to the totals,
 * which are cells of their own.
 *
 * @param measure           what is counted
 * @param breakdowns        the dimensions of the rows, in order
 * @param filters           the dimensions fixed to one code
 * @param countries         how countries are shown
 * @param columns           period codes (2025, 2025-Q1) or ISO dates of the reference dates
 * @param rows              the rows, in code-list order
 * @param protectionVersion the version of the protection's parameters (never the parameters)
 */
public record PublishedTable(
        Measure measure,
        List<Dimension> breakdowns,
        Map<Dimension, String> filters,
        CountryGrouping countries,
        List<String> columns,
        List<Row> rows,
        String protectionVersion) {

    /**
     * One row: its code in each dimension broken down by, and one protected count per column.
     *
     * @param codes  one code per breakdown, in the table's order
     * @param counts one count per column
     */
    public record Row(List<String> codes, List<ProtectedCount> counts) {

        /** The row's code in a dimension the table breaks down by. */
        public String code(List<Dimension> breakdowns, Dimension dimension) {
            int at = breakdowns.indexOf(dimension);
            return at < 0 ? null : codes.get(at);
        }
    }

    /** Every row a table of these breakdowns' code lists has: each combination of one code from each list, in order. */
    public static List<List<String>> rowsOf(List<List<String>> codeLists) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of());
        for (List<String> codes : codeLists) {
            List<List<String>> longer = new ArrayList<>(rows.size() * codes.size());
            for (List<String> row : rows) {
                for (String code : codes) {
                    List<String> next = new ArrayList<>(row);
                    next.add(code);
                    longer.add(List.copyOf(next));
                }
            }
            rows = longer;
        }
        return rows;
    }

    /** The count in a column of the row with these codes, if the table has that row. */
    public Optional<ProtectedCount> count(String column, Map<Dimension, String> codes) {
        int at = columns.indexOf(column);
        if (at < 0) {
            return Optional.empty();
        }
        return rows.stream()
                .filter(row -> breakdowns.stream().allMatch(d -> Objects.equals(codes.get(d), row.code(breakdowns, d))))
                .findFirst()
                .map(row -> row.counts().get(at));
    }
}
