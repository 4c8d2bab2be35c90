package org.welcomedesk.registry.records.domain;

/**
 * What a name search ranks a person by: their names as written and in Latin letters, and the
 * date of birth; read without loading the record.
 */
public record SearchProfile(
        String id,
        String givenNames,
        String familyNames,
        String givenNamesLatin,
        String familyNamesLatin,
        Integer birthYear,
        Integer birthMonth,
        Integer birthDay,
        boolean birthEstimated) {

    /** The name as written, given names first. */
    public String name() {
        return PersonName.joined(givenNames, familyNames);
    }

    /** The name in Latin letters where they were recorded, otherwise as written. */
    public String latinName() {
        return PersonName.joinedLatin(givenNames, familyNames, givenNamesLatin, familyNamesLatin);
    }
}
