package org.welcomedesk.national.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.welcomedesk.national.application.Refused;
import org.welcomedesk.platform.api.Problem;
import org.welcomedesk.platform.api.ProblemMapper;
import org.welcomedesk.platform.i18n.Messages;

import java.util.Locale;

/** A refused release as RFC 9457 problem details with its findings, in the city's language. */
@Provider
public class RefusedMapper extends ProblemMapper<Refused> {

    @Override
    protected Response.ResponseBuilder problem(Refused refused, Locale locale) {
        String kind = switch (refused.status()) {
            case 403 -> "otherCity";
            case 409 -> "conflict";
            default -> "nonConforming";
        };
        return Problem.of(locale, "national-release-refused", refused.status(), "national.problem.title")
                .withDetail(Messages.text(locale, "national.problem." + kind))
                .withFindings(refused.findings().stream()
                        .map(f -> FindingDto.of(f, locale))
                        .toList())
                .response();
    }
}
