package org.welcomedesk.registry.imports.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.welcomedesk.registry.imports.application.ImportFiles;
import org.welcomedesk.registry.imports.domain.ImportJob;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Import files kept on disk under {@code welcomedesk.imports.dir} until their import ends, read
 * as CSV (RFC 4180: quoted fields may hold separators, quotes and line breaks). The separator
 * is what the header line uses: comma, semicolon (spreadsheets in French and Portuguese) or tab.
 * UTF-8, with or without a byte order mark. An Excel workbook is stored as the CSV of its first
 * sheet ({@link XlsxWorkbook}), so every import reads one format.
 */
@ApplicationScoped
public class CsvImportFiles implements ImportFiles {

    @Inject
    @ConfigProperty(name = "welcomedesk.imports.dir", defaultValue = "imports")
    String directory;

    protected CsvImportFiles() {
        // for CDI
    }

    public CsvImportFiles(Path directory) {
        this.directory = directory.toString();
    }

    private Path file(String id) throws IOException {
        if (!id.matches("[0-9a-f-]{36}")) {
            throw new IOException("not an import id");
        }
        Path dir = Path.of(directory);
        Files.createDirectories(dir);
        return dir.resolve(id + ".csv");
    }

    @Override
    public Stored store(String importId, InputStream content) throws IOException {
        Path target = file(importId);
        Path upload = target.resolveSibling(importId + ".upload");
        try {
            Files.copy(content, upload, StandardCopyOption.REPLACE_EXISTING);
            ImportJob.Format format = formatOf(upload);
            if (format == ImportJob.Format.XLSX) {
                try (Writer csv = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                    XlsxWorkbook.copyFirstSheetAsCsv(upload, csv);
                }
            } else {
                Files.move(upload, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return new Stored(format, headers(importId));
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    private static ImportJob.Format formatOf(Path upload) throws IOException {
        byte[] head = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(upload)) {
            read = in.readNBytes(head, 0, head.length);
        }
        return XlsxWorkbook.looksLikeWorkbook(head, read) ? ImportJob.Format.XLSX : ImportJob.Format.CSV;
    }

    @Override
    public List<String> headers(String importId) throws IOException {
        try (CsvReader reader = new CsvReader(Files.newBufferedReader(file(importId), StandardCharsets.UTF_8))) {
            return reader.headers;
        }
    }

    @Override
    public Rows open(String importId) throws IOException {
        return new CsvReader(Files.newBufferedReader(file(importId), StandardCharsets.UTF_8));
    }

    @Override
    public void rename(String uploadId, String importId) throws IOException {
        Files.move(file(uploadId), file(importId), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void delete(String importId) {
        try {
            Files.deleteIfExists(file(importId));
        } catch (IOException e) {
            // a left-over file holds no state; the next clean-up of the directory removes it
        }
    }

    /** Streams records; holds one record in memory at a time. */
    static final class CsvReader implements Rows {
        private final BufferedReader in;
        private final char separator;
        private final List<String> headers;
        private Record next;
        private int number;

        CsvReader(BufferedReader in) throws IOException {
            this.in = in;
            in.mark(1);
            int first = in.read();
            if (first != '\uFEFF' && first != -1) {
                in.reset();
            }
            in.mark(64 * 1024);
            String headerLine = in.readLine();
            in.reset();
            this.separator = headerLine == null ? ',' : separatorOf(headerLine);
            Record header = read();
            this.headers = header == null
                    ? List.of()
                    : header.fields.stream().map(String::strip).toList();
            this.next = read();
        }

        private static char separatorOf(String line) {
            long commas = line.chars().filter(c -> c == ',').count();
            long semicolons = line.chars().filter(c -> c == ';').count();
            long tabs = line.chars().filter(c -> c == '\t').count();
            if (tabs > commas && tabs > semicolons) {
                return '\t';
            }
            return semicolons > commas ? ';' : ',';
        }

        private record Record(List<String> fields, String original) {}

        /** The next record, or null at the end; blank lines are skipped. */
        private Record read() throws IOException {
            while (true) {
                String line = in.readLine();
                if (line == null) {
                    return null;
                }
                if (line.isBlank()) {
                    continue;
                }
                StringBuilder original = new StringBuilder(line);
                List<String> fields = new ArrayList<>();
                StringBuilder field = new StringBuilder();
                boolean quoted = false;
                int i = 0;
                while (true) {
                    if (i >= line.length()) {
                        if (quoted) {
                            // a quoted field goes on over a line break
                            String more = in.readLine();
                            if (more == null) {
                                break;
                            }
                            field.append('\n');
                            original.append('\n').append(more);
                            line = more;
                            i = 0;
                            continue;
                        }
                        break;
                    }
                    char c = line.charAt(i);
                    if (quoted) {
                        if (c == '"') {
                            if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                                field.append('"');
                                i++;
                            } else {
                                quoted = false;
                            }
                        } else {
                            field.append(c);
                        }
                    } else if (c == '"' && field.toString().isBlank()) {
                        field.setLength(0);
                        quoted = true;
                    } else if (c == separator) {
                        fields.add(field.toString());
                        field.setLength(0);
                    } else {
                        field.append(c);
                    }
                    i++;
                }
                fields.add(field.toString());
                return new Record(fields, original.toString());
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public Row next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            Record current = next;
            try {
                next = read();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < headers.size() && i < current.fields.size(); i++) {
                values.put(headers.get(i), current.fields.get(i).strip());
            }
            return new Row(++number, values, current.original);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
