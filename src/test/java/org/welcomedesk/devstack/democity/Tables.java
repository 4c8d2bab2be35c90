package org.welcomedesk.devstack.democity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The demo city's tables (names, streets, municipalities...), kept as text files beside this
 * class: one file per table, one entry per line, in the order the generator draws from them.
 */
final class Tables {

    private Tables() {}

    /** The entries of a table, e.g. {@code names/arabic-female}; an absent table is empty. */
    static List<String> lines(String table) {
        InputStream in = Tables.class.getResourceAsStream(table + ".txt");
        if (in == null) {
            return List.of();
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table whose entries are {@code key=value}: the values of each key, in the file's order. */
    static <K> Map<K, List<String>> grouped(String table, Function<String, K> key) {
        Map<K, List<String>> groups = new LinkedHashMap<>();
        for (String line : lines(table)) {
            int eq = line.indexOf('=');
            groups.computeIfAbsent(key.apply(line.substring(0, eq)), k -> new ArrayList<>())
                    .add(line.substring(eq + 1));
        }
        groups.replaceAll((k, values) -> List.copyOf(values));
        return Map.copyOf(groups);
    }
}
