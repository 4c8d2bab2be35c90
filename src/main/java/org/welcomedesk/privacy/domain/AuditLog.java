package org.welcomedesk.privacy.domain;

import java.util.List;

/** Where audit entries are appended and read; there is no way to change or remove one. */
public interface AuditLog {

    void append(AuditEntry entry);

    List<AuditEntry> of(String subjectType, String subjectId);
}
