package org.welcomedesk.statistics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.welcomedesk.platform.i18n.Messages;
import org.welcomedesk.platform.text.CsvRecords;
import org.welcomedesk.statistics.domain.Dimension;
import org.welcomedesk.statistics.domain.ProtectedCount;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A published table as a file to download (CSV, XLSX), in the reader's language, with the note
 * that perturbed counts need not add up. The layout is the same in both formats: a header
 * line; one line per row of the table with, for each breakdown, its code and its name, and for
 * each period (or date) the count and its status (provisional or not); a withheld count is
 * written as "fewer than k", never as 0; after an empty line, the note, the filters and the
 * protection's version (never its parameters).
 */
@ApplicationScoped
public class TableFiles {

    /** The formats a table downloads in. */
    public enum Format {
        CSV,
        XLSX
    }

    /**
     * A file ready to send.
     *
     * @param name        the file name (no personal data, no free text)
     * @param contentType its media type
     * @param content     its bytes
     */
    public record File(String name, String contentType, byte[] content) {}

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CodeLabels labels;

    @Inject
    ReleaseLedger ledger;

    /** The table as a file, recorded in the release ledger as a download by the signed-in user. */
    public File download(PublishedTable table, Format format, Locale locale) {
        File file = render(table, format, locale);
        ledger.recordDownload(table, format, file.content());
        return file;
    }

    /** The table as a file. */
    public File render(PublishedTable table, Format format, Locale locale) {
        return render(table, format, labels.in(locale));
    }

    /** The table as a file, with these labels. */
    File render(PublishedTable table, Format format, CodeLabels.Labels labels) {
        List<List<Object>> lines = lines(table, labels);
        String name = fileName(table) + (format == Format.CSV ? ".csv" : ".xlsx");
        return format == Format.CSV
                ? new File(name, "text/csv; charset=UTF-8", csv(lines))
                : new File(
                        name,
                        XLSX_TYPE,
                        xlsx(
                                lines,
                                "rtl"
                                        .equals(org.welcomedesk.platform.i18n.UiLanguage.of(labels.locale())
                                                .direction())));
    }

    /** The lines of the file: Long for a count, String for any text. */
    static List<List<Object>> lines(PublishedTable table, CodeLabels.Labels labels) {
        Locale locale = labels.locale();
        List<List<Object>> lines = new ArrayList<>();
        List<Object> header = new ArrayList<>();
        for (Dimension dimension : table.breakdowns()) {
            header.add(labels.dimension(dimension));
            header.add(Messages.text(locale, "statistics.file.name", labels.dimension(dimension)));
        }
        for (String column : table.columns()) {
            header.add(column);
            header.add(Messages.text(locale, "statistics.file.status", column));
        }
        lines.add(header);
        for (PublishedTable.Row row : table.rows()) {
            List<Object> line = new ArrayList<>();
            for (int i = 0; i < table.breakdowns().size(); i++) {
                line.add(row.codes().get(i));
                line.add(labels.code(table.breakdowns().get(i), row.codes().get(i)));
            }
            for (ProtectedCount count : row.counts()) {
                Figure figure = Figure.of(count);
                line.add(
                        figure.withheld()
                                ? (Object) Messages.text(locale, "statistics.count.fewerThan", count.threshold())
                                : (Object) count.value().getAsLong());
                line.add(figure.provisional() ? Messages.text(locale, "statistics.count.provisional") : "");
            }
            lines.add(line);
        }
        lines.add(List.of());
        lines.add(List.of(Messages.text(locale, "statistics.note.perturbed")));
        lines.add(List.of(Messages.text(locale, "statistics.note.withheld")));
        if (!table.filters().isEmpty()) {
            String filters = table.filters().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(f -> labels.dimension(f.getKey()) + " = " + labels.code(f.getKey(), f.getValue()))
                    .collect(Collectors.joining("; "));
            lines.add(List.of(Messages.text(locale, "statistics.file.filters", filters)));
        }
        lines.add(List.of(Messages.text(locale, "statistics.file.protection", table.protectionVersion())));
        return lines;
    }

    /** A name that says what the table counts and by what, nothing else. */
    static String fileName(PublishedTable table) {
        StringBuilder name = new StringBuilder(table.measure().name().toLowerCase(Locale.ROOT));
        for (Dimension dimension : table.breakdowns()) {
            name.append('-').append(dimension.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        if (!table.columns().isEmpty()) {
            name.append('-').append(table.columns().get(0));
            if (table.columns().size() > 1) {
                name.append("_").append(table.columns().get(table.columns().size() - 1));
            }
        }
        return name.toString();
    }

    /** RFC 4180: CRLF line ends, fields with a comma, quote or line break quoted; UTF-8 with a byte order mark for spreadsheets. */
    static byte[] csv(List<List<Object>> lines) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<Object> line : lines) {
            out.append(CsvRecords.line(line.stream()
                            .map(field -> field instanceof Long ? String.valueOf(field) : inert(String.valueOf(field)))
                            .toList()))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Text a spreadsheet would take for a formula (a district named "=..."), kept as text. */
    static String inert(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /**
     * A one-sheet workbook (Office Open XML), counts as numbers and text inline. Written
     * directly: the project reads workbooks without a spreadsheet library and a table needs no
     * more than this.
     */
    static byte[] xlsx(List<List<Object>> lines, boolean rightToLeft) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            part(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    </Types>""");
            part(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>""");
            part(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                    <sheets><sheet name="Table" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            part(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                    </Relationships>""");
            StringBuilder sheet = new StringBuilder("""
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""");
            sheet.append("<sheetViews><sheetView workbookViewId=\"0\"")
                    .append(rightToLeft ? " rightToLeft=\"1\"" : "")
                    .append("/></sheetViews><sheetData>");
            for (int r = 0; r < lines.size(); r++) {
                sheet.append("<row r=\"").append(r + 1).append("\">");
                List<Object> line = lines.get(r);
                for (int c = 0; c < line.size(); c++) {
                    String ref = column(c) + (r + 1);
                    Object value = line.get(c);
                    if (value instanceof Long number) {
                        sheet.append("<c r=\"")
                                .append(ref)
                                .append("\"><v>")
                                .append(number)
                                .append("</v></c>");
                    } else if (!String.valueOf(value).isEmpty()) {
                        sheet.append("<c r=\"")
                                .append(ref)
                                .append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                                .append(escape(String.valueOf(value)))
                                .append("</t></is></c>");
                    }
                }
                sheet.append("</row>");
            }
            sheet.append("</sheetData></worksheet>");
            part(zip, "xl/worksheets/sheet1.xml", sheet.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A, B, ..., Z, AA, AB, ... */
    static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    /** XML text: markup characters escaped, characters XML cannot carry left out. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    if (c == 0x9
                            || c == 0xA
                            || c == 0xD
                            || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD)
                            || c > 0xFFFF) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
