package org.welcomedesk.registry.registration.web;

import org.welcomedesk.registry.records.domain.HouseholdRole;

import java.io.Serializable;

/** One household member on the wizard: their person form and how they are related to the first member. */
public class MemberForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final PersonForm person;
    private HouseholdRole relationship;

    private MemberForm(PersonForm person, HouseholdRole relationship) {
        this.person = person;
        this.relationship = relationship;
    }

    /** The first member: the household's reference person. */
    static MemberForm referencePerson() {
        return new MemberForm(new PersonForm(), HouseholdRole.REFERENCE_PERSON);
    }

    /** A new member starts as a child of the first, with what families usually share. */
    static MemberForm relativeOf(MemberForm first) {
        return new MemberForm(first.person.relative(), HouseholdRole.CHILD);
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
}
