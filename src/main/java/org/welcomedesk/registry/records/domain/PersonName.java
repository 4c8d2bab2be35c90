package org.welcomedesk.registry.records.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.text.PlainText;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A person's names as they write them (any script), with their Latin transliteration, and
 * the order in which the person puts given and family names.
 */
@Embeddable
public class PersonName {

    @Size(max = 200, message = "{validation.tooLong}")
    @Column(name = "given_names")
    private String givenNames;

    @Size(max = 200, message = "{validation.tooLong}")
    @Column(name = "family_names")
    private String familyNames;

    @Size(max = 200, message = "{validation.tooLong}")
    @Column(name = "given_names_latin")
    private String givenNamesLatin;

    @Size(max = 200, message = "{validation.tooLong}")
    @Column(name = "family_names_latin")
    private String familyNamesLatin;

    @Enumerated(EnumType.STRING)
    @Column(name = "name_order", nullable = false)
    private NameOrder order;

    protected PersonName() {
        // for JPA
    }

    public PersonName(
            String givenNames, String familyNames, String givenNamesLatin, String familyNamesLatin, NameOrder order) {
        // The one text rule, for every way a name comes in (pages, API, imports); whitespace
        // of any kind is allowed here because clean() makes it single spaces.
        PlainText.check("givenNames", givenNames, Integer.MAX_VALUE, true);
        PlainText.check("familyNames", familyNames, Integer.MAX_VALUE, true);
        PlainText.check("givenNamesLatin", givenNamesLatin, Integer.MAX_VALUE, true);
        PlainText.check("familyNamesLatin", familyNamesLatin, Integer.MAX_VALUE, true);
        this.givenNames = clean(givenNames);
        this.familyNames = clean(familyNames);
        // Without a transliteration, names already in Latin script serve as their own.
        this.givenNamesLatin = firstPresent(clean(givenNamesLatin), latinOrNull(this.givenNames));
        this.familyNamesLatin = firstPresent(clean(familyNamesLatin), latinOrNull(this.familyNames));
        this.order = order == null ? NameOrder.GIVEN_FIRST : order;
        if (this.givenNames == null
                && this.familyNames == null
                && this.givenNamesLatin == null
                && this.familyNamesLatin == null) {
            throw new RuleViolation("familyNames", "person.name.required");
        }
    }

    /** The full name as the person writes it, in their order. */
    public String display() {
        return join(
                order == NameOrder.FAMILY_FIRST
                        ? Stream.of(familyNames, givenNames)
                        : Stream.of(givenNames, familyNames));
    }

    /** The full name in Latin script, in the person's order. */
    public String displayLatin() {
        return join(
                order == NameOrder.FAMILY_FIRST
                        ? Stream.of(familyNamesLatin, givenNamesLatin)
                        : Stream.of(givenNamesLatin, familyNamesLatin));
    }

    /** Every way the name is written, for search keys. */
    public String allForms() {
        return join(Stream.of(givenNames, familyNames, givenNamesLatin, familyNamesLatin));
    }

    /** Family name first, for sorting lists. */
    public String sortKey() {
        return Romanisation.latin(join(Stream.of(familyNamesLatin, givenNamesLatin)));
    }

    /** Given and family names as written, stripped, given names first: the name a profile shows. */
    public static String joined(String givenNames, String familyNames) {
        return ((present(givenNames) ? givenNames.strip() : "") + " "
                        + (present(familyNames) ? familyNames.strip() : ""))
                .strip();
    }

    /** As {@link #joined}, each part in Latin letters where they were recorded. */
    public static String joinedLatin(
            String givenNames, String familyNames, String givenNamesLatin, String familyNamesLatin) {
        return joined(
                present(givenNamesLatin) ? givenNamesLatin : givenNames,
                present(familyNamesLatin) ? familyNamesLatin : familyNames);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String join(Stream<String> parts) {
        return parts.filter(Objects::nonNull).collect(Collectors.joining(" "));
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip().replaceAll("\\s+", " ");
    }

    private static String firstPresent(String a, String b) {
        return a != null ? a : b;
    }

    private static String latinOrNull(String value) {
        return value != null
                        && value.codePoints()
                                .filter(Character::isLetter)
                                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                ? value
                : null;
    }

    public String getGivenNames() {
        return givenNames;
    }

    public String getFamilyNames() {
        return familyNames;
    }

    public String getGivenNamesLatin() {
        return givenNamesLatin;
    }

    public String getFamilyNamesLatin() {
        return familyNamesLatin;
    }

    public NameOrder getOrder() {
        return order;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonName other
                && Objects.equals(givenNames, other.givenNames)
                && Objects.equals(familyNames, other.familyNames)
                && Objects.equals(givenNamesLatin, other.givenNamesLatin)
                && Objects.equals(familyNamesLatin, other.familyNamesLatin)
                && order == other.order;
    }

    @Override
    public int hashCode() {
        return Objects.hash(givenNames, familyNames, givenNamesLatin, familyNamesLatin, order);
    }
}
