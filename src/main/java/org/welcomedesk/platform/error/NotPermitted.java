package org.welcomedesk.platform.error;

/**
 * The caller may not touch this thing, though their role lets them use the operation: a partner
 * asking for another organisation's referral. Answered with 403, never with the thing.
 */
public class NotPermitted extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotPermitted(String what) {
        super(what);
    }
}
