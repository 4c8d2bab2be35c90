package org.welcomedesk.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.welcomedesk.platform.i18n.Messages;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * An RFC 9457 problem details body. {@code errors} names each field at fault, so a client
 * can show the message beside the field. {@code findings} is an extension member for refusals
 * that are about a document rather than fields (a national release that does not conform);
 * absent (null, so not written) everywhere else.
 *
 * <p>Every problem the API answers is built the same way: {@link #of} with its title in the
 * caller's language, the {@code with...} parts it has, then {@link #response()}.
 */
public record Problem(URI type, String title, int status, String detail, List<FieldError> errors, List<?> findings) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");
    private static final String TYPE_BASE = "https://welcomedesk.org/problems/";

    /** One field and what is wrong with it, in the caller's language. */
    public record FieldError(String field, String message) {}

    /**
     * A problem with no detail and no field at fault (yet).
     *
     * @param type     the last segment of the problem's type URI, e.g. {@code not-found}
     * @param titleKey the bundle key of its title, said in {@code locale}
     */
    public static Problem of(Locale locale, String type, int status, String titleKey) {
        return new Problem(
                URI.create(TYPE_BASE + type), Messages.text(locale, titleKey), status, null, List.of(), null);
    }

    /** The same, for a status {@link Response.Status} names. */
    public static Problem of(Locale locale, String type, Response.Status status, String titleKey) {
        return of(locale, type, status.getStatusCode(), titleKey);
    }

    /** The same problem explained, in the caller's language. */
    public Problem withDetail(String text) {
        return new Problem(type, title, status, text, errors, findings);
    }

    /** The same problem naming the fields at fault. */
    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, List.copyOf(fieldErrors), findings);
    }

    /** The same problem with the reasons a document was refused, each an object of its own. */
    public Problem withFindings(List<?> reasons) {
        return new Problem(type, title, status, detail, errors, List.copyOf(reasons));
    }

    /** The answer carrying this problem; the caller may add headers (Allow, Retry-After, ETag) before building it. */
    public Response.ResponseBuilder response() {
        return Response.status(status).type(MEDIA_TYPE).entity(this);
    }
}
