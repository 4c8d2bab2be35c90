package org.welcomedesk.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import org.welcomedesk.privacy.domain.AuditEntry;
import org.welcomedesk.privacy.domain.AuditLog;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Records who read or changed personal data. Must be called inside the transaction of the
 * read or change itself (MANDATORY), so an entry exists exactly when the change does.
 */
@ApplicationScoped
public class AuditTrail {

    /** The subject type of a person's record. */
    public static final String PERSON = "person";

    @Inject
    AuditLog log;

    // Jakarta Security's view of the caller, whichever mechanism signed them in (OpenID
    // Connect for people, bearer tokens for machines); null for scheduled work.
    @Inject
    SecurityContext security;

    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditEntry.Action action, String subjectType, String subjectId, Collection<String> fields) {
        log.append(new AuditEntry(Instant.now(clock), actor(), action, subjectType, subjectId, fields));
    }

    /**
     * Records work done on someone's behalf outside their request (an import running in the
     * background, resumed after a restart): the entry names them, not the worker.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordFor(
            String actor, AuditEntry.Action action, String subjectType, String subjectId, Collection<String> fields) {
        log.append(new AuditEntry(Instant.now(clock), actor, action, subjectType, subjectId, fields));
    }

    /** The history of a subject, newest first. */
    @Transactional
    public List<AuditEntry> historyOf(String subjectType, String subjectId) {
        return log.of(subjectType, subjectId);
    }

    /** The name of the caller, or "system" for scheduled work. */
    public String actor() {
        Principal caller = security.getCallerPrincipal();
        String name = caller == null ? null : caller.getName();
        return name == null || name.isBlank() || "UNAUTHENTICATED".equals(name) ? "system" : name;
    }
}
