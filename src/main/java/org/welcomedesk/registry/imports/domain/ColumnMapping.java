package org.welcomedesk.registry.imports.domain;

import org.welcomedesk.platform.error.RuleViolation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which column of an import file fills which registry field. Suggested from the file's
 * headers, then corrected by the person importing.
 */
public record ColumnMapping(Map<ImportField, String> columns) {

    public ColumnMapping {
        columns = Collections.unmodifiableMap(
                columns.isEmpty() ? new EnumMap<>(ImportField.class) : new EnumMap<>(columns));
    }

    /** A mapping from headers that name registry fields; unknown headers are left unmapped. */
    public static ColumnMapping suggestedFor(List<String> headers) {
        Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
        for (String header : headers) {
            for (ImportField field : ImportField.values()) {
                if (!columns.containsKey(field) && field.recognises(header)) {
                    columns.put(field, header);
                }
            }
        }
        return new ColumnMapping(columns);
    }

    /**
     * Checks the mapping against the file: every required field mapped, every mapped column
     * present in the file.
     */
    public void checkAgainst(List<String> headers) {
        for (ImportField field : ImportField.values()) {
            if (field.isRequired() && !columns.containsKey(field)) {
                throw new RuleViolation("mapping." + field.name(), "import.mapping.required");
            }
        }
        columns.forEach((field, column) -> {
            if (!headers.contains(column)) {
                throw new RuleViolation("mapping." + field.name(), "import.mapping.unknownColumn", column);
            }
        });
    }

    /** The value of {@code field} in a row (by header), or null when unmapped or empty. */
    public String valueOf(ImportField field, Map<String, String> row) {
        String column = columns.get(field);
        String value = column == null ? null : row.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    String encode() {
        StringBuilder text = new StringBuilder();
        columns.forEach((field, column) -> text.append(field.name())
                .append('=')
                .append(column.replace("\n", " "))
                .append('\n'));
        return text.toString();
    }

    static ColumnMapping decode(String text) {
        Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                columns.put(ImportField.valueOf(line.substring(0, eq)), line.substring(eq + 1));
            }
        }
        return new ColumnMapping(columns);
    }
}
