package org.welcomedesk.rollup.domain;

import org.welcomedesk.national.domain.Observation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The observations of a release in a canonical text (one line per cell, sorted), kept with the
 * release so the next one of the period can be compared with what was actually sent.
 */
public final class ReleaseCells {

    private static final String FIELD = "|";

    // cell id (dataflow|key) -> "value|OBS|CONF"
    private final Map<String, String> cells;

    private ReleaseCells(Map<String, String> cells) {
        this.cells = cells;
    }

    public static ReleaseCells of(List<Observation> observations) {
        Map<String, String> cells = new TreeMap<>();
        for (Observation o : observations) {
            String value = o.value().isPresent() ? Long.toString(o.value().getAsLong()) : "";
            cells.put(
                    o.dataflow() + FIELD + keyText(o.key()),
                    value
                            + FIELD
                            + nullToEmpty(o.observationStatus())
                            + FIELD
                            + nullToEmpty(o.confidentialityStatus()));
        }
        return new ReleaseCells(cells);
    }

    public static ReleaseCells parse(String text) {
        Map<String, String> cells = new TreeMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                if (!line.isEmpty()) {
                    String[] f = line.split("\\|", -1);
                    cells.put(f[0] + FIELD + f[1], f[2] + FIELD + f[3] + FIELD + f[4]);
                }
            }
        }
        return new ReleaseCells(cells);
    }

    /** The canonical text: one line per cell, DATAFLOW|KEY|VALUE|OBS_STATUS|CONF_STATUS. */
    public String text() {
        StringBuilder text = new StringBuilder();
        cells.forEach(
                (cell, value) -> text.append(cell).append(FIELD).append(value).append('\n'));
        return text.toString();
    }

    public int size() {
        return cells.size();
    }

    /** The observations again, as they travel to the hub. */
    public List<Observation> observations() {
        List<Observation> observations = new ArrayList<>(cells.size());
        cells.forEach((cell, value) -> {
            String[] id = cell.split("\\|", -1);
            String[] v = value.split("\\|", -1);
            Map<String, String> key = new LinkedHashMap<>();
            for (String pair : id[1].split(",")) {
                int eq = pair.indexOf('=');
                key.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            observations.add(new Observation(
                    id[0],
                    key,
                    v[0].isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(v[0])),
                    emptyToNull(v[1]),
                    emptyToNull(v[2])));
        });
        return observations;
    }

    /**
     * The cells whose value or observation status differ from an earlier release's, cells new
     * and gone included, in cell order.
     */
    public List<CellChange> changesSince(ReleaseCells earlier) {
        List<CellChange> changes = new ArrayList<>();
        TreeSet<String> ids = new TreeSet<>(cells.keySet());
        ids.addAll(earlier.cells.keySet());
        for (String id : ids) {
            String now = cells.get(id);
            String before = earlier.cells.get(id);
            if (Objects.equals(now, before)) {
                continue;
            }
            String[] cell = id.split("\\|", -1);
            String[] n = now == null ? null : now.split("\\|", -1);
            String[] b = before == null ? null : before.split("\\|", -1);
            if (n != null && b != null && n[0].equals(b[0]) && n[1].equals(b[1])) {
                continue; // only CONF_STATUS wording: the same value and status
            }
            changes.add(new CellChange(
                    cell[0],
                    cell[1],
                    number(b),
                    number(n),
                    b == null ? null : emptyToNull(b[1]),
                    n == null ? null : emptyToNull(n[1])));
        }
        return changes;
    }

    private static Long number(String[] value) {
        return value == null || value[0].isEmpty() ? null : Long.valueOf(value[0]);
    }

    private static String keyText(Map<String, String> key) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(key).forEach((dimension, code) -> {
            if (text.length() > 0) {
                text.append(',');
            }
            text.append(dimension).append('=').append(code);
        });
        return text.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReleaseCells that && cells.equals(that.cells);
    }

    @Override
    public int hashCode() {
        return cells.hashCode();
    }
}
