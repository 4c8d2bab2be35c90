package org.welcomedesk.registry.registration.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.platform.security.CurrentUser;
import org.welcomedesk.platform.security.Role;
import org.welcomedesk.platform.web.PageNotices;
import org.welcomedesk.privacy.domain.AuditEntry;
import org.welcomedesk.registry.records.application.PersonRecords;
import org.welcomedesk.registry.records.domain.ConsentPurpose;
import org.welcomedesk.registry.records.domain.Need;
import org.welcomedesk.registry.records.domain.NeedCategory;
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.registry.records.domain.ResidenceEvent;
import org.welcomedesk.registry.records.domain.ResidenceEventFacts;
import org.welcomedesk.registry.records.domain.ResidenceEventType;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * desk/person.xhtml?id=: a person's record: details, the residence timeline (newest first,
 * corrected events marked), household, documents, consent and needs, with the counter's
 * actions on them (record a move or departure, needs at this visit, a document, consent);
 * for supervisors, who read or changed it. Opening the page is an audited read. A move or
 * departure of someone living with others is recorded for the household together, but for
 * the members the clerk unticks. Every action that saves ends on this page again, by its
 * {@code ?id=}, with a confirmation; a refused one stays on the form with what was typed.
 */
@Named
@ViewScoped
public class PersonPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonRecords records;

    @Inject
    CurrentUser currentUser;

    @Inject
    org.welcomedesk.registry.duplicates.application.DuplicateReview duplicateReview;

    private transient List<org.welcomedesk.registry.duplicates.domain.PersonMerge> merges;

    private String id;
    private transient Person person;
    private transient List<AuditEntry> history;

    // The event form: a move between districts or a departure, dated today unless changed.
    private ResidenceEventType eventType = ResidenceEventType.MOVE_WITHIN_CITY;
    private LocalDate eventDate = LocalDate.now();
    private Long eventDistrictId;
    private String eventCountry;
    private String eventMunicipality;
    private String eventAddress;
    // the household's members as the event form lists them, in the household's order
    private final List<Mover> movers = new ArrayList<>();

    // Needs assessed at today's visit, and a document shown after registration.
    private final Map<NeedCategory, RegistrationWizard.NeedForm> visitNeeds = new EnumMap<>(NeedCategory.class);
    private final PersonForm document = new PersonForm();
    private java.util.ArrayList<org.welcomedesk.registry.records.domain.SkillGroup> skills =
            new java.util.ArrayList<>();

    public PersonPage() {
        resetVisitNeeds();
    }

    /** Loads the record once per view (f:viewAction). */
    public void load() {
        if (person == null && id != null) {
            person = records.view(id);
            skills = new java.util.ArrayList<>(person.getSkills());
            listMovers();
        }
    }

    /** Everyone in the household, the ones living in the city ticked: the move takes them along. */
    private void listMovers() {
        movers.clear();
        if (person.getHousehold() == null) {
            return;
        }
        var current = person.getHousehold().currentMembers();
        for (Person member : person.getHousehold().getMembers()) {
            movers.add(new Mover(
                    member.getId(),
                    member.getName().display(),
                    member.getHouseholdRole() == null
                            ? null
                            : member.getHouseholdRole().name(),
                    current.contains(member)));
        }
    }

    /** Merges this record took part in (supervisors, who may undo them). */
    public List<org.welcomedesk.registry.duplicates.domain.PersonMerge> getMerges() {
        if (merges == null && currentUser.hasRole(Role.SUPERVISOR_NAME)) {
            merges = duplicateReview.mergesOf(id);
        }
        return merges == null ? List.of() : merges;
    }

    public void unmerge(long mergeId) throws IOException {
        duplicateReview.unmerge(mergeId);
        confirmHere("person.unmerged");
    }

    /**
     * Records the event for this person, or, when they live with others, for every member
     * still ticked (one transaction: all or none).
     */
    public void recordEvent() throws IOException {
        var facts =
                ResidenceEventFacts.of(eventType, eventDate, eventDistrictId, eventCountry, eventMunicipality, null);
        if (isHouseholdMove()) {
            records.recordHouseholdEvent(
                    person.getHousehold().getId(),
                    facts,
                    eventAddress,
                    movers.stream()
                            .filter(m -> m.isCurrent() && !m.isSelected())
                            .map(Mover::getPersonId)
                            .toList());
            confirmHere("person.eventRecorded.household");
        } else {
            records.recordEvent(id, facts);
            confirmHere("person.eventRecorded");
        }
    }

    /** Whether the event form moves the household: this person lives in the city with a household. */
    public boolean isHouseholdMove() {
        return movers.stream().anyMatch(m -> m.getPersonId().equals(id) && m.isCurrent());
    }

    /** Whether the form lists members to untick: someone else in the household lives in the city. */
    public boolean isOthersToMove() {
        return isHouseholdMove() && movers.stream().filter(Mover::isCurrent).count() > 1;
    }

    public List<Mover> getMovers() {
        return movers;
    }

    /** The confirmation, on this person's page again, so that a reload shows the same record. */
    private void confirmHere(String key) throws IOException {
        PageNotices.confirmAndGo(key, "/desk/person.xhtml?id=" + PageNotices.encode(id));
    }

    public void assessNeeds() throws IOException {
        List<Need> needs = visitNeeds.values().stream()
                .filter(RegistrationWizard.NeedForm::isSelected)
                .map(n -> new Need(n.getCategory(), n.getNote()))
                .toList();
        records.assessNeeds(id, needs);
        confirmHere("person.needsRecorded");
    }

    public void addDocument() throws IOException {
        records.addDocument(
                id,
                document.getDocumentType(),
                document.getDocumentNumber(),
                document.getDocumentCountry(),
                document.getDocumentExpiry());
        confirmHere("person.documentAdded");
    }

    public void saveSkills() throws IOException {
        records.recordSkills(id, skills);
        confirmHere("person.skillsSaved");
    }

    public List<org.welcomedesk.registry.records.domain.SkillGroup> getSkills() {
        return skills;
    }

    public void setSkills(List<org.welcomedesk.registry.records.domain.SkillGroup> skills) {
        this.skills = skills == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(skills);
    }

    public org.welcomedesk.registry.records.domain.SkillGroup[] getSkillGroups() {
        return org.welcomedesk.registry.records.domain.SkillGroup.values();
    }

    public void giveConsent(ConsentPurpose purpose) throws IOException {
        records.recordConsent(id, purpose, true);
        confirmHere("person.consentGiven");
    }

    public void withdrawConsent(ConsentPurpose purpose) throws IOException {
        records.recordConsent(id, purpose, false);
        confirmHere("person.consentWithdrawn");
    }

    private void resetVisitNeeds() {
        for (NeedCategory category : NeedCategory.values()) {
            visitNeeds.put(category, new RegistrationWizard.NeedForm(category));
        }
    }

    public Person getPerson() {
        return person;
    }

    /** The timeline, newest first. */
    public List<ResidenceEvent> getTimeline() {
        List<ResidenceEvent> timeline = new ArrayList<>(person.getEvents());
        Collections.reverse(timeline);
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

    public boolean hasConsent(ConsentPurpose purpose) {
        return person.hasConsentTo(purpose);
    }

    /** The bundle key of where consent for {@code purpose} stands. */
    public String consentState(ConsentPurpose purpose) {
        return switch (person.consentState(purpose)) {
            case GIVEN -> "person.granted";
            case WITHDRAWN -> "person.withdrawn";
            case NOT_GIVEN -> "person.notGiven";
        };
    }

    /** The audited fields, named in the interface language. */
    public String fields(AuditEntry entry) {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return String.join(
                ", ",
                entry.getFields().stream()
                        .map(field -> field.startsWith("consent.")
                                ? org.welcomedesk.platform.i18n.Messages.text(locale, field)
                                : field.contains(":") || field.startsWith("duplicate")
                                        ? note(locale, field)
                                        : org.welcomedesk.platform.i18n.FieldLabels.label(locale, field))
                        .toList());
    }

    /** A note of a merge, import or duplicate review ("absorbed:<id>"), in the interface language. */
    private static String note(java.util.Locale locale, String field) {
        int colon = field.indexOf(':');
        String kind = colon < 0 ? field : field.substring(0, colon);
        String value = colon < 0 ? "" : " " + field.substring(colon + 1);
        return org.welcomedesk.platform.i18n.Messages.text(locale, "audit.note." + kind) + value;
    }

    public ResidenceEventType[] getEventTypes() {
        return new ResidenceEventType[] {
            ResidenceEventType.MOVE_WITHIN_CITY,
            ResidenceEventType.DEPARTURE_ABROAD,
            ResidenceEventType.DEPARTURE_TO_MUNICIPALITY,
            ResidenceEventType.ARRIVAL_FROM_ABROAD,
            ResidenceEventType.ARRIVAL_FROM_MUNICIPALITY
        };
    }

    public ConsentPurpose[] getConsentPurposes() {
        return ConsentPurpose.values();
    }

    public List<RegistrationWizard.NeedForm> getVisitNeeds() {
        return new ArrayList<>(visitNeeds.values());
    }

    public PersonForm getDocument() {
        return document;
    }

    public ResidenceEventType getEventType() {
        return eventType;
    }

    public void setEventType(ResidenceEventType eventType) {
        this.eventType = eventType;
    }

    public LocalDate getEventDate() {
        return eventDate;
    }

    public void setEventDate(LocalDate eventDate) {
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

    public String getEventAddress() {
        return eventAddress;
    }

    public void setEventAddress(String eventAddress) {
        this.eventAddress = eventAddress;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** A household member in the event form: ticked to move along, unless they no longer live in the city. */
    public static class Mover implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String personId;
        private final String name;
        private final String relationship;
        private final boolean current;
        private boolean selected;

        Mover(String personId, String name, String relationship, boolean current) {
            this.personId = personId;
            this.name = name;
            this.relationship = relationship;
            this.current = current;
            this.selected = current;
        }

        public String getPersonId() {
            return personId;
        }

        public String getName() {
            return name;
        }

        /** The relationship to the reference person (a HouseholdRole name), or null. */
        public String getRelationship() {
            return relationship;
        }

        /** Lives in the city: a departed member cannot move with the others. */
        public boolean isCurrent() {
            return current;
        }

        public boolean isSelected() {
            return selected;
        }

        public void setSelected(boolean selected) {
            this.selected = selected && current;
        }
    }
}
