package org.welcomedesk.registry.registration.web;

import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.registry.records.application.PersonQuery;
import org.welcomedesk.registry.records.domain.BirthDate;
import org.welcomedesk.registry.records.domain.DocumentType;
import org.welcomedesk.registry.records.domain.NameOrder;
import org.welcomedesk.registry.records.domain.PersonDetails;
import org.welcomedesk.registry.records.domain.Sex;
import org.welcomedesk.registry.registration.application.NewPerson;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * One person's fields as the clerk types them, on every page that asks for them (the wizard,
 * once a household member; the edit page; the desk search; the person page's document form),
 * shown by the {@code components/personFields} composite component. It holds text, not rules:
 * it turns what was typed into {@link PersonDetails}, a document and a search the one way, and
 * the domain decides whether they are valid.
 */
public class PersonForm implements Serializable {

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
    private List<String> languages = new ArrayList<>();
    private String preferredLanguage;
    private boolean interpreterNeeded;
    private String phone;
    private String email;
    private String address;
    private DocumentType documentType;
    private String documentNumber;
    private String documentCountry;
    private LocalDate documentExpiry;
    // the birth date field the domain refused when the clerk moved on, marked invalid on the page
    private String refusedField;

    /** The person's details as typed. */
    PersonDetails toDetails() {
        return new PersonDetails(
                givenNames,
                familyNames,
                givenNamesLatin,
                familyNamesLatin,
                nameOrder,
                sex,
                birthYear,
                birthMonth,
                birthDay,
                birthEstimated,
                new HashSet<>(citizenships),
                countryOfBirth,
                new HashSet<>(languages),
                preferredLanguage,
                interpreterNeeded,
                phone,
                email,
                address);
    }

    /** The form filled from a person's recorded details. */
    static PersonForm of(PersonDetails details) {
        PersonForm form = new PersonForm();
        form.givenNames = details.givenNames();
        form.familyNames = details.familyNames();
        form.givenNamesLatin = details.givenNamesLatin();
        form.familyNamesLatin = details.familyNamesLatin();
        form.nameOrder = details.nameOrder();
        form.sex = details.sex();
        form.birthYear = details.birthYear();
        form.birthMonth = details.birthMonth();
        form.birthDay = details.birthDay();
        form.birthEstimated = details.birthEstimated();
        form.citizenships = new ArrayList<>(details.citizenships());
        form.countryOfBirth = details.countryOfBirth();
        form.languages = new ArrayList<>(details.languages());
        form.preferredLanguage = details.preferredLanguage();
        form.interpreterNeeded = details.interpreterNeeded();
        form.phone = details.phone();
        form.email = details.email();
        form.address = details.address();
        return form;
    }

    /**
     * The identity document typed, if any. A half-filled one goes on, so that the missing part
     * is named rather than the document silently dropped.
     */
    List<NewPerson.Document> documents() {
        if (documentType == null && (documentNumber == null || documentNumber.isBlank())) {
            return List.of();
        }
        return List.of(new NewPerson.Document(documentType, documentNumber, documentCountry, documentExpiry));
    }

    /** A search for this person by what was typed of them, with {@code name} in any script and order. */
    PersonQuery toQuery(String name) {
        return new PersonQuery(name, birthYear, birthMonth, birthDay, documentNumber, phone);
    }

    /** A relative of this person starts with what families usually share: family name and origin. */
    PersonForm relative() {
        PersonForm relative = new PersonForm();
        relative.familyNames = familyNames;
        relative.familyNamesLatin = familyNamesLatin;
        relative.nameOrder = nameOrder;
        relative.citizenships = new ArrayList<>(citizenships);
        relative.countryOfBirth = countryOfBirth;
        return relative;
    }

    /**
     * Starts the form with what was searched by: {@code name}'s last word as the family name,
     * the rest as given names; numbers that are not numbers are left out.
     */
    void startFromSearch(String name, String year, String month, String day, String document, String searchedPhone) {
        if (name != null && !name.isBlank()) {
            String[] words = name.strip().split("\\s+");
            if (words.length == 1) {
                givenNames = words[0];
            } else {
                givenNames = String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
                familyNames = words[words.length - 1];
            }
        }
        birthYear = number(year);
        birthMonth = number(month);
        birthDay = number(day);
        documentNumber = document == null || document.isBlank() ? null : document.strip();
        phone = searchedPhone == null || searchedPhone.isBlank() ? null : searchedPhone.strip();
    }

    private static Integer number(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** Takes the address of {@code household}, which a household enters once. */
    void shareHomeOf(PersonForm household) {
        address = household.address;
    }

    /**
     * Starts with the languages of {@code first} when none were chosen for this person yet: a
     * family mostly speaks the same ones, and the clerk changes only the member who differs.
     */
    void takeLanguagesIfNoneOf(PersonForm first) {
        if (languages.isEmpty() && preferredLanguage == null) {
            languages = new ArrayList<>(first.languages);
            preferredLanguage = first.preferredLanguage;
            interpreterNeeded = first.interpreterNeeded;
        }
    }

    /**
     * Checks the date of birth as typed with the domain's rule, as soon as the step that asks
     * for it is left, so that day 45 or a year to come is named there, not at the end.
     *
     * @throws RuleViolation naming birthYear, birthMonth or birthDay
     */
    void checkBirthDate() {
        refusedField = null;
        try {
            new BirthDate(birthYear, birthMonth, birthDay, birthEstimated);
        } catch (RuleViolation refused) {
            refusedField = refused.field();
            throw refused;
        }
    }

    /** The date of birth as a day when it is known in full, to be shown the one way; otherwise null. */
    public LocalDate getBirthDateAsDay() {
        if (birthYear == null || birthMonth == null || birthDay == null) {
            return null;
        }
        try {
            return LocalDate.of(birthYear, birthMonth, birthDay);
        } catch (java.time.DateTimeException impossible) {
            return null;
        }
    }

    /** Whether {@code field} is the one the last birth date check refused. */
    public boolean isRefused(String field) {
        return field.equals(refusedField);
    }

    // ---- the choices its fields offer --------------------------------------------------------

    public Sex[] getSexes() {
        return Sex.values();
    }

    public NameOrder[] getNameOrders() {
        return NameOrder.values();
    }

    public DocumentType[] getDocumentTypes() {
        return DocumentType.values();
    }

    // ---- the fields -----------------------------------------------------------------------------

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

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public boolean isInterpreterNeeded() {
        return interpreterNeeded;
    }

    public void setInterpreterNeeded(boolean interpreterNeeded) {
        this.interpreterNeeded = interpreterNeeded;
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

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
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
}
