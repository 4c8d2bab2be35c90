package org.welcomedesk.registry.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.platform.security.CurrentUser;
import org.welcomedesk.platform.security.Role;
import org.welcomedesk.privacy.domain.AuditEntry;
import org.welcomedesk.registry.application.PersonRecords;
import org.welcomedesk.registry.domain.Person;
import org.welcomedesk.registry.domain.ResidenceEvent;

import java.io.Serializable;
import java.util.List;

/**
 * desk/person.xhtml?id=: a person's record: details, the residence timeline (newest first,
 * corrected events marked), household, documents, consent and needs; for supervisors, who
 * read or changed it. Opening the page is an audited read.
 */
@Named
@ViewScoped
public class PersonPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonRecords records;

    @Inject
    CurrentUser currentUser;

    private String id;
    private transient Person person;
    private transient List<AuditEntry> history;

    /** Loads the record once per view (f:viewAction). */
    public void load() {
        if (person == null && id != null) {
            person = records.view(id);
        }
    }

    public Person getPerson() {
        return person;
    }

    /** The timeline, newest first. */
    public List<ResidenceEvent> getTimeline() {
        List<ResidenceEvent> timeline = new java.util.ArrayList<>(person.getEvents());
        java.util.Collections.reverse(timeline);
        return timeline;
    }

    public boolean isCorrected(ResidenceEvent event) {
        return !person.effectiveEvents().contains(event);
    }

    public List<AuditEntry> getHistory() {
        if (history == null && currentUser.hasRole(Role.SUPERVISOR_NAME)) {
            history = records.history(id);
        }
        return history == null ? List.of() : history;
    }

    // The event form: a move between districts or a departure, dated today unless changed.
    private org.welcomedesk.registry.domain.ResidenceEventType eventType =
            org.welcomedesk.registry.domain.ResidenceEventType.MOVE_WITHIN_CITY;
    private java.time.LocalDate eventDate = java.time.LocalDate.now();
    private Long eventDistrictId;
    private String eventCountry;
    private String eventMunicipality;

    public void recordEvent() {
        records.recordEvent(id, new org.welcomedesk.registry.domain.ResidenceEventFacts(eventType, eventDate, null,
                eventType.establishesResidence() ? eventDistrictId : null,
                eventType.otherPlaceIsCountry() ? eventCountry : null,
                eventType.otherPlaceIsCountry() ? null : eventMunicipality, null));
        reload();
    }

    public void giveConsent(org.welcomedesk.registry.domain.ConsentPurpose purpose) {
        records.recordConsent(id, purpose, true);
        reload();
    }

    public void withdrawConsent(org.welcomedesk.registry.domain.ConsentPurpose purpose) {
        records.recordConsent(id, purpose, false);
        reload();
    }

    // Needs assessed at today's visit, one entry per category.
    private final java.util.Map<org.welcomedesk.registry.domain.NeedCategory, RegistrationWizard.NeedForm> visitNeeds =
            newNeedForms();

    private static java.util.Map<org.welcomedesk.registry.domain.NeedCategory, RegistrationWizard.NeedForm> newNeedForms() {
        var forms = new java.util.EnumMap<org.welcomedesk.registry.domain.NeedCategory, RegistrationWizard.NeedForm>(
                org.welcomedesk.registry.domain.NeedCategory.class);
        for (var category : org.welcomedesk.registry.domain.NeedCategory.values()) {
            forms.put(category, new RegistrationWizard.NeedForm(category));
        }
        return forms;
    }

    public java.util.List<RegistrationWizard.NeedForm> getVisitNeeds() {
        return new java.util.ArrayList<>(visitNeeds.values());
    }

    public void assessNeeds() {
        var needs = visitNeeds.values().stream().filter(RegistrationWizard.NeedForm::isSelected)
                .map(n -> new org.welcomedesk.registry.domain.Need(n.getCategory(), n.getNote())).toList();
        if (needs.isEmpty()) {
            throw new org.welcomedesk.platform.error.RuleViolation("needs", "validation.required");
        }
        records.assessNeeds(id, needs);
        visitNeeds.values().forEach(n -> {
            n.setSelected(false);
            n.setNote(null);
        });
        reload();
    }

    // A document shown after registration.
    private final MemberForm document = new MemberForm();

    public MemberForm getDocument() {
        return document;
    }

    public void addDocument() {
        if (document.getDocumentType() == null) {
            throw new org.welcomedesk.platform.error.RuleViolation("documentType", "validation.required");
        }
        records.addDocument(id, document.getDocumentType(), document.getDocumentNumber(), document.getDocumentCountry(),
                document.getDocumentExpiry());
        document.setDocumentNumber(null);
        document.setDocumentExpiry(null);
        reload();
    }

    public org.welcomedesk.registry.domain.DocumentType[] getDocumentTypes() {
        return org.welcomedesk.registry.domain.DocumentType.values();
    }

    private void reload() {
        person = records.view(id);
        history = null;
    }

    public org.welcomedesk.registry.domain.ResidenceEventType[] getEventTypes() {
        return new org.welcomedesk.registry.domain.ResidenceEventType[] {
                org.welcomedesk.registry.domain.ResidenceEventType.MOVE_WITHIN_CITY,
                org.welcomedesk.registry.domain.ResidenceEventType.DEPARTURE_ABROAD,
                org.welcomedesk.registry.domain.ResidenceEventType.DEPARTURE_TO_MUNICIPALITY,
                org.welcomedesk.registry.domain.ResidenceEventType.ARRIVAL_FROM_ABROAD,
                org.welcomedesk.registry.domain.ResidenceEventType.ARRIVAL_FROM_MUNICIPALITY};
    }

    public org.welcomedesk.registry.domain.ConsentPurpose[] getConsentPurposes() {
        return org.welcomedesk.registry.domain.ConsentPurpose.values();
    }

    public boolean hasConsent(org.welcomedesk.registry.domain.ConsentPurpose purpose) {
        return person.hasConsentTo(purpose);
    }

    /** The bundle key of where consent for {@code purpose} stands: given, withdrawn, or never asked. */
    public String consentState(org.welcomedesk.registry.domain.ConsentPurpose purpose) {
        if (person.hasConsentTo(purpose)) {
            return "person.granted";
        }
        boolean everRecorded = person.getConsents().stream().anyMatch(c -> c.getPurpose() == purpose);
        return everRecorded ? "person.withdrawn" : "person.notGiven";
    }

    /** A moment shown in the interface language and the server's time zone. */
    public String moment(java.time.Instant instant) {
        var locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM)
                .withLocale(locale).withZone(java.time.ZoneId.systemDefault()).format(instant);
    }

    public String fields(AuditEntry entry) {
        return String.join(", ", entry.getFields());
    }

    public org.welcomedesk.registry.domain.ResidenceEventType getEventType() {
        return eventType;
    }

    public void setEventType(org.welcomedesk.registry.domain.ResidenceEventType eventType) {
        this.eventType = eventType;
    }

    public java.time.LocalDate getEventDate() {
        return eventDate;
    }

    public void setEventDate(java.time.LocalDate eventDate) {
        this.eventDate = eventDate;
    }

    public Long getEventDistrictId() {
        return eventDistrictId;
    }

    public void setEventDistrictId(Long eventDistrictId) {
        this.eventDistrictId = eventDistrictId;
    }

    public String getEventCountry() {
        return eventCountry;
    }

    public void setEventCountry(String eventCountry) {
        this.eventCountry = eventCountry;
    }

    public String getEventMunicipality() {
        return eventMunicipality;
    }

    public void setEventMunicipality(String eventMunicipality) {
        this.eventMunicipality = eventMunicipality;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
