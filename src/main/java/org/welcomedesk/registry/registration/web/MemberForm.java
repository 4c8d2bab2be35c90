package org.welcomedesk.registry.registration.web;

import org.welcomedesk.registry.records.domain.DocumentType;
import org.welcomedesk.registry.records.domain.HouseholdRole;
import org.welcomedesk.registry.records.domain.NameOrder;
import org.welcomedesk.registry.records.domain.Sex;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the wizard's form holds for one household member while the clerk types. */
public class MemberForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String givenNames;
    private String familyNames;
    private String givenNamesLatin;
    private String familyNamesLatin;
    private NameOrder nameOrder = NameOrder.GIVEN_FIRST;
    private Sex sex;
    private Integer birthYear;
    private Integer birthMonth;
    private Integer birthDay;
    private boolean birthEstimated;
    private List<String> citizenships = new ArrayList<>();
    private String countryOfBirth;
    private HouseholdRole relationship;
    private DocumentType documentType;
    private String documentNumber;
    private String documentCountry;
    private LocalDate documentExpiry;
    private String phone;
    private String email;

    /** The form filled from a person's recorded details. */
    static MemberForm of(org.welcomedesk.registry.records.domain.Person person) {
        var d = person.details();
        MemberForm form = new MemberForm();
        form.givenNames = d.givenNames();
        form.familyNames = d.familyNames();
        form.givenNamesLatin = d.givenNamesLatin();
        form.familyNamesLatin = d.familyNamesLatin();
        form.nameOrder = d.nameOrder();
        form.sex = d.sex();
        form.birthYear = d.birthYear();
        form.birthMonth = d.birthMonth();
        form.birthDay = d.birthDay();
        form.birthEstimated = d.birthEstimated();
        form.citizenships = new ArrayList<>(d.citizenships());
        form.countryOfBirth = d.countryOfBirth();
        form.phone = d.phone();
        form.email = d.email();
        return form;
    }

    /** The person's details: this form's fields plus what the household shares. */
    org.welcomedesk.registry.records.domain.PersonDetails toDetails(java.util.Collection<String> languages,
                                                            String preferredLanguage, boolean interpreterNeeded,
                                                            String address) {
        return new org.welcomedesk.registry.records.domain.PersonDetails(givenNames, familyNames, givenNamesLatin,
                familyNamesLatin, nameOrder, sex, birthYear, birthMonth, birthDay, birthEstimated,
                new java.util.HashSet<>(citizenships), countryOfBirth, new java.util.HashSet<>(languages),
                preferredLanguage, interpreterNeeded, phone, email, address);
    }

    /** A new member starts with what families usually share with the first member. */
    static MemberForm relativeOf(MemberForm first) {
        MemberForm member = new MemberForm();
        member.familyNames = first.familyNames;
        member.familyNamesLatin = first.familyNamesLatin;
        member.nameOrder = first.nameOrder;
        member.citizenships = new ArrayList<>(first.citizenships);
        member.countryOfBirth = first.countryOfBirth;
        member.relationship = HouseholdRole.CHILD;
        return member;
    }

    public String getGivenNames() {
        return givenNames;
    }

    public void setGivenNames(String givenNames) {
        this.givenNames = givenNames;
    }

    public String getFamilyNames() {
        return familyNames;
    }

    public void setFamilyNames(String familyNames) {
        this.familyNames = familyNames;
    }

    public String getGivenNamesLatin() {
        return givenNamesLatin;
    }

    public void setGivenNamesLatin(String givenNamesLatin) {
        this.givenNamesLatin = givenNamesLatin;
    }

    public String getFamilyNamesLatin() {
        return familyNamesLatin;
    }

    public void setFamilyNamesLatin(String familyNamesLatin) {
        this.familyNamesLatin = familyNamesLatin;
    }

    public NameOrder getNameOrder() {
        return nameOrder;
    }

    public void setNameOrder(NameOrder nameOrder) {
        this.nameOrder = nameOrder;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public Integer getBirthMonth() {
        return birthMonth;
    }

    public void setBirthMonth(Integer birthMonth) {
        this.birthMonth = birthMonth;
    }

    public Integer getBirthDay() {
        return birthDay;
    }

    public void setBirthDay(Integer birthDay) {
        this.birthDay = birthDay;
    }

    public boolean isBirthEstimated() {
        return birthEstimated;
    }

    public void setBirthEstimated(boolean birthEstimated) {
        this.birthEstimated = birthEstimated;
    }

    public List<String> getCitizenships() {
        return citizenships;
    }

    public void setCitizenships(List<String> citizenships) {
        this.citizenships = citizenships;
    }

    public String getCountryOfBirth() {
        return countryOfBirth;
    }

    public void setCountryOfBirth(String countryOfBirth) {
        this.countryOfBirth = countryOfBirth;
    }

    public HouseholdRole getRelationship() {
        return relationship;
    }

    public void setRelationship(HouseholdRole relationship) {
        this.relationship = relationship;
    }

    public DocumentType getDocumentType() {
        return documentType;
    }

    public void setDocumentType(DocumentType documentType) {
        this.documentType = documentType;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public String getDocumentCountry() {
        return documentCountry;
    }

    public void setDocumentCountry(String documentCountry) {
        this.documentCountry = documentCountry;
    }

    public LocalDate getDocumentExpiry() {
        return documentExpiry;
    }

    public void setDocumentExpiry(LocalDate documentExpiry) {
        this.documentExpiry = documentExpiry;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
