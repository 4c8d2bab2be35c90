package org.welcomedesk.platform.error;

/** The thing asked for does not exist (or is not visible to the caller). */
public class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFound(String what) {
        super(what);
    }
}
