package org.welcomedesk.platform.api;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.HttpHeaders;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.i18n.UiLanguage;

import java.util.List;
import java.util.Locale;

/**
 * What every resource reads from a request the same way, and strictly: a JSON body bound
 * exactly as written ({@link StrictJson}: no value is guessed into another, every fault is a
 * problem naming its field), flags and numbers from query parameters or form parts, and the
 * interface language that best fits its Accept-Language.
 */
public final class RequestBodies {

    private RequestBodies() {}

    /** Reads a JSON body as {@code type} (a record, or an array of them). */
    public static <T> T json(String body, Class<T> type) {
        return StrictJson.bind(body, type, "");
    }

    /**
     * Reads a JSON body as {@code type}, naming the body {@code name} in faults: a top-level
     * array's elements are {@code name[0]}, {@code name[1]}...
     */
    public static <T> T json(String body, Class<T> type, String name) {
        return StrictJson.bind(body, type, name);
    }

    /** Reads a JSON object body passed on as it is (a document of another standard), strictly. */
    public static JsonObject object(String body) {
        return StrictJson.bind(body, JsonObject.class, "");
    }

    /**
     * A yes/no parameter (query parameter, form part): exactly {@code true} or {@code false};
     * absent is {@code whenAbsent}; anything else, blank too, is refused naming {@code name}, so a
     * "dry run" is never guessed into a real one.
     */
    public static boolean flag(String value, String name, boolean whenAbsent) {
        if (value == null) {
            return whenAbsent;
        }
        // "?dryRun=" names the flag without saying which: a guess either way could run a real import
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new RuleViolation(name, "validation.boolean");
        };
    }

    /**
     * A whole-number parameter between {@code min} and {@code max}; absent or blank is
     * {@code whenAbsent}; anything else is refused naming {@code name}.
     */
    public static int wholeNumber(String value, String name, int whenAbsent, int min, int max) {
        if (value == null || value.isEmpty()) {
            return whenAbsent;
        }
        if (!value.matches("-?[0-9]{1,10}")) {
            throw new RuleViolation(name, "validation.wholeNumber");
        }
        long number = Long.parseLong(value);
        if (number < min || number > max) {
            throw new RuleViolation(name, "validation.between", min, max);
        }
        return (int) number;
    }

    /** The interface language that best fits the request's Accept-Language. */
    public static Locale locale(HttpHeaders headers) {
        List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
        return UiLanguage.bestMatch(accepted.iterator()).locale();
    }
}
