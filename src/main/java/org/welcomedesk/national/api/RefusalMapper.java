package org.welcomedesk.national.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.welcomedesk.national.application.Refused;
import org.welcomedesk.platform.api.Problem;
import org.welcomedesk.platform.api.RequestBodies;
import org.welcomedesk.platform.i18n.Messages;

import java.util.List;
import java.util.Locale;

/** A refused release as RFC 9457 problem details with its findings, in the city's language. */
@Provider
public class RefusalMapper implements ExceptionMapper<Refused> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Refused refused) {
        Locale locale = RequestBodies.locale(headers);
        String kind = switch (refused.status()) {
            case 403 -> "otherCity";
            case 409 -> "conflict";
            default -> "nonConforming";
        };
        Problem problem = Problem.of("national-release-refused", Messages.text(locale, "national.problem.title"),
                        refused.status(), Messages.text(locale, "national.problem." + kind), List.of())
                .withFindings(refused.findings().stream().map(f -> FindingDto.of(f, locale)).toList());
        return problem.toResponse();
    }
}
