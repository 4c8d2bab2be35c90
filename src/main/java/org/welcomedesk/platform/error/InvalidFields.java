package org.welcomedesk.platform.error;

import jakarta.validation.ConstraintViolation;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Several fields failed validation at once, each with a message key of the interface
 * bundles. Field names may carry a prefix naming the part of a request they belong to
 * (e.g. {@code members[1].sex}).
 */
public class InvalidFields extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One invalid field, with the arguments its message takes (a limit, the values allowed). */
    public record FieldError(String field, String messageKey, List<Object> arguments) {

        public FieldError {
            arguments = arguments == null ? List.of() : List.copyOf(arguments);
        }

        public FieldError(String field, String messageKey) {
            this(field, messageKey, List.of());
        }
    }

    private final transient List<FieldError> errors;

    public InvalidFields(List<FieldError> errors) {
        super("invalid fields: " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    /** From Bean Validation violations, prefixing each property path. */
    public static InvalidFields of(String prefix, Set<? extends ConstraintViolation<?>> violations) {
        return new InvalidFields(violations.stream()
                .map(v ->
                        new FieldError(prefix + lastNode(v.getPropertyPath().toString()), key(v.getMessageTemplate())))
                .sorted(Comparator.comparing(FieldError::field))
                .toList());
    }

    private static String lastNode(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static String key(String template) {
        return template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1)
                : template;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
