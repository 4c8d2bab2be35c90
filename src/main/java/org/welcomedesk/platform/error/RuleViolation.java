package org.welcomedesk.platform.error;

/**
 * A domain rule the request broke, naming the field at fault and a message key from the
 * interface bundles. Shown as a field message in pages and as an RFC 9457 problem in the API.
 */
public class RuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolation(String field, String messageKey, Object... arguments) {
        super(messageKey + " (" + field + ")");
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
