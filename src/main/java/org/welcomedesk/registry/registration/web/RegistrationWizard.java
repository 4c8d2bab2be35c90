package org.welcomedesk.registry.registration.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.i18n.FieldLabels;
import org.welcomedesk.platform.i18n.Messages;
import org.welcomedesk.registry.duplicates.application.DuplicateCheck;
import org.welcomedesk.registry.duplicates.application.DuplicateReview;
import org.welcomedesk.registry.duplicates.domain.RegistrationDecision;
import org.welcomedesk.registry.duplicates.domain.matching.MatchProfile;
import org.welcomedesk.registry.duplicates.web.CandidateView;
import org.welcomedesk.registry.records.domain.ConsentPurpose;
import org.welcomedesk.registry.records.domain.HouseholdRole;
import org.welcomedesk.registry.records.domain.NeedCategory;
import org.welcomedesk.registry.records.domain.ResidenceEventFacts;
import org.welcomedesk.registry.records.domain.ResidenceEventType;
import org.welcomedesk.registry.registration.application.NewPerson;
import org.welcomedesk.registry.registration.application.Registration;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * desk/register.xhtml: registering a person or a household in six steps (identity,
 * household, origin and arrival, languages and needs, consent, review). Every member is a
 * full person with their own languages and needs; what the family shares (arrival, address)
 * is entered once; a new member starts with the first member's family name and citizenship,
 * and speaks the first member's languages unless others are chosen for them. A step is checked when the clerk leaves it, and
 * adding or removing a member never loses what was typed. Translates the form into the
 * registration use case.
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
    // nothing ticked: the person decides, the clerk records it
    private List<ConsentPurpose> consents = new ArrayList<>();

    private static final List<String> STEPS =
            List.of("identity", "household", "arrival", "languagesAndNeeds", "consent", "review");

    public void addMember() {
        members.add(MemberForm.relativeOf(members.get(0)));
    }

    public void removeMember(int index) {
        if (index > 0 && index < members.size()) {
            members.remove(index);
        }
    }

    /**
     * Whether the fields a step requires are enforced on this request: when moving on, not when
     * adding or removing a member, so that those keep everything typed however incomplete.
     */
    public boolean isChecking() {
        String source = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("jakarta.faces.source");
        return source == null || !(source.endsWith(":addMember") || source.endsWith(":removeMember"));
    }

    /**
     * What was typed in the desk search starts the first member, so the clerk does not type it
     * twice: the name (its last word as the family name), the date of birth, document and phone.
     */
    public void startFromSearch() {
        var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        getReferencePerson()
                .startFromSearch(
                        params.get("name"),
                        params.get("birthYear"),
                        params.get("birthMonth"),
                        params.get("birthDay"),
                        params.get("document"),
                        params.get("phone"));
    }

    /**
     * Moving between steps. Leaving a step forward checks the dates of birth typed on it with the
     * domain's rule, naming the member and the field there; leaving the languages gives a member
     * whose languages were left empty the first member's; reaching the review looks for people
     * already registered.
     */
    public String onFlow(org.primefaces.event.FlowEvent event) {
        boolean forward = STEPS.indexOf(event.getNewStep()) > STEPS.indexOf(event.getOldStep());
        if (forward && !birthDatesPossibleOn(event.getOldStep())) {
            FacesContext.getCurrentInstance().validationFailed();
            return event.getOldStep();
        }
        if (forward && "languagesAndNeeds".equals(event.getOldStep())) {
            members.stream().skip(1).forEach(m -> m.getPerson().takeLanguagesIfNoneOf(getReferencePerson()));
        }
        if ("review".equals(event.getNewStep())) {
            findCandidates();
        }
        return event.getNewStep();
    }

    private boolean birthDatesPossibleOn(String step) {
        int from = "identity".equals(step) ? 0 : "household".equals(step) ? 1 : members.size();
        int to = "identity".equals(step) ? 1 : members.size();
        boolean possible = true;
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        for (int i = from; i < to; i++) {
            try {
                members.get(i).getPerson().checkBirthDate();
            } catch (RuleViolation refused) {
                possible = false;
                // one message per member, naming them and the date as a whole
                String field = FieldLabels.label(locale, "members[" + i + "].birthDate");
                faces.addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_ERROR,
                                field + Messages.text(locale, "punctuation.colon") + " "
                                        + Messages.text(locale, refused.messageKey(), refused.arguments()),
                                null));
            }
        }
        return possible;
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
            // the address is entered once, with the first member
            person.shareHomeOf(getReferencePerson());
        }
        ResidenceEventFacts arrival = ResidenceEventFacts.of(
                arrivalType, arrivalDate, districtId, previousCountry, previousMunicipality, intendedMonths);
        return new NewPerson(
                person.toDetails(),
                member.getRelationship(),
                person.documents(),
                arrival,
                Set.copyOf(consents),
                member.assessedNeeds());
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

    /** The first member, whose form also holds what the household shares (the address). */
    public PersonForm getReferencePerson() {
        return members.get(0).getPerson();
    }

    /**
     * What names member {@code index} (from 0) after a field's label, " (member 2)", as the
     * domain's messages do: repeated fields get unique names, and a message says whose field.
     */
    public String memberSuffix(int index) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Messages.text(locale, "field.ofMember", "", index + 1);
    }

    /** The number of the step {@code id} (1 to 6), for "Step 2 of 6: Household". */
    public int stepNumber(String id) {
        return STEPS.indexOf(id) + 1;
    }

    public int getStepCount() {
        return STEPS.size();
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
