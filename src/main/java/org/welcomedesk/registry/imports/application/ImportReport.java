package org.welcomedesk.registry.imports.application;

import org.welcomedesk.platform.i18n.FieldLabels;
import org.welcomedesk.platform.i18n.Messages;
import org.welcomedesk.registry.imports.domain.ImportRow;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The report of an import as a reader gets it: each row rejected or held back, with the
 * reason in their language and the row as it was, as CSV a spreadsheet opens (UTF-8 with a
 * byte order mark; cells that would run as formulas are quoted harmless).
 */
public final class ImportReport {

    private static final int PAGE = 1000;

    private ImportReport() {}

    /** Why a row was rejected or held back, in the reader's language. */
    public static String reasonOf(ImportRow row, Locale locale) {
        if (row.getOutcome() != ImportRow.Outcome.REJECTED) {
            return Messages.text(locale, "import.outcome." + row.getOutcome().name());
        }
        String[] parts = row.getReason().split("\\|");
        String said = Messages.text(locale, parts[0], (Object[]) Arrays.copyOfRange(parts, 1, parts.length));
        return row.getField() == null
                ? said
                : Messages.labelled(locale, FieldLabels.label(locale, row.getField()), said);
    }

    /** Writes the whole report, reading the problem rows a page at a time. */
    public static void write(ImportJobs imports, String importId, Locale locale, Writer out) throws IOException {
        out.write('\uFEFF');
        out.write(String.join(
                        ",",
                        List.of("row", "outcome", "field", "reason", "match", "original").stream()
                                .map(k -> cell(Messages.text(locale, "import.report." + k)))
                                .toList())
                + "\r\n");
        int first = 0;
        while (true) {
            List<ImportRow> rows = imports.problems(importId, first, PAGE);
            for (ImportRow row : rows) {
                out.write(String.join(
                                ",",
                                String.valueOf(row.getRowNumber()),
                                cell(Messages.text(
                                        locale,
                                        "import.outcome." + row.getOutcome().name())),
                                cell(row.getField() == null ? "" : FieldLabels.label(locale, row.getField())),
                                cell(reasonOf(row, locale)),
                                cell(row.getMatchId() == null ? "" : row.getMatchId()),
                                cell(row.getOriginal() == null ? "" : row.getOriginal()))
                        + "\r\n");
            }
            if (rows.size() < PAGE) {
                break;
            }
            first += rows.size();
        }
        out.flush();
    }

    private static String cell(String value) {
        // a leading = + - @ would make a spreadsheet run the cell as a formula
        String safe = value.matches("(?s)^[=+\\-@].*") ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
