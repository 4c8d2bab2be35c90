package org.welcomedesk.services.domain;

import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.registry.records.domain.DocumentType;
import org.welcomedesk.registry.records.domain.ResidenceStatus;
import org.welcomedesk.registry.records.domain.Sex;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A condition of eligibility an administrator can put on a service, with the value it takes
 * (a number, or a list of codes of which the person must match one). Evaluating a condition
 * always gives a {@link Reason}, met or not, so the clerk sees why.
 */
public enum Criterion {
    /** Value: an age in years; the person must be at least that old. */
    MIN_AGE(Shape.NUMBER),
    /** Value: an age in years; the person must not be older. */
    MAX_AGE(Shape.NUMBER),
    /** Value: F or M. */
    SEX(Shape.CODES),
    /** Value: residence statuses, e.g. NEWCOMER,RESIDENT. */
    RESIDENCE_STATUS(Shape.CODES),
    /** Value: months; the person must have lived in the city at least that long. */
    MIN_MONTHS_IN_CITY(Shape.NUMBER),
    /** Value: months; only people who arrived less than that long ago. */
    MAX_MONTHS_IN_CITY(Shape.NUMBER),
    /** Value: document types; the person must hold one of them. */
    DOCUMENT(Shape.CODES),
    /** Value: district codes the service covers. */
    DISTRICT(Shape.CODES),
    /** Value: language codes; the person must speak one of them. */
    LANGUAGE(Shape.CODES);

    private enum Shape {
        NUMBER,
        CODES
    }

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private final Shape shape;

    Criterion(Shape shape) {
        this.shape = shape;
    }

    /**
     * The value in its one stored form (trimmed number; codes upper-cased where they are
     * enum codes, de-duplicated, comma-separated), or a {@link RuleViolation} on the field
     * {@code ruleValue} naming what is wrong.
     */
    public String normalise(String value) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation("ruleValue", "validation.required");
        }
        if (shape == Shape.NUMBER) {
            try {
                int number = Integer.parseInt(value.strip());
                if (number < 0 || number > 1200) {
                    throw new RuleViolation("ruleValue", "eligibility.value.range");
                }
                return Integer.toString(number);
            } catch (NumberFormatException e) {
                throw new RuleViolation("ruleValue", "eligibility.value.number");
            }
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            String code = part.strip();
            if (code.isEmpty()) {
                continue;
            }
            if (!CODE.matcher(code).matches() || !knows(code)) {
                throw new RuleViolation("ruleValue", "eligibility.value.code", code);
            }
            codes.add(this == LANGUAGE ? code.toLowerCase(Locale.ROOT) : code.toUpperCase(Locale.ROOT));
        }
        if (codes.isEmpty()) {
            throw new RuleViolation("ruleValue", "validation.required");
        }
        return String.join(",", codes);
    }

    private boolean knows(String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        return switch (this) {
            case SEX -> upper.equals("F") || upper.equals("M");
            case RESIDENCE_STATUS -> isConstant(ResidenceStatus.class, upper);
            case DOCUMENT -> isConstant(DocumentType.class, upper);
            default -> true;
        };
    }

    private static <E extends Enum<E>> boolean isConstant(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equals(name));
    }

    /** Evaluates the condition with a stored (normalised) value against a person. */
    Reason evaluate(String value, PersonProfile person) {
        return switch (this) {
            case MIN_AGE -> bound(person.age(), Integer.parseInt(value), true);
            case MAX_AGE -> bound(person.age(), Integer.parseInt(value), false);
            case MIN_MONTHS_IN_CITY -> bound(person.monthsInCity(), Integer.parseInt(value), true);
            case MAX_MONTHS_IN_CITY -> bound(person.monthsInCity(), Integer.parseInt(value), false);
            case SEX -> oneOf(codes(value, Sex::valueOf), person.sex() == null ? Set.of() : Set.of(person.sex()));
            case RESIDENCE_STATUS ->
                oneOf(
                        codes(value, ResidenceStatus::valueOf),
                        person.status() == null ? Set.of() : Set.of(person.status()));
            case DOCUMENT -> oneOf(codes(value, DocumentType::valueOf), person.documents());
            case DISTRICT ->
                oneOf(
                        codes(value, Function.identity()),
                        person.districtCode() == null ? Set.of() : Set.of(person.districtCode()));
            case LANGUAGE -> oneOf(codes(value, Function.identity()), person.languages());
        };
    }

    private Reason bound(Integer actual, int limit, boolean atLeast) {
        if (actual == null) {
            return Reason.of(Reason.Kind.ELIGIBILITY, false, key("unknown"), limit);
        }
        boolean met = atLeast ? actual >= limit : actual <= limit;
        return Reason.of(Reason.Kind.ELIGIBILITY, met, key(met ? "met" : "unmet"), limit, actual);
    }

    private <T> Reason oneOf(List<T> allowed, Set<T> held) {
        boolean met = allowed.stream().anyMatch(held::contains);
        return Reason.of(Reason.Kind.ELIGIBILITY, met, key(met ? "met" : "unmet"), allowed);
    }

    private static <T> List<T> codes(String value, Function<String, T> parse) {
        return Arrays.stream(value.split(",")).map(parse).toList();
    }

    /** e.g. eligibility.MIN_AGE.unmet */
    private String key(String outcome) {
        return "eligibility." + name() + "." + outcome;
    }
}
