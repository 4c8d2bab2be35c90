package org.welcomedesk.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem details body. {@code errors} names each field at fault, so a client
 * can show the message beside the field. {@code findings} is an extension member for refusals
 * that are about a document rather than fields (a national release that does not conform);
 * absent (null, so not written) everywhere else.
 */
public record Problem(URI type, String title, int status, String detail, List<FieldError> errors, List<?> findings) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");
    private static final String TYPE_BASE = "https://welcomedesk.org/problems/";

    /** One field and what is wrong with it, in the caller's language. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(String type, String title, Response.Status status, String detail,
                             List<FieldError> errors) {
        return of(type, title, status.getStatusCode(), detail, errors);
    }

    /** The same, for a status {@link Response.Status} has no constant for. */
    public static Problem of(String type, String title, int status, String detail, List<FieldError> errors) {
        return new Problem(URI.create(TYPE_BASE + type), title, status, detail, errors, null);
    }

    /** The same problem with the reasons a document was refused, each an object of its own. */
    public Problem withFindings(List<?> reasons) {
        return new Problem(type, title, status, detail, errors, List.copyOf(reasons));
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
