package org.welcomedesk.rollup.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.welcomedesk.rollup.domain.OutboxMessage;

import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox to the hub: each due message is sent (PUT, idempotent by release id) and
 * the answer recorded in a transaction of its own, so a crash between the two only means the
 * message goes again and the hub answers that it has it already.
 */
@ApplicationScoped
public class Sender {

    private static final Logger LOG = Logger.getLogger(Sender.class.getName());

    @Inject
    Outbox outbox;

    @Inject
    Hub hub;

    // the poll and a kick after an approval never send at the same time
    private final ReentrantLock sending = new ReentrantLock();

    /** Delivers what is due; returns how many messages were tried (0 when another run is under way). */
    public int deliverDue() {
        if (!hub.configured() || !sending.tryLock()) {
            return 0;
        }
        try {
            int tried = 0;
            for (OutboxMessage message : outbox.due()) {
                HubAnswer answer = hub.deliver(message.getReleaseId(), message.getContentType(), message.getPayload());
                try {
                    outbox.record(message.getReleaseId(), answer);
                } catch (RuntimeException e) {
                    // one message that cannot be recorded must not hold up the others; it stays due
                    LOG.log(Level.WARNING, "Could not record the hub''s answer for release {0}: {1}", new Object[] {
                        message.getReleaseId(), e.getClass().getName()
                    });
                }
                if (answer instanceof HubAnswer.TryAgain failure) {
                    LOG.info(() -> "Release " + message.getReleaseId() + " not delivered yet: " + failure.reason());
                }
                tried++;
            }
            return tried;
        } finally {
            sending.unlock();
        }
    }
}
