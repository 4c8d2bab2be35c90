package org.welcomedesk.registry.imports.application;

import org.welcomedesk.registry.imports.domain.ImportJob;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Where uploaded import files wait until their import finishes (so an interrupted import can
 * resume), and how their rows are read: streamed, one row at a time, whatever the upload's format.
 */
public interface ImportFiles {

    /**
     * Keeps the upload under {@code importId}: a CSV file as it is, an Excel workbook (.xlsx,
     * recognised by its content) as the CSV of its first sheet. Returns what it was and its
     * column headers.
     */
    Stored store(String importId, InputStream content) throws IOException;

    /** What an upload turned out to be, and its column headers. */
    record Stored(ImportJob.Format format, List<String> headers) {}

    /** The column headers of a stored file. */
    List<String> headers(String importId) throws IOException;

    /** The rows after the header, in order, numbered from 1. */
    Rows open(String importId) throws IOException;

    /** Files an upload under its import's id once the import is created. */
    void rename(String uploadId, String importId) throws IOException;

    void delete(String importId);

    /** One row: its number in the file (the header not counted), values by header, the line as written. */
    record Row(int number, Map<String, String> values, String original) {}

    /** Rows streamed from a file. */
    interface Rows extends Iterator<Row>, Closeable {}
}
