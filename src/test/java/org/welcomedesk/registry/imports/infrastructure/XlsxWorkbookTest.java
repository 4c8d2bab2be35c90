package org.welcomedesk.registry.imports.infrastructure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.welcomedesk.registry.imports.application.ImportFiles;
import org.welcomedesk.registry.imports.domain.ImportJob;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Registers kept in Excel: {@code imports/register.xlsx} was written by ExcelJS (not by us) the
 * way Excel writes a sheet: shared strings, rich text, date formats on columns, numbers as
 * numbers, empty cells left out.
 */
class XlsxWorkbookTest {

    private static final String ID = "00000000-0000-0000-0000-00000000000a";

    @TempDir
    Path directory;

    private List<ImportFiles.Row> rows(CsvImportFiles files) throws IOException {
        List<ImportFiles.Row> rows = new ArrayList<>();
        try (ImportFiles.Rows open = files.open(ID)) {
            open.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void anExcelRegisterIsImportedAsTheCsvOfItsFirstSheet() throws IOException {
        CsvImportFiles files = new CsvImportFiles(directory);
        ImportFiles.Stored stored;
        try (InputStream workbook = getClass().getResourceAsStream("/imports/register.xlsx")) {
            stored = files.store(ID, workbook);
        }

        assertEquals(ImportJob.Format.XLSX, stored.format());
        assertEquals(
                List.of(
                        "first_name",
                        "last_name",
                        "sex",
                        "date_of_birth",
                        "country_of_birth",
                        "nationality",
                        "passport",
                        "arrival_date",
                        "district",
                        "previous_country",
                        "phone"),
                stored.headers());
        List<ImportFiles.Row> rows = rows(files);
        assertEquals(5, rows.size());

        Map<String, String> hodan = rows.get(0).values();
        assertEquals("Farah{k}", hodan.get("last_name"));
        assertEquals("1992-03-04", hodan.get("date_of_birth"), "a date cell shown as dd/mm/yyyy becomes an ISO date");
        assertEquals("2026-05-01", hodan.get("arrival_date"));
        assertEquals("612345678", hodan.get("phone"), "a number keeps its digits, not 6.12345678E8");

        Map<String, String> girma = rows.get(1).values();
        assertEquals("Alemu{k}", girma.get("last_name"), "rich text runs are one text");
        assertEquals("1985", girma.get("date_of_birth"), "text in a date column stays text");
        assertEquals("", girma.get("nationality"), "a cell left out is empty and the next ones keep their column");
        assertEquals("X{k}2", girma.get("passport"));
        assertEquals("D03", girma.get("district"));

        assertEquals("Iryna, Maria", rows.get(2).values().get("first_name"), "a comma stays inside its field");
        assertEquals("", rows.get(3).values().get("sex"));
        assertEquals(hodan, rows.get(4).values());
        assertEquals(
                List.of(1, 2, 3, 4, 5),
                rows.stream().map(ImportFiles.Row::number).toList());
    }

    @Test
    void aCsvUploadIsKeptAsItIs() throws IOException {
        CsvImportFiles files = new CsvImportFiles(directory);
        ImportFiles.Stored stored = files.store(
                ID, new ByteArrayInputStream("first_name;last_name\nAmina;Warsame\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ImportJob.Format.CSV, stored.format());
        assertEquals("Warsame", rows(files).get(0).values().get("last_name"));
    }

    @Test
    void aDamagedWorkbookIsRefusedAndLeavesNoFile() {
        CsvImportFiles files = new CsvImportFiles(directory);
        byte[] damaged = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8};
        assertThrows(IOException.class, () -> files.store(ID, new ByteArrayInputStream(damaged)));
        assertFalse(directory.resolve(ID + ".upload").toFile().exists());
    }

    @Test
    void excelDayNumbersAreDates() {
        assertEquals("1900-01-01", XlsxWorkbook.dateOf(BigDecimal.ONE, false));
        assertEquals("1900-02-28", XlsxWorkbook.dateOf(BigDecimal.valueOf(59), false));
        assertEquals(
                "1900-03-01",
                XlsxWorkbook.dateOf(BigDecimal.valueOf(61), false),
                "Excel's 29 February 1900 (day 60) never was");
        assertEquals("1990-02-03", XlsxWorkbook.dateOf(BigDecimal.valueOf(32907), false));
        assertEquals(
                "1904-01-02", XlsxWorkbook.dateOf(BigDecimal.ONE, true), "workbooks from old Macs count from 1904");
        assertEquals("2026-05-01T12:00", XlsxWorkbook.dateOf(new BigDecimal("46143.5"), false));
    }

    @Test
    void dateFormatsAreToldFromNumberFormats() {
        assertTrue(XlsxWorkbook.isDateFormat("dd/mm/yyyy"));
        assertTrue(XlsxWorkbook.isDateFormat("[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy"));
        assertFalse(XlsxWorkbook.isDateFormat("0.00"));
        assertFalse(XlsxWorkbook.isDateFormat("#,##0;[Red]-#,##0"));
        assertFalse(XlsxWorkbook.isDateFormat("\"day \"0"));
        assertFalse(XlsxWorkbook.isDateFormat("General"));
        assertEquals(27, XlsxWorkbook.columnOf("AB12"));
        assertEquals(0, XlsxWorkbook.columnOf("A1"));
    }
}
