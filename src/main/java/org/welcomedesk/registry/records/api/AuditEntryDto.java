package org.welcomedesk.registry.records.api;

import org.welcomedesk.privacy.domain.AuditEntry;

import java.time.Instant;
import java.util.List;

/** One audited read or change. */
public record AuditEntryDto(Instant occurredAt, String actor, String action, List<String> fields) {

    public static AuditEntryDto of(AuditEntry entry) {
        return new AuditEntryDto(
                entry.getOccurredAt(), entry.getActor(), entry.getAction().name(), entry.getFields());
    }
}
