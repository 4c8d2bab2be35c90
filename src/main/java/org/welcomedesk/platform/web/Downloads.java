package org.welcomedesk.platform.web;

import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The one way a page hands the browser a file: the response replaced by the file as an
 * attachment, written straight to the response stream, and the Faces life cycle ended.
 */
public final class Downloads {

    /** Writes the file's content; may throw {@link IOException}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private Downloads() {}

    public static void send(String fileName, String contentType, Content content) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(contentType);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        content.writeTo(external.getResponseOutputStream());
        faces.responseComplete();
    }
}
