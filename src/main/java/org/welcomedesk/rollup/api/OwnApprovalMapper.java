package org.welcomedesk.rollup.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.welcomedesk.platform.api.Problem;
import org.welcomedesk.platform.api.ProblemMapper;
import org.welcomedesk.platform.i18n.Messages;
import org.welcomedesk.rollup.domain.OwnApproval;

import java.util.List;
import java.util.Locale;

/** Four eyes in the API: approving one's own release is forbidden (403), said in the caller's language. */
@Provider
public class OwnApprovalMapper extends ProblemMapper<OwnApproval> {

    @Override
    protected Response.ResponseBuilder problem(OwnApproval refusal, Locale locale) {
        String message = Messages.text(locale, refusal.messageKey());
        return Problem.of(locale, "own-approval", Response.Status.FORBIDDEN, "problem.forbidden.title")
                .withDetail(message)
                .withErrors(List.of(new Problem.FieldError(refusal.field(), message)))
                .response();
    }
}
