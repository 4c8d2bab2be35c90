package org.welcomedesk.registry.imports.infrastructure;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The first worksheet of an Excel workbook (Office Open XML, {@code .xlsx}) copied out as CSV,
 * so a register kept in a spreadsheet is imported exactly like a CSV file. The sheet is read
 * with StAX, a row at a time: only the workbook's shared strings (each distinct text once) are
 * held in memory. Dates stored as day numbers with a date format become ISO dates; numbers
 * are written as typed (a phone or document number keeps all its digits); formulas give their
 * cached value.
 */
final class XlsxWorkbook {

    /** Refuse workbooks whose distinct texts alone would not fit comfortably in memory. */
    static final long MAX_SHARED_STRING_CHARS = 200_000_000L;

    /** Excel's built-in number formats that show dates (ECMA-376 part 1, 18.8.30). */
    private static final int[] BUILT_IN_DATE_FORMATS = {14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57};

    private final ZipFile zip;
    private final XMLInputFactory xml;

    private XlsxWorkbook(ZipFile zip) {
        this.zip = zip;
        this.xml = XMLInputFactory.newFactory();
        // a workbook is untrusted input: no DTDs, no external entities
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        xml.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    /** True if {@code head} (the first bytes of a file) starts a ZIP archive, as every .xlsx does. */
    static boolean looksLikeWorkbook(byte[] head, int length) {
        return length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** Writes the first worksheet of {@code workbook} to {@code csv} (RFC 4180, comma separated). */
    static void copyFirstSheetAsCsv(Path workbook, Writer csv) throws IOException {
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            new XlsxWorkbook(zip).copy(csv);
        } catch (XMLStreamException | RuntimeException e) {
            throw new IOException("not a readable workbook", e);
        }
    }

    private void copy(Writer csv) throws IOException, XMLStreamException {
        String sheet = firstSheetPath();
        boolean date1904 = date1904();
        List<String> shared = sharedStrings();
        boolean[] dateStyles = dateStyles();
        try (InputStream in = entry(sheet)) {
            XMLStreamReader reader = xml.createXMLStreamReader(in);
            List<String> row = null;
            int column = 0;
            String type = null;
            int style = 0;
            String value = null;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (reader.getLocalName()) {
                        case "row" -> {
                            // rows the sheet leaves out are empty ones: the import skips blank lines too
                            row = new ArrayList<>();
                            column = 0;
                        }
                        case "c" -> {
                            String ref = reader.getAttributeValue(null, "r");
                            if (ref != null) {
                                column = columnOf(ref);
                            }
                            type = reader.getAttributeValue(null, "t");
                            String s = reader.getAttributeValue(null, "s");
                            style = s == null ? 0 : Integer.parseInt(s);
                            value = null;
                        }
                        case "v" -> value = reader.getElementText();
                        case "t" -> value = (value == null ? "" : value) + reader.getElementText();
                        default -> {
                            // formulas (f), rich text runs (r, rPr) and the rest carry nothing to import
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if ("c".equals(reader.getLocalName()) && row != null) {
                        while (row.size() < column) {
                            row.add("");
                        }
                        row.add(text(type, style, value, shared, dateStyles, date1904));
                        column++;
                    } else if ("row".equals(reader.getLocalName()) && row != null) {
                        writeCsvLine(csv, row);
                        row = null;
                    }
                }
            }
        }
    }

    private static String text(
            String type, int style, String value, List<String> shared, boolean[] dateStyles, boolean date1904) {
        if (value == null) {
            return "";
        }
        if (type == null || type.equals("n")) {
            if (style < dateStyles.length && dateStyles[style] && !value.isBlank()) {
                return dateOf(new BigDecimal(value.strip()), date1904);
            }
            return plain(value);
        }
        return switch (type) {
            case "s" -> shared.get(Integer.parseInt(value.strip()));
            case "b" -> value.strip().equals("1") ? "TRUE" : "FALSE";
            default -> value; // str (formula text), inlineStr, e (an error shown as its code), d (ISO date)
        };
    }

    /** A number as typed: 12345678 rather than 1.2345678E7, 2.5 rather than 2.50. */
    private static String plain(String number) {
        try {
            BigDecimal decimal = new BigDecimal(number.strip()).stripTrailingZeros();
            return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
        } catch (NumberFormatException e) {
            return number;
        }
    }

    /** Excel's day number as an ISO date (or date and time when it has a time of day). */
    static String dateOf(BigDecimal serial, boolean date1904) {
        // 1900 system: day 1 is 1900-01-01 and Excel counts a 29 February 1900 that never was,
        // so from day 61 on the epoch is 1899-12-30
        LocalDateTime epoch = date1904
                ? LocalDate.of(1904, 1, 1).atStartOfDay()
                : serial.compareTo(BigDecimal.valueOf(61)) < 0
                        ? LocalDate.of(1899, 12, 31).atStartOfDay()
                        : LocalDate.of(1899, 12, 30).atStartOfDay();
        long days = serial.longValue();
        long seconds = serial.subtract(BigDecimal.valueOf(days))
                .multiply(BigDecimal.valueOf(86_400))
                .setScale(0, java.math.RoundingMode.HALF_UP)
                .longValue();
        LocalDateTime moment = epoch.plusDays(days).plus(seconds, ChronoUnit.SECONDS);
        return seconds == 0 ? moment.toLocalDate().toString() : moment.toString();
    }

    /** Column index of a cell reference such as {@code AB12} (A = 0). */
    static int columnOf(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }

    static void writeCsvLine(Writer csv, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.write(',');
            }
            String field = fields.get(i);
            if (field.indexOf(',') >= 0
                    || field.indexOf('"') >= 0
                    || field.indexOf('\n') >= 0
                    || field.indexOf('\r') >= 0) {
                csv.write('"');
                csv.write(field.replace("\"", "\"\""));
                csv.write('"');
            } else {
                csv.write(field);
            }
        }
        csv.write('\n');
    }

    private InputStream entry(String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IOException("workbook part missing: " + name);
        }
        return zip.getInputStream(entry);
    }

    private boolean has(String name) {
        return zip.getEntry(name) != null;
    }

    /** The part of the first sheet listed in the workbook, through the workbook's relationships. */
    private String firstSheetPath() throws IOException, XMLStreamException {
        String relationship = null;
        try (InputStream in = entry("xl/workbook.xml")) {
            XMLStreamReader reader = xml.createXMLStreamReader(in);
            while (reader.hasNext() && relationship == null) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT
                        && reader.getLocalName().equals("sheet")) {
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        if (reader.getAttributeLocalName(i).equals("id")) {
                            relationship = reader.getAttributeValue(i);
                        }
                    }
                }
            }
        }
        if (relationship != null && has("xl/_rels/workbook.xml.rels")) {
            try (InputStream in = entry("xl/_rels/workbook.xml.rels")) {
                XMLStreamReader reader = xml.createXMLStreamReader(in);
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT
                            && reader.getLocalName().equals("Relationship")
                            && relationship.equals(reader.getAttributeValue(null, "Id"))) {
                        String target = reader.getAttributeValue(null, "Target");
                        return target.startsWith("/") ? target.substring(1) : "xl/" + target;
                    }
                }
            }
        }
        return "xl/worksheets/sheet1.xml";
    }

    private boolean date1904() throws IOException, XMLStreamException {
        try (InputStream in = entry("xl/workbook.xml")) {
            XMLStreamReader reader = xml.createXMLStreamReader(in);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT
                        && reader.getLocalName().equals("workbookPr")) {
                    String value = reader.getAttributeValue(null, "date1904");
                    return "1".equals(value) || "true".equals(value);
                }
            }
        }
        return false;
    }

    private List<String> sharedStrings() throws IOException, XMLStreamException {
        List<String> strings = new ArrayList<>();
        if (!has("xl/sharedStrings.xml")) {
            return strings;
        }
        long chars = 0;
        try (InputStream in = entry("xl/sharedStrings.xml")) {
            XMLStreamReader reader = xml.createXMLStreamReader(in);
            StringBuilder current = null;
            int phonetic = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (reader.getLocalName()) {
                        case "si" -> current = new StringBuilder();
                        case "rPh" -> phonetic++; // Japanese reading hints are not part of the text
                        case "t" -> {
                            String text = reader.getElementText();
                            if (current != null && phonetic == 0) {
                                current.append(text);
                            }
                        }
                        default -> {}
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (reader.getLocalName().equals("rPh")) {
                        phonetic--;
                    } else if (reader.getLocalName().equals("si") && current != null) {
                        chars += current.length();
                        if (chars > MAX_SHARED_STRING_CHARS) {
                            throw new IOException("workbook texts too large");
                        }
                        strings.add(current.toString());
                        current = null;
                    }
                }
            }
        }
        return strings;
    }

    /** Per cell style (index into cellXfs), whether it shows a date. */
    private boolean[] dateStyles() throws IOException, XMLStreamException {
        if (!has("xl/styles.xml")) {
            return new boolean[0];
        }
        Map<Integer, Boolean> customDate = new HashMap<>();
        List<Boolean> styles = new ArrayList<>();
        try (InputStream in = entry("xl/styles.xml")) {
            XMLStreamReader reader = xml.createXMLStreamReader(in);
            boolean inCellXfs = false;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (reader.getLocalName()) {
                        case "numFmt" ->
                            customDate.put(
                                    Integer.parseInt(reader.getAttributeValue(null, "numFmtId")),
                                    isDateFormat(reader.getAttributeValue(null, "formatCode")));
                        case "cellXfs" -> inCellXfs = true;
                        case "xf" -> {
                            if (inCellXfs) {
                                String id = reader.getAttributeValue(null, "numFmtId");
                                int format = id == null ? 0 : Integer.parseInt(id);
                                styles.add(customDate.getOrDefault(format, isBuiltInDate(format)));
                            }
                        }
                        default -> {}
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT
                        && reader.getLocalName().equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
        }
        boolean[] dates = new boolean[styles.size()];
        for (int i = 0; i < dates.length; i++) {
            dates[i] = styles.get(i);
        }
        return dates;
    }

    private static boolean isBuiltInDate(int format) {
        for (int id : BUILT_IN_DATE_FORMATS) {
            if (id == format) {
                return true;
            }
        }
        return false;
    }

    /** A custom format shows a date if it uses d, m or y outside quoted text, escapes and [colour] tags. */
    static boolean isDateFormat(String code) {
        if (code == null) {
            return false;
        }
        String bare = code.replaceAll("\"[^\"]*\"", "")
                .replaceAll("\\\\.", "")
                .replaceAll("\\[[^]]*]", "")
                .toLowerCase(java.util.Locale.ROOT);
        // the first section only: "0;-0" style numbers have no date letters anyway
        int section = bare.indexOf(';');
        if (section >= 0) {
            bare = bare.substring(0, section);
        }
        return bare.matches(".*[dmy].*");
    }
}
