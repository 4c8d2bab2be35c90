package org.welcomedesk.platform.api;

import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.HttpHeaders;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.i18n.UiLanguage;

import java.util.List;
import java.util.Locale;

/**
 * What every resource reads from a request the same way: a JSON body (missing or malformed
 * is a problem naming the body, not a server error) and the interface language that best
 * fits its Accept-Language.
 */
public final class RequestBodies {

    private RequestBodies() {
    }

    /** Reads a JSON body as {@code type}. */
    public static <T> T json(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw new RuleViolation("body", "validation.bodyMissing");
        }
        try (var jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(body, type);
        } catch (JsonbException e) {
            throw new RuleViolation("body", "validation.bodyMalformed");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The interface language that best fits the request's Accept-Language. */
    public static Locale locale(HttpHeaders headers) {
        List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
        return UiLanguage.bestMatch(accepted.iterator()).locale();
    }
}
