package org.welcomedesk.registry.domain;

import java.util.Set;

/**
 * The facts about a person a clerk records and edits: names, sex, date of birth, origin,
 * languages and contact. Residence (district, status) is not here: it follows from events.
 */
public record PersonDetails(String givenNames, String familyNames, String givenNamesLatin, String familyNamesLatin,
                            NameOrder nameOrder, Sex sex, Integer birthYear, Integer birthMonth, Integer birthDay,
                            boolean birthEstimated, Set<String> citizenships, String countryOfBirth,
                            Set<String> languages, String preferredLanguage, boolean interpreterNeeded,
                            String phone, String email, String address) {

    public PersonName name() {
        return new PersonName(givenNames, familyNames, givenNamesLatin, familyNamesLatin, nameOrder);
    }

    public BirthDate birthDate() {
        return new BirthDate(birthYear, birthMonth, birthDay, birthEstimated);
    }
}
