package org.welcomedesk.platform.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.welcomedesk.platform.i18n.Messages;
import org.welcomedesk.platform.i18n.UiLanguage;
import org.welcomedesk.platform.text.PlainText;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Limits every request before a resource reads it: a body larger than its operation takes is
 * a 413 problem (JSON bodies are counted as they arrive, whatever Content-Length says), and a
 * query or path parameter breaking the text rule ({@link PlainText}: one line, at most
 * {@link PlainText#SHORT} characters, no control characters) is a 400 naming the parameter.
 * The Idempotency-Key header follows the same rule. Runs after authorisation, so only callers allowed to use an operation are read from.
 */
@Provider
@Priority(Priorities.USER)
public class RequestLimits implements ContainerRequestFilter {

    /** The largest JSON body an operation takes unless it says otherwise with {@link BodyLimit}. */
    public static final long DEFAULT_BODY_BYTES = 1024 * 1024;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        Locale locale = UiLanguage.bestMatch(request.getAcceptableLanguages().iterator())
                .locale();
        List<Problem.FieldError> errors = new ArrayList<>();
        check(request.getUriInfo().getQueryParameters(), locale, errors);
        check(request.getUriInfo().getPathParameters(), locale, errors);
        // The one header read as text and stored (idempotency keys); others are parsed or ignored.
        String key = request.getHeaderString("Idempotency-Key");
        if (key != null) {
            check(new jakarta.ws.rs.core.MultivaluedHashMap<>(Map.of("Idempotency-Key", key)), locale, errors);
        }
        if (!errors.isEmpty()) {
            request.abortWith(ProblemMappers.invalid(locale, errors).response().build());
            return;
        }
        long limit = limit();
        if (request.getLength() > limit || (isJson(request.getMediaType()) && !bufferedWithin(request, limit))) {
            request.abortWith(
                    Problem.of(locale, "too-large", Response.Status.REQUEST_ENTITY_TOO_LARGE, "problem.tooLarge.title")
                            .withDetail(Messages.text(locale, "problem.tooLarge.detail", limit / 1024))
                            .response()
                            .build());
        }
    }

    private static void check(
            MultivaluedMap<String, String> parameters, Locale locale, List<Problem.FieldError> errors) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                PlainText.fault(value, PlainText.SHORT, false)
                        .ifPresent(key -> errors.add(new Problem.FieldError(
                                parameter.getKey(), Messages.text(locale, key, PlainText.SHORT))));
            }
        }
    }

    private long limit() {
        Method method = resource == null ? null : resource.getResourceMethod();
        BodyLimit declared = method == null ? null : method.getAnnotation(BodyLimit.class);
        return declared == null ? DEFAULT_BODY_BYTES : declared.bytes();
    }

    private static boolean isJson(MediaType type) {
        return type != null
                && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    }

    /** Reads the body up to the limit, and hands what was read to the resource. */
    private static boolean bufferedWithin(ContainerRequestContext request, long limit) throws IOException {
        if (!request.hasEntity()) {
            return true;
        }
        try (InputStream in = request.getEntityStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                return false;
            }
            request.setEntityStream(new ByteArrayInputStream(body));
            return true;
        }
    }
}
