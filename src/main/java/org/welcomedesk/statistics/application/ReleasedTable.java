package org.welcomedesk.statistics.application;

import org.welcomedesk.statistics.domain.CountryGrouping;
import org.welcomedesk.statistics.domain.Dimension;
import org.welcomedesk.statistics.domain.Measure;
import org.welcomedesk.statistics.domain.ObservationStatus;
import org.welcomedesk.statistics.domain.ProtectedCount;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/**
 * A published table as the ledger keeps a release: one line per field, one line per row, tabs
 * between values, protected counts only (a withheld count as "-"). The same table always gives
 * the same text, so its SHA-256 identifies the output whatever format it is later downloaded in,
 * and the text reads back into the table to download the release again unchanged.
 */
public final class ReleasedTable {

    private static final String WITHHELD = "-";

    private ReleasedTable() {}

    /** The table's canonical text. */
    public static String text(PublishedTable table) {
        StringBuilder text = new StringBuilder();
        line(text, "measure", List.of(table.measure().name()));
        line(
                text,
                "breakdowns",
                table.breakdowns().stream().map(Dimension::name).toList());
        line(
                text,
                "filters",
                new TreeMap<>(table.filters())
                        .entrySet().stream()
                                .map(e -> e.getKey().name() + ":" + e.getValue())
                                .toList());
        line(text, "countries", List.of(table.countries().name()));
        line(text, "columns", table.columns());
        line(text, "protection", List.of(table.protectionVersion()));
        for (PublishedTable.Row row : table.rows()) {
            List<String> values = new ArrayList<>(row.codes());
            for (ProtectedCount count : row.counts()) {
                values.add((count.withheld()
                                ? WITHHELD
                                : String.valueOf(count.value().getAsLong())) + "/" + count.threshold() + "/"
                        + count.status().name());
            }
            line(text, "row", values);
        }
        return text.toString();
    }

    /** Reads a table written by {@link #text}. */
    public static PublishedTable parse(String text) {
        String[] lines = text.split("\n");
        Measure measure = Measure.valueOf(values(lines[0], "measure").get(0));
        List<Dimension> breakdowns =
                values(lines[1], "breakdowns").stream().map(Dimension::valueOf).toList();
        Map<Dimension, String> filters = new EnumMap<>(Dimension.class);
        for (String filter : values(lines[2], "filters")) {
            int colon = filter.indexOf(':');
            filters.put(Dimension.valueOf(filter.substring(0, colon)), filter.substring(colon + 1));
        }
        CountryGrouping countries =
                CountryGrouping.valueOf(values(lines[3], "countries").get(0));
        List<String> columns = values(lines[4], "columns");
        String protection = values(lines[5], "protection").get(0);
        List<PublishedTable.Row> rows = new ArrayList<>();
        for (int i = 6; i < lines.length; i++) {
            List<String> values = values(lines[i], "row");
            List<String> codes = values.subList(0, breakdowns.size());
            List<ProtectedCount> counts = values.subList(breakdowns.size(), values.size()).stream()
                    .map(ReleasedTable::count)
                    .toList();
            rows.add(new PublishedTable.Row(List.copyOf(codes), counts));
        }
        return new PublishedTable(measure, breakdowns, Map.copyOf(filters), countries, columns, rows, protection);
    }

    /** The SHA-256 of bytes, in hexadecimal. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The SHA-256 of a text in UTF-8. */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The districts a table shows: its rows' district codes, or the district it is filtered to. */
    public static Set<String> areas(PublishedTable table) {
        Set<String> areas = new LinkedHashSet<>();
        String filter = table.filters().get(Dimension.DISTRICT);
        if (filter != null) {
            areas.add(filter);
        }
        if (table.breakdowns().contains(Dimension.DISTRICT)) {
            table.rows().forEach(row -> areas.add(row.code(table.breakdowns(), Dimension.DISTRICT)));
        }
        return areas;
    }

    private static ProtectedCount count(String text) {
        String[] parts = text.split("/");
        OptionalLong value =
                WITHHELD.equals(parts[0]) ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(parts[0]));
        return new ProtectedCount(value, Integer.parseInt(parts[1]), ObservationStatus.valueOf(parts[2]));
    }

    private static void line(StringBuilder text, String name, List<String> values) {
        text.append(name);
        for (String value : values) {
            if (value.indexOf('\t') >= 0 || value.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("a code holds no tab or line break");
            }
            text.append('\t').append(value);
        }
        text.append('\n');
    }

    private static List<String> values(String line, String name) {
        List<String> parts = Arrays.asList(line.split("\t", -1));
        if (!parts.get(0).equals(name)) {
            throw new IllegalArgumentException("expected " + name + " in a released table");
        }
        return parts.subList(1, parts.size());
    }
}
