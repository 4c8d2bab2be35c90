package org.welcomedesk.registry.duplicates.domain.matching;

import org.welcomedesk.registry.records.domain.BirthDate;
import org.welcomedesk.registry.records.domain.IdentityDocument;
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.registry.records.domain.PersonName;
import org.welcomedesk.registry.records.domain.Sex;

import java.util.Set;
import java.util.TreeSet;

/**
 * What is compared about one person when looking for duplicates. Any field may be null or empty.
 * Names may be in any script ({@code givenNames}, {@code familyNames}) and, optionally, in a Latin
 * form the clerk wrote; document numbers are normalised by {@link IdentityDocument#numberKey};
 * {@code sex} null or {@link Sex#X} means unknown.
 *
 * <p>Comparing needs normalised forms of the names (ICU transliteration, which is slow): for
 * more than one comparison, {@link #prepared() prepare} the profile once and compare the
 * {@link PreparedProfile}s.
 */
public record MatchProfile(
        String id,
        String givenNames,
        String familyNames,
        String givenNamesLatin,
        String familyNamesLatin,
        Sex sex,
        Integer birthYear,
        Integer birthMonth,
        Integer birthDay,
        boolean birthEstimated,
        String countryOfBirth,
        Set<String> documentNumbers,
        String phoneDigits,
        String address) {

    public MatchProfile {
        documentNumbers = documentNumbers == null ? Set.of() : Set.copyOf(documentNumbers);
    }

    /** The profile of a registered person. */
    public static MatchProfile of(Person person) {
        PersonName name = person.getName();
        BirthDate birth = person.getBirthDate();
        Set<String> numbers = new TreeSet<>();
        for (IdentityDocument document : person.getDocuments()) {
            String key = IdentityDocument.numberKey(document.getNumber());
            if (!key.isEmpty()) {
                numbers.add(key);
            }
        }
        String phone = person.getPhone();
        return new MatchProfile(
                person.getId(),
                name == null ? null : name.getGivenNames(),
                name == null ? null : name.getFamilyNames(),
                name == null ? null : name.getGivenNamesLatin(),
                name == null ? null : name.getFamilyNamesLatin(),
                person.getSex(),
                birth == null ? null : birth.getYear(),
                birth == null ? null : birth.getMonth(),
                birth == null ? null : birth.getDay(),
                birth != null && birth.isEstimated(),
                person.getCountryOfBirth(),
                numbers,
                phone == null ? null : phone.replaceAll("[^0-9]", ""),
                person.getAddress());
    }

    /** The name as written, given names first. */
    public String name() {
        return PersonName.joined(givenNames, familyNames);
    }

    /** The name in Latin letters where they were recorded, otherwise as written. */
    public String latinName() {
        return PersonName.joinedLatin(givenNames, familyNames, givenNamesLatin, familyNamesLatin);
    }

    /** The date of birth, partial or estimated as recorded. */
    public BirthDate birthDate() {
        return new BirthDate(birthYear, birthMonth, birthDay, birthEstimated);
    }

    /** The normalised forms used to compare and block this profile (cached for recently prepared profiles). */
    public PreparedProfile prepared() {
        return PreparedProfile.cached(this);
    }

    /**
     * The keys under which this person is filed in the duplicate index and looked up: two people
     * are compared when they share at least one key. See {@link PreparedProfile#blockingKeys()}.
     */
    public Set<String> blockingKeys() {
        return prepared().blockingKeys();
    }
}
