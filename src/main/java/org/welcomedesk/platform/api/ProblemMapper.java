package org.welcomedesk.platform.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import java.util.Locale;

/**
 * Turns one kind of exception into RFC 9457 problem details in the language of the request's
 * Accept-Language. Every exception mapper of the API extends it and is named after what it
 * maps: {@code NotFoundMapper} for {@code NotFound}, {@code OwnApprovalMapper} for
 * {@code OwnApproval}.
 *
 * @param <E> the exception mapped
 */
public abstract class ProblemMapper<E extends Throwable> implements ExceptionMapper<E> {

    @Context
    HttpHeaders headers;

    @Override
    public final Response toResponse(E exception) {
        return problem(exception, RequestBodies.locale(headers)).build();
    }

    /** The problem {@code exception} stands for, said in {@code locale}: {@link Problem#response()} and any headers. */
    protected abstract Response.ResponseBuilder problem(E exception, Locale locale);
}
