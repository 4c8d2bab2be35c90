package org.welcomedesk.registry.application;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Where uploaded import files wait until their import finishes (so an interrupted import can
 * resume), and how their rows are read: streamed, one row at a time.
 */
public interface ImportFiles {

    /** Keeps the upload under {@code importId}; returns its column headers. */
    List<String> store(String importId, InputStream content) throws IOException;

    /** The column headers of a stored file. */
    List<String> headers(String importId) throws IOException;

    /** The rows after the header, in order, numbered from 1. */
    Rows open(String importId) throws IOException;

    /** Files an upload under its import's id once the import is created. */
    void rename(String uploadId, String importId) throws IOException;

    void delete(String importId);

    /** One row: its number in the file (the header not counted), values by header, the line as written. */
    record Row(int number, Map<String, String> values, String original) {
    }

    /** Rows streamed from a file. */
    interface Rows extends Iterator<Row>, Closeable {
    }
}
