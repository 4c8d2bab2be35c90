package org.welcomedesk.registry.records.domain;

import org.welcomedesk.platform.text.TextField;

import java.util.Set;

/**
 * The facts about a person a clerk records and edits: names, sex, date of birth, origin,
 * languages and contact. Residence (district, status) is not here: it follows from events.
 */
public record PersonDetails(
        String givenNames,
        String familyNames,
        String givenNamesLatin,
        String familyNamesLatin,
        NameOrder nameOrder,
        Sex sex,
        Integer birthYear,
        Integer birthMonth,
        Integer birthDay,
        boolean birthEstimated,
        Set<String> citizenships,
        String countryOfBirth,
        Set<String> languages,
        String preferredLanguage,
        boolean interpreterNeeded,
        String phone,
        String email,
        @TextField(maxLength = 400) String address) {

    /** The fields by name, in form order, for comparing versions side by side. */
    public java.util.Map<String, Object> fields() {
        var fields = new java.util.LinkedHashMap<String, Object>();
        fields.put("givenNames", givenNames);
        fields.put("familyNames", familyNames);
        fields.put("givenNamesLatin", givenNamesLatin);
        fields.put("familyNamesLatin", familyNamesLatin);
        fields.put("nameOrder", nameOrder);
        fields.put("sex", sex);
        fields.put("birthDate", birthDate().toString());
        fields.put("citizenships", citizenships == null ? Set.of() : new java.util.TreeSet<>(citizenships));
        fields.put("countryOfBirth", countryOfBirth);
        fields.put("languages", languages == null ? Set.of() : new java.util.TreeSet<>(languages));
        fields.put("preferredLanguage", preferredLanguage);
        fields.put("interpreterNeeded", interpreterNeeded);
        fields.put("phone", phone);
        fields.put("email", email);
        fields.put("address", address);
        return fields;
    }

    /**
     * Three-way merge after a conflict: this clerk's edit of {@code base}, replayed onto
     * {@code saved}. A field this clerk left as it was in {@code base} takes the saved value,
     * so someone else's change to it is kept; a field this clerk changed keeps their value.
     */
    public PersonDetails rebase(PersonDetails base, PersonDetails saved) {
        boolean birthChanged = !java.util.Objects.equals(birthDate(), base.birthDate());
        return new PersonDetails(
                pick(givenNames, base.givenNames, saved.givenNames),
                pick(familyNames, base.familyNames, saved.familyNames),
                pick(givenNamesLatin, base.givenNamesLatin, saved.givenNamesLatin),
                pick(familyNamesLatin, base.familyNamesLatin, saved.familyNamesLatin),
                pick(nameOrder, base.nameOrder, saved.nameOrder),
                pick(sex, base.sex, saved.sex),
                birthChanged ? birthYear : saved.birthYear,
                birthChanged ? birthMonth : saved.birthMonth,
                birthChanged ? birthDay : saved.birthDay,
                birthChanged ? birthEstimated : saved.birthEstimated,
                pick(citizenships, base.citizenships, saved.citizenships),
                pick(countryOfBirth, base.countryOfBirth, saved.countryOfBirth),
                pick(languages, base.languages, saved.languages),
                pick(preferredLanguage, base.preferredLanguage, saved.preferredLanguage),
                pick(interpreterNeeded, base.interpreterNeeded, saved.interpreterNeeded),
                pick(phone, base.phone, saved.phone),
                pick(email, base.email, saved.email),
                pick(address, base.address, saved.address));
    }

    /**
     * These details completed from {@code other}'s: what this record leaves blank is taken from
     * the other, citizenships and languages are joined; nothing recorded here is overwritten.
     * Used when two records of one person are merged.
     */
    public PersonDetails filledFrom(PersonDetails other) {
        boolean noBirthDate = birthYear == null;
        return new PersonDetails(
                fill(givenNames, other.givenNames),
                fill(familyNames, other.familyNames),
                fill(givenNamesLatin, other.givenNamesLatin),
                fill(familyNamesLatin, other.familyNamesLatin),
                nameOrder,
                sex == Sex.X && other.sex != null ? other.sex : sex,
                noBirthDate ? other.birthYear : birthYear,
                noBirthDate ? other.birthMonth : birthMonth,
                noBirthDate ? other.birthDay : birthDay,
                noBirthDate ? other.birthEstimated : birthEstimated,
                union(citizenships, other.citizenships),
                fill(countryOfBirth, other.countryOfBirth),
                union(languages, other.languages),
                fill(preferredLanguage, other.preferredLanguage),
                interpreterNeeded || other.interpreterNeeded,
                fill(phone, other.phone),
                fill(email, other.email),
                fill(address, other.address));
    }

    private static String fill(String mine, String theirs) {
        return mine == null || mine.isBlank() ? theirs : mine;
    }

    private static Set<String> union(Set<String> mine, Set<String> theirs) {
        Set<String> all = new java.util.TreeSet<>();
        if (mine != null) {
            all.addAll(mine);
        }
        if (theirs != null) {
            all.addAll(theirs);
        }
        return all;
    }

    private static <T> T pick(T mine, T base, T saved) {
        return java.util.Objects.equals(mine, base) ? saved : mine;
    }

    public PersonName name() {
        return new PersonName(givenNames, familyNames, givenNamesLatin, familyNamesLatin, nameOrder);
    }

    public BirthDate birthDate() {
        return new BirthDate(birthYear, birthMonth, birthDay, birthEstimated);
    }
}
