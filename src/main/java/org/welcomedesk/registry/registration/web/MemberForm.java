package org.welcomedesk.registry.registration.web;

import org.welcomedesk.registry.records.domain.HouseholdRole;
import org.welcomedesk.registry.records.domain.Need;
import org.welcomedesk.registry.records.domain.NeedCategory;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One household member on the wizard: their person form, how they are related to the first
 * member, and their own needs (a child's school need is the child's, not the parent's).
 */
public class MemberForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final PersonForm person;
    private HouseholdRole relationship;
    private final Map<NeedCategory, RegistrationWizard.NeedForm> needs = new EnumMap<>(NeedCategory.class);

    private MemberForm(PersonForm person, HouseholdRole relationship) {
        this.person = person;
        this.relationship = relationship;
        for (NeedCategory category : NeedCategory.values()) {
            needs.put(category, new RegistrationWizard.NeedForm(category));
        }
    }

    /** The first member: the household's reference person. */
    static MemberForm referencePerson() {
        return new MemberForm(new PersonForm(), HouseholdRole.REFERENCE_PERSON);
    }

    /** A new member starts as a child of the first, with what families usually share. */
    static MemberForm relativeOf(MemberForm first) {
        return new MemberForm(first.person.relative(), HouseholdRole.CHILD);
    }

    /** The needs ticked for this member, with their notes. */
    List<Need> assessedNeeds() {
        return needs.values().stream()
                .filter(RegistrationWizard.NeedForm::isSelected)
                .map(n -> new Need(n.getCategory(), n.getNote()))
                .toList();
    }

    public PersonForm getPerson() {
        return person;
    }

    public HouseholdRole getRelationship() {
        return relationship;
    }

    public void setRelationship(HouseholdRole relationship) {
        this.relationship = relationship;
    }

    public List<RegistrationWizard.NeedForm> getNeeds() {
        return new ArrayList<>(needs.values());
    }

    public List<RegistrationWizard.NeedForm> getSelectedNeeds() {
        return needs.values().stream()
                .filter(RegistrationWizard.NeedForm::isSelected)
                .toList();
    }
}
