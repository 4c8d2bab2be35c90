package org.welcomedesk.statistics.application;

import org.junit.jupiter.api.Test;
import org.welcomedesk.statistics.domain.CellKey;
import org.welcomedesk.statistics.domain.CountryGrouping;
import org.welcomedesk.statistics.domain.Dimension;
import org.welcomedesk.statistics.domain.DisclosureControl;
import org.welcomedesk.statistics.domain.Measure;
import org.welcomedesk.statistics.domain.ObservationStatus;
import org.welcomedesk.statistics.domain.ProtectedCount;
import org.welcomedesk.statistics.domain.ProtectionParameters;
import org.welcomedesk.statistics.domain.RecordKey;
import org.welcomedesk.statistics.domain.Sensitivity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A published table as CSV and XLSX: what a planner downloads is what the page shows, protected, with the note. */
class TableFilesTest {

    private static final DisclosureControl CONTROL = new DisclosureControl(new ProtectionParameters(
            "test-7", 3, 2.0, "a test secret, not the city's".getBytes(StandardCharsets.UTF_8), 5, 10));
    private static final CodeLabels.Labels ENGLISH = labels(Locale.ENGLISH);

    private final Random random = new Random(20261207);

    private static CodeLabels.Labels labels(Locale locale) {
        return new CodeLabels.Labels(
                locale,
                Map.of("D01", "Old Town", "D02", "Harbour, the docks"),
                (code, l) -> "SY".equals(code) ? "Syria" : null);
    }

    /** A district x flow table of small and large true counts, every cell protected by the real disclosure control. */
    private PublishedTable districtTable(ObservationStatus status) {
        List<PublishedTable.Row> rows = new ArrayList<>();
        int count = 0;
        for (String district : List.of("D01", "D02")) {
            for (String flow : List.of("IMM", "EMI", "MOVE_IN")) {
                List<ProtectedCount> counts = new ArrayList<>();
                for (int column = 0; column < 2; column++) {
                    CellKey cell = CellKey.empty();
                    for (int i = 0; i < count; i++) {
                        cell = cell.plus(RecordKey.ofFraction(random.nextDouble()));
                    }
                    counts.add(CONTROL.protect(cell, Sensitivity.ORDINARY, status));
                    count = (count + 1) * 2 % 23;
                }
                rows.add(new PublishedTable.Row(List.of(district, flow), counts));
            }
        }
        return new PublishedTable(
                Measure.FLOWS,
                List.of(Dimension.DISTRICT, Dimension.FLOW),
                Map.of(Dimension.SEX, "F"),
                CountryGrouping.ISO,
                List.of("2024", "2025"),
                rows,
                CONTROL.version());
    }

    private static List<List<String>> parseCsv(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                line.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                line.add(field.toString());
                field.setLength(0);
                lines.add(line);
                line = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return lines;
    }

    @Test
    void theCsvHasAHeaderEveryRowTheNoteAndNoCountOfOneOrTwo() {
        PublishedTable table = districtTable(ObservationStatus.A);
        TableFiles.File file = new TableFiles().render(table, TableFiles.Format.CSV, ENGLISH);

        assertEquals("flows-district-flow-2024_2025.csv", file.name());
        assertTrue(file.contentType().startsWith("text/csv"));
        String text = new String(file.content(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte order mark, so spreadsheets read UTF-8");
        List<List<String>> lines = parseCsv(text.substring(1));

        assertEquals(
                List.of(
                        "District",
                        "District (name)",
                        "Flow",
                        "Flow (name)",
                        "2024",
                        "2024 (status)",
                        "2025",
                        "2025 (status)"),
                lines.get(0));
        int withheld = 0;
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> line = lines.get(r + 1);
            PublishedTable.Row row = table.rows().get(r);
            assertEquals(row.codes().get(0), line.get(0));
            assertEquals(row.codes().get(1), line.get(2));
            for (int c = 0; c < 2; c++) {
                String value = line.get(4 + 2 * c);
                ProtectedCount count = row.counts().get(c);
                if (count.withheld()) {
                    assertEquals("fewer than 5", value);
                    withheld++;
                } else {
                    assertEquals(String.valueOf(count.value().getAsLong()), value);
                }
                assertNotEquals("1", value);
                assertNotEquals("2", value);
            }
        }
        assertTrue(withheld > 0, "the table has small cells, shown as fewer than k");
        assertEquals("D02 Harbour, the docks", lines.get(4).get(1), "a name with a comma stays one field");
        assertTrue(text.contains("need not add up"), text);
        assertTrue(text.contains("Filters: Sex = Women"), text);
        assertTrue(text.contains("Protection version: test-7"), text);
    }

    @Test
    void provisionalCountsAreMarkedButAWithheldCountsStatusIsNotShown() {
        PublishedTable table = districtTable(ObservationStatus.P);
        List<List<Object>> lines = TableFiles.lines(table, ENGLISH);
        for (int r = 0; r < table.rows().size(); r++) {
            for (int c = 0; c < 2; c++) {
                ProtectedCount count = table.rows().get(r).counts().get(c);
                Object status = lines.get(r + 1).get(5 + 2 * c);
                assertEquals(count.withheld() ? "" : "provisional", status);
            }
        }
    }

    @Test
    void theNoteAndHeadersAreInTheReadersLanguage() {
        PublishedTable table = districtTable(ObservationStatus.A);
        String arabic = new String(
                new TableFiles()
                        .render(table, TableFiles.Format.CSV, labels(Locale.forLanguageTag("ar")))
                        .content(),
                StandardCharsets.UTF_8);
        String french = new String(
                new TableFiles()
                        .render(table, TableFiles.Format.CSV, labels(Locale.FRENCH))
                        .content(),
                StandardCharsets.UTF_8);
        assertTrue(arabic.contains("الحي"), arabic);
        assertTrue(french.contains("Quartier"), french);
        assertFalse(arabic.contains("need not add up"));
        assertFalse(french.contains("need not add up"));
    }

    @Test
    void aTextThatASpreadsheetWouldRunAsAFormulaStaysText() {
        assertEquals("'=HYPERLINK(\"x\")", TableFiles.inert("=HYPERLINK(\"x\")"));
        assertEquals("Old Town", TableFiles.inert("Old Town"));
    }

    @Test
    void theWorkbookHoldsTheSameLinesCountsAsNumbersRightToLeftInArabic() throws IOException {
        PublishedTable table = districtTable(ObservationStatus.A);
        TableFiles.File file =
                new TableFiles().render(table, TableFiles.Format.XLSX, labels(Locale.forLanguageTag("ar")));
        assertEquals("flows-district-flow-2024_2025.xlsx", file.name());
        Map<String, String> parts = unzip(file.content());
        assertTrue(
                parts.keySet()
                        .containsAll(List.of(
                                "[Content_Types].xml",
                                "_rels/.rels",
                                "xl/workbook.xml",
                                "xl/_rels/workbook.xml.rels",
                                "xl/worksheets/sheet1.xml")),
                parts.keySet().toString());
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("rightToLeft=\"1\""));

        // every published count is a number cell in its place: row r+2 (after the header), column E or G
        for (int r = 0; r < table.rows().size(); r++) {
            for (int c = 0; c < 2; c++) {
                ProtectedCount count = table.rows().get(r).counts().get(c);
                String ref = TableFiles.column(4 + 2 * c) + (r + 2);
                Matcher cell = Pattern.compile("<c r=\"" + ref + "\"( t=\"inlineStr\")?>(.*?)</c>")
                        .matcher(sheet);
                assertTrue(cell.find(), ref);
                if (count.withheld()) {
                    assertTrue(cell.group(2).contains("أقل من"), cell.group(2));
                } else {
                    assertEquals("<v>" + count.value().getAsLong() + "</v>", cell.group(2));
                }
            }
        }
        assertTrue(sheet.contains("test-7"));
        String english = unzip(new TableFiles()
                        .render(table, TableFiles.Format.XLSX, ENGLISH)
                        .content())
                .get("xl/worksheets/sheet1.xml");
        assertFalse(english.contains("rightToLeft"));
        assertTrue(english.contains("need not add up"));
    }

    @Test
    void columnNamesRunLikeASpreadsheets() {
        assertEquals(
                List.of("A", "Z", "AA", "AZ", "BA"),
                List.of(
                        TableFiles.column(0),
                        TableFiles.column(25),
                        TableFiles.column(26),
                        TableFiles.column(51),
                        TableFiles.column(52)));
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }
}
