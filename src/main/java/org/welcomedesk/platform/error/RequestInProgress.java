package org.welcomedesk.platform.error;

/**
 * The same request, under the same Idempotency-Key, is still being carried out for this caller:
 * its result is not there yet, so asking again in a moment returns it.
 */
public class RequestInProgress extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RequestInProgress() {
        super("a request with this Idempotency-Key is still in progress");
    }
}
