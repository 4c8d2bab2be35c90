package org.welcomedesk.registry.registration.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.registry.duplicates.application.DuplicateCheck;
import org.welcomedesk.registry.duplicates.application.DuplicateReview;
import org.welcomedesk.registry.duplicates.domain.RegistrationDecision;
import org.welcomedesk.registry.duplicates.domain.matching.MatchProfile;
import org.welcomedesk.registry.duplicates.web.CandidateView;
import org.welcomedesk.registry.records.domain.ConsentPurpose;
import org.welcomedesk.registry.records.domain.HouseholdRole;
import org.welcomedesk.registry.records.domain.Need;
import org.welcomedesk.registry.records.domain.NeedCategory;
import org.welcomedesk.registry.records.domain.ResidenceEventFacts;
import org.welcomedesk.registry.records.domain.ResidenceEventType;
import org.welcomedesk.registry.registration.application.NewPerson;
import org.welcomedesk.registry.registration.application.Registration;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * desk/register.xhtml: registering a person or a household in six steps (identity,
 * household, origin and arrival, languages and needs, consent, review). What the family
 * shares (arrival, address, languages) is entered once; a new member starts with the first
 * member's family name and citizenship. Translates the form into the registration use case.
 */
@Named
@ViewScoped
public class RegistrationWizard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Registration registration;

    @Inject
    DuplicateCheck duplicateCheck;

    @Inject
    DuplicateReview duplicateReview;

    /** Possible duplicates of each member, found when the clerk reaches the review step. */
    private List<List<CandidateView>> candidates = new ArrayList<>();

    private boolean confirmedNew;

    private final String submissionKey = java.util.UUID.randomUUID().toString();
    private final List<MemberForm> members = new ArrayList<>(List.of(MemberForm.referencePerson()));
    private ResidenceEventType arrivalType = ResidenceEventType.ARRIVAL_FROM_ABROAD;
    private LocalDate arrivalDate = LocalDate.now();
    private String previousCountry;
    private String previousMunicipality;
    private Long districtId;
    private Integer intendedMonths;
    private List<ConsentPurpose> consents = new ArrayList<>(List.of(ConsentPurpose.REGISTRATION));
    private final Map<NeedCategory, NeedForm> needs = new EnumMap<>(NeedCategory.class);

    public RegistrationWizard() {
        for (NeedCategory category : NeedCategory.values()) {
            needs.put(category, new NeedForm(category));
        }
    }

    public void addMember() {
        members.add(MemberForm.relativeOf(members.get(0)));
    }

    public void removeMember(int index) {
        if (index > 0 && index < members.size()) {
            members.remove(index);
        }
    }

    /** Moving between steps; on reaching the review, looks for people already registered. */
    public String onFlow(org.primefaces.event.FlowEvent event) {
        if ("review".equals(event.getNewStep())) {
            findCandidates();
        }
        return event.getNewStep();
    }

    private void findCandidates() {
        candidates = new ArrayList<>();
        confirmedNew = false;
        for (int i = 0; i < members.size(); i++) {
            try {
                var draft = MatchProfile.of(toNewPerson(members.get(i), i == 0).draft());
                candidates.add(duplicateCheck.candidatesFor(draft, 5).stream()
                        .map(CandidateView::of)
                        .toList());
            } catch (org.welcomedesk.platform.error.RuleViolation incomplete) {
                candidates.add(List.of());
            }
        }
    }

    /** Whether any member has possible duplicates the clerk must look at. */
    public boolean isCandidatesFound() {
        return candidates.stream().anyMatch(c -> !c.isEmpty());
    }

    public List<List<CandidateView>> getCandidates() {
        return candidates;
    }

    /** The clerk recognises someone already registered: that choice is recorded, their record opens. */
    public void openExisting(int member, String personId) throws IOException {
        List<CandidateView> shown = member < candidates.size() ? candidates.get(member) : List.of();
        if (shown.stream().noneMatch(c -> c.personId().equals(personId))) {
            return;
        }
        duplicateReview.recordDecision(
                RegistrationDecision.Choice.OPENED_EXISTING,
                personId,
                shown.stream().map(CandidateView::shown).toList());
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/desk/person.xhtml?id=" + personId);
    }

    /** Registers everyone, then opens the first member's record. */
    public void register() throws IOException {
        List<NewPerson> people = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            people.add(toNewPerson(members.get(i), i == 0));
        }
        List<List<RegistrationDecision.ShownCandidate>> shown = new ArrayList<>();
        for (List<CandidateView> memberCandidates : candidates) {
            shown.add(memberCandidates.stream().map(CandidateView::shown).toList());
        }
        // One registration per form, however often Register is pressed.
        var created = registration.registerHouseholdOnce(submissionKey, "wizard", people, shown, confirmedNew);
        String first = registration.referencePerson(created.id());
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setRedirect(true);
        external.getFlash().put("registered", members.size());
        external.redirect(external.getRequestContextPath() + "/desk/person.xhtml?id=" + first);
    }

    private NewPerson toNewPerson(MemberForm member, boolean first) {
        PersonForm person = member.getPerson();
        if (!first) {
            // the address and languages are entered once, with the first member
            person.shareHomeAndLanguagesOf(getReferencePerson());
        }
        ResidenceEventFacts arrival = ResidenceEventFacts.of(
                arrivalType, arrivalDate, districtId, previousCountry, previousMunicipality, intendedMonths);
        List<Need> assessed = first
                ? needs.values().stream()
                        .filter(NeedForm::isSelected)
                        .map(n -> new Need(n.getCategory(), n.getNote()))
                        .toList()
                : List.of();
        return new NewPerson(
                person.toDetails(),
                member.getRelationship(),
                person.documents(),
                arrival,
                Set.copyOf(consents),
                assessed);
    }

    public boolean isArrivalFromAbroad() {
        return arrivalType.otherPlaceIsCountry();
    }

    public boolean isConfirmedNew() {
        return confirmedNew;
    }

    public void setConfirmedNew(boolean confirmedNew) {
        this.confirmedNew = confirmedNew;
    }

    public List<MemberForm> getMembers() {
        return members;
    }

    /** The first member, whose form also holds what the household shares (address, languages). */
    public PersonForm getReferencePerson() {
        return members.get(0).getPerson();
    }

    public List<NeedForm> getNeeds() {
        return new ArrayList<>(needs.values());
    }

    public List<NeedForm> getSelectedNeeds() {
        return needs.values().stream().filter(NeedForm::isSelected).toList();
    }

    public HouseholdRole[] getRelationships() {
        return java.util.Arrays.stream(HouseholdRole.values())
                .filter(r -> r != HouseholdRole.REFERENCE_PERSON)
                .toArray(HouseholdRole[]::new);
    }

    public ResidenceEventType[] getArrivalTypes() {
        return new ResidenceEventType[] {
            ResidenceEventType.ARRIVAL_FROM_ABROAD,
            ResidenceEventType.ARRIVAL_FROM_MUNICIPALITY,
            ResidenceEventType.TEMPORARY_STAY
        };
    }

    public ConsentPurpose[] getConsentPurposes() {
        return ConsentPurpose.values();
    }

    public ResidenceEventType getArrivalType() {
        return arrivalType;
    }

    public void setArrivalType(ResidenceEventType arrivalType) {
        this.arrivalType = arrivalType;
    }

    public LocalDate getArrivalDate() {
        return arrivalDate;
    }

    public void setArrivalDate(LocalDate arrivalDate) {
        this.arrivalDate = arrivalDate;
    }

    public String getPreviousCountry() {
        return previousCountry;
    }

    public void setPreviousCountry(String previousCountry) {
        this.previousCountry = previousCountry;
    }

    public String getPreviousMunicipality() {
        return previousMunicipality;
    }

    public void setPreviousMunicipality(String previousMunicipality) {
        this.previousMunicipality = previousMunicipality;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public Integer getIntendedMonths() {
        return intendedMonths;
    }

    public void setIntendedMonths(Integer intendedMonths) {
        this.intendedMonths = intendedMonths;
    }

    public List<ConsentPurpose> getConsents() {
        return consents;
    }

    public void setConsents(List<ConsentPurpose> consents) {
        this.consents = consents;
    }

    /** One need category on the form: ticked or not, with a note. */
    public static class NeedForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private final NeedCategory category;
        private boolean selected;
        private String note;

        public NeedForm(NeedCategory category) {
            this.category = category;
        }

        public NeedCategory getCategory() {
            return category;
        }

        public boolean isSelected() {
            return selected;
        }

        public void setSelected(boolean selected) {
            this.selected = selected;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }
}
