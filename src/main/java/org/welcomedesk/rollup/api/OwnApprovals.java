package org.welcomedesk.rollup.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.welcomedesk.platform.api.Problem;
import org.welcomedesk.platform.api.RequestBodies;
import org.welcomedesk.platform.i18n.Messages;
import org.welcomedesk.rollup.domain.OwnApproval;

import java.util.List;
import java.util.Locale;

/** Four eyes in the API: approving one's own release is forbidden (403), said in the caller's language. */
@Provider
public class OwnApprovals implements ExceptionMapper<OwnApproval> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(OwnApproval refusal) {
        Locale locale = RequestBodies.locale(headers);
        String message = Messages.text(locale, refusal.messageKey());
        return Problem.of("own-approval", Messages.text(locale, "problem.forbidden.title"), Response.Status.FORBIDDEN,
                message, List.of(new Problem.FieldError(refusal.field(), message))).toResponse();
    }
}
