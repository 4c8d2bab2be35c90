package org.welcomedesk.registry.records.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One need found at a visit, with a short note. */
@Embeddable
public class Need {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NeedCategory category;

    @Column(length = 500)
    private String note;

    protected Need() {
        // for JPA
    }

    public Need(NeedCategory category, String note) {
        this.category = category;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public NeedCategory getCategory() {
        return category;
    }

    public String getNote() {
        return note;
    }
}
