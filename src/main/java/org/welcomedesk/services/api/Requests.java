package org.welcomedesk.services.api;

import jakarta.json.JsonObject;
import org.welcomedesk.platform.api.RequestBodies;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.input.DateText;
import org.welcomedesk.platform.text.TextField;
import org.welcomedesk.registry.records.domain.NeedCategory;
import org.welcomedesk.services.domain.DeclineReason;
import org.welcomedesk.services.domain.OfferKind;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Request bodies of the services API, and the one place its codes (needs, offers, decline
 * reasons, dates) are read from text: an unknown code is a problem naming the field, never a
 * server error or a 404.
 */
final class Requests {

    private Requests() {}

    /** A referral to draft. */
    public record NewReferral(
            String personId,
            String serviceAtLocationId,
            String need,
            @TextField(maxLength = 500, multiLine = true) String note,
            String dueDate) {}

    /** Sending a draft; {@code consentGivenNow} when the person has just agreed to share. */
    public record Send(Boolean consentGivenNow) {}

    /** A new due date. */
    public record DueDate(String dueDate) {}

    /** A partner declining, with one of the decline reasons and an optional note. */
    public record Decline(
            String reason,
            @TextField(maxLength = 500, multiLine = true) String note) {}

    /** Like {@link RequestBodies#json}, but an empty body means "nothing said" (the default). */
    static <T> T parseOptional(String body, Class<T> type, T whenEmpty) {
        return body == null || body.isBlank() ? whenEmpty : RequestBodies.json(body, type);
    }

    /** A JSON object body passed on as it is (the HSDS document), read as strictly as the rest. */
    static JsonObject object(String body) {
        return RequestBodies.object(body);
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "validation.required");
        }
        return value.strip();
    }

    static NeedCategory need(String code, String field) {
        return constant(NeedCategory.class, required(code, field))
                .orElseThrow(() -> new RuleViolation(field, "api.need.unknown", code.strip()));
    }

    /** Needs from query parameters, each possibly a comma-separated list. */
    static List<NeedCategory> needs(List<String> values, String field) {
        return values == null
                ? List.of()
                : values.stream()
                        .flatMap(v -> Arrays.stream(v.split(",")))
                        .map(String::strip)
                        .filter(v -> !v.isEmpty())
                        .map(v -> need(v, field))
                        .distinct()
                        .toList();
    }

    static OfferKind offer(String code, String field) {
        return constant(OfferKind.class, required(code, field))
                .orElseThrow(() -> new RuleViolation(field, "api.offer.unknown", code.strip()));
    }

    static DeclineReason declineReason(String code, String field) {
        return constant(DeclineReason.class, required(code, field))
                .orElseThrow(() -> new RuleViolation(field, "api.declineReason.unknown", code.strip()));
    }

    /** An ISO date (2025-03-31), or null when absent: {@link DateText#date}. */
    static LocalDate date(String text, String field) {
        return DateText.date(text, field);
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String code) {
        String name = code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(name))
                .findFirst();
    }
}
