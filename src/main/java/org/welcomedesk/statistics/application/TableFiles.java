package org.welcomedesk.statistics.application;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;

/**
 * A published table as a file to download (CSV, XLSX), in the reader's language, with the note
 * that perturbed counts need not add up. Being built: see the pages' branch.
 */
@ApplicationScoped
public class TableFiles {

    /** The formats a table downloads in. */
    public enum Format { CSV, XLSX }

    /**
     * A file ready to send.
     *
     * @param name        the file name (no personal data, no free text)
     * @param contentType its media type
     * @param content     its bytes
     */
    public record File(String name, String contentType, byte[] content) {
    }

    /** The table as a file. */
    public File render(PublishedTable table, Format format, Locale locale) {
        throw new UnsupportedOperationException("TableFiles.render is being built");
    }
}
