package org.welcomedesk.devstack.democity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.welcomedesk.devstack.democity.SyntheticPopulation.Household;
import org.welcomedesk.devstack.democity.SyntheticPopulation.LaterEvent;
import org.welcomedesk.registry.records.domain.BirthDate;
import org.welcomedesk.registry.records.domain.ConsentPurpose;
import org.welcomedesk.registry.records.domain.HouseholdRole;
import org.welcomedesk.registry.records.domain.MigrationRule;
import org.welcomedesk.registry.records.domain.NameOrder;
import org.welcomedesk.registry.records.domain.Need;
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.registry.records.domain.PersonDetails;
import org.welcomedesk.registry.records.domain.ResidenceEventFacts;
import org.welcomedesk.registry.registration.application.NewPerson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SyntheticPopulationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final MigrationRule RULE = new MigrationRule(12);
    // Eastfield (id 10, D11) until its split, Eastfield North and South (11 and 12, D10 and D12) from then on.
    private static final Set<Long> DISTRICTS_BEFORE_SPLIT = Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
    private static final Set<Long> DISTRICTS_FROM_SPLIT = Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 11L, 12L);
    private static final LocalDate DISTRICT_SPLIT = LocalDate.of(2025, 1, 1);
    // The constraint on Person.phone, and a plain address form that any e-mail validator accepts.
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{4,40}");
    private static final Pattern EMAIL = Pattern.compile("[a-z0-9]+([._][a-z0-9]+)*@[a-z0-9-]+(\\.[a-z0-9-]+)+");

    private static List<Household> population;

    @BeforeAll
    static void generate() {
        population = new SyntheticPopulation(42).households(2000, TODAY);
    }

    private static Stream<NewPerson> people() {
        return population.stream().flatMap(h -> h.members().stream());
    }

    @Test
    void hasExactlyTheRequestedNumberOfPeople() {
        assertEquals(2000, people().count());
        for (int n : new int[] {0, 1, 2, 7, 8, 13}) {
            assertEquals(
                    n,
                    new SyntheticPopulation(7)
                            .households(n, TODAY).stream()
                                    .mapToInt(h -> h.members().size())
                                    .sum(),
                    "people: " + n);
        }
    }

    @Test
    void householdsHaveRealisticSizesAndRoles() {
        int[] bySize = new int[8];
        for (Household household : population) {
            int size = household.members().size();
            assertTrue(size >= 1 && size <= 7, "size " + size);
            bySize[size]++;
            List<NewPerson> members = household.members();
            NewPerson ref = members.get(0);
            assertEquals(HouseholdRole.REFERENCE_PERSON, ref.householdRole());
            int refAge = ref.details().birthDate().ageOn(TODAY);
            // A year-only birth date gives the youngest possible age: one less at most.
            assertTrue(refAge >= 19 && refAge <= 70, "reference person aged " + refAge);
            for (NewPerson member : members.subList(1, size)) {
                assertNotEquals(HouseholdRole.REFERENCE_PERSON, member.householdRole());
                assertEquals(ref.arrival(), member.arrival(), "one arrival for the whole household");
                if (member.householdRole() == HouseholdRole.CHILD) {
                    assertTrue(
                            member.details().birthYear() > ref.details().birthYear() + 14,
                            "child born well after the parent");
                }
            }
            assertTrue(members.stream()
                            .filter(m -> m.householdRole() == HouseholdRole.SPOUSE_OR_PARTNER)
                            .count()
                    <= 1);
        }
        int households = population.size();
        assertTrue(bySize[1] + bySize[2] > households * 0.4, "many singles and couples");
        assertTrue(bySize[3] + bySize[4] + bySize[5] + bySize[6] > households * 0.3, "families of three to six");
        assertTrue(bySize[5] + bySize[6] + bySize[7] > 0, "at least one household of five or more");
        long withLaterEvents =
                population.stream().filter(h -> !h.laterEvents().isEmpty()).count();
        assertTrue(
                withLaterEvents > households * 0.12 && withLaterEvents < households * 0.35,
                "about a quarter of households move or leave: " + withLaterEvents);
    }

    @Test
    void everyPersonAndEventPassesTheDomainRules() {
        for (Household household : population) {
            List<Person> persons = new ArrayList<>();
            for (NewPerson member : household.members()) {
                PersonDetails details = member.details();
                assertDoesNotThrow(details::name, () -> "name of " + details);
                assertDoesNotThrow(details::birthDate, () -> "birth date of " + details);
                Person person = new Person(details, "test", NOW);
                member.documents()
                        .forEach(d -> assertDoesNotThrow(
                                () -> person.addDocument(d.type(), d.number(), d.issuingCountry(), d.expiryDate()),
                                () -> "document " + d));
                assertDoesNotThrow(
                        () -> person.record(member.arrival(), RULE, "test", NOW), () -> "arrival " + member.arrival());
                member.consents().forEach(purpose -> person.recordConsent(purpose, true, "test", NOW));
                if (!member.needs().isEmpty()) {
                    assertDoesNotThrow(() -> person.assessNeeds(TODAY, member.needs(), "test", NOW));
                }
                assertFieldsFit(details, member);
                persons.add(person);
            }
            for (LaterEvent event : household.laterEvents()) {
                Person person = persons.get(event.memberIndex());
                assertDoesNotThrow(() -> person.record(event.facts(), RULE, "test", NOW), () -> "later event " + event);
            }
        }
    }

    private static void assertFieldsFit(PersonDetails details, NewPerson member) {
        assertAll(
                details.toString(),
                () -> Stream.of(
                                details.givenNames(),
                                details.familyNames(),
                                details.givenNamesLatin(),
                                details.familyNamesLatin())
                        .filter(s -> s != null)
                        .forEach(s -> {
                            assertTrue(s.length() <= 200);
                            assertEquals(s.strip(), s);
                        }),
                () -> assertNotNull(details.sex()),
                () -> assertTrue(details.phone() == null
                        || PHONE.matcher(details.phone()).matches()),
                () -> assertTrue(details.email() == null
                        || details.email().length() <= 200
                                && EMAIL.matcher(details.email()).matches()),
                () -> assertTrue(details.address() == null || details.address().length() <= 400),
                () -> assertTrue(
                        details.languages().size() >= 1 && details.languages().size() <= 3),
                () -> assertTrue(details.languages().contains(details.preferredLanguage())),
                () -> assertTrue(details.citizenships().size() <= 2),
                () -> member.documents().forEach(d -> assertTrue(d.number().length() <= 64)),
                () -> assertTrue(member.needs().stream()
                                .map(Need::getCategory)
                                .distinct()
                                .count()
                        == member.needs().size()),
                () -> member.needs().forEach(n -> assertTrue(n.getNote().length() <= 500)),
                () -> assertTrue(member.arrival().otherMunicipality() == null
                        || member.arrival().otherMunicipality().length() <= 200));
    }

    @Test
    void nothingHappensAfterToday() {
        for (Household household : population) {
            ResidenceEventFacts arrival = household.members().get(0).arrival();
            assertFalse(arrival.eventDate().isAfter(TODAY));
            assertFalse(arrival.registrationDate().isAfter(TODAY));
            assertFalse(arrival.registrationDate().isBefore(arrival.eventDate()));
            for (NewPerson member : household.members()) {
                BirthDate born = member.details().birthDate();
                if (born.getDay() != null) {
                    LocalDate birthday = LocalDate.of(born.getYear(), born.getMonth(), born.getDay());
                    assertFalse(birthday.isAfter(arrival.eventDate()), "born before the household arrived");
                }
            }
            LocalDate previous = arrival.registrationDate();
            for (LaterEvent event : household.laterEvents()) {
                ResidenceEventFacts facts = event.facts();
                assertFalse(facts.eventDate().isAfter(TODAY));
                assertFalse(facts.registrationDate().isAfter(TODAY));
                assertTrue(facts.eventDate().isAfter(arrival.registrationDate()), "after registration");
                assertFalse(facts.eventDate().isBefore(previous), "later events in date order");
                previous = facts.eventDate();
            }
        }
    }

    @Test
    void residenceIsInDistrictsThatExistOnTheEventDate() {
        population.stream()
                .flatMap(h -> Stream.concat(
                        Stream.of(h.members().get(0).arrival()),
                        h.laterEvents().stream().map(LaterEvent::facts)))
                .filter(facts -> facts.type().establishesResidence())
                .forEach(facts -> assertTrue(
                        (facts.eventDate().isBefore(DISTRICT_SPLIT) ? DISTRICTS_BEFORE_SPLIT : DISTRICTS_FROM_SPLIT)
                                .contains(facts.districtId()),
                        facts.toString()));
    }

    @Test
    void namesComeFromManyOriginsAndScripts() {
        Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
        people().map(NewPerson::details)
                .flatMap(d -> Stream.of(d.givenNames(), d.familyNames()))
                .filter(s -> s != null)
                .flatMapToInt(String::codePoints)
                .filter(Character::isLetter)
                .forEach(c -> scripts.add(Character.UnicodeScript.of(c)));
        assertTrue(
                scripts.containsAll(EnumSet.of(
                        Character.UnicodeScript.LATIN,
                        Character.UnicodeScript.ARABIC,
                        Character.UnicodeScript.CYRILLIC,
                        Character.UnicodeScript.HAN,
                        Character.UnicodeScript.ETHIOPIC)),
                scripts.toString());
        assertTrue(scripts.size() >= 8, "writing systems: " + scripts);

        // Names in another script come with their Latin transliteration.
        people().map(NewPerson::details).forEach(d -> assertNotNull(d.name().getGivenNamesLatin(), d.toString()));
        assertTrue(people().anyMatch(p -> p.details().nameOrder() == NameOrder.FAMILY_FIRST));
        long givenNames = people().map(p -> p.details().name().getGivenNamesLatin())
                .distinct()
                .count();
        assertTrue(givenNames > 300, "distinct given names: " + givenNames);
        long countries =
                people().map(p -> p.details().countryOfBirth()).distinct().count();
        assertTrue(countries >= 20, "countries of birth: " + countries);
    }

    @Test
    void mostPeopleConsentToRegistration() {
        long registration = people().filter(p -> p.consents().contains(ConsentPurpose.REGISTRATION))
                .count();
        assertTrue(registration > 1900, "consented to registration: " + registration);
    }

    @Test
    void theSameSeedGivesTheSamePopulation() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        List<String> first = describe(new SyntheticPopulation(42).households(300, today));
        assertEquals(first, describe(new SyntheticPopulation(42).households(300, today)));
        assertNotEquals(first, describe(new SyntheticPopulation(43).households(300, today)));
    }

    /** Every generated value as text (consents sorted: the set does not keep an order). */
    private static List<String> describe(List<Household> households) {
        List<String> lines = new ArrayList<>();
        for (Household household : households) {
            for (NewPerson member : household.members()) {
                lines.add(member.details() + " " + member.householdRole() + " " + member.documents() + " "
                        + member.arrival() + " " + new TreeSet<>(member.consents()) + " "
                        + member.needs().stream()
                                .map(n -> n.getCategory() + ":" + n.getNote())
                                .toList());
            }
            lines.add(household.laterEvents().toString());
        }
        return lines;
    }

    @Test
    void usesOnlyCodesOfTheReferenceData() throws IOException {
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V2__reference_data.sql")) {
            assumeTrue(in != null, "reference data not on the class path");
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> countries = codes(sql, "country");
        Set<String> languages = codes(sql, "language");
        Set<String> unknown = new HashSet<>();
        people().forEach(p -> {
            PersonDetails d = p.details();
            Stream.concat(d.citizenships().stream(), Stream.of(d.countryOfBirth()))
                    .filter(c -> !countries.contains(c))
                    .forEach(unknown::add);
            d.languages().stream().filter(l -> !languages.contains(l)).forEach(unknown::add);
            p.documents().stream()
                    .map(NewPerson.Document::issuingCountry)
                    .filter(c -> c != null && !countries.contains(c))
                    .forEach(unknown::add);
            if (p.arrival().otherCountry() != null
                    && !countries.contains(p.arrival().otherCountry())) {
                unknown.add(p.arrival().otherCountry());
            }
        });
        population.stream()
                .flatMap(h -> h.laterEvents().stream())
                .map(e -> e.facts().otherCountry())
                .filter(c -> c != null && !countries.contains(c))
                .forEach(unknown::add);
        assertTrue(unknown.isEmpty(), "codes missing from the reference data: " + unknown);
    }

    private static Set<String> codes(String sql, String table) {
        Matcher insert = Pattern.compile("insert into " + table + " \\(code[^)]*\\) values(.*?);", Pattern.DOTALL)
                .matcher(sql);
        assertTrue(insert.find(), "no " + table + " rows in the reference data");
        return Pattern.compile("\\('([a-zA-Z]{2,3})'")
                .matcher(insert.group(1))
                .results()
                .map(m -> m.group(1))
                .collect(Collectors.toSet());
    }

    @Test
    void laterEventsConcernExistingMembers() {
        for (Household household : population) {
            household
                    .laterEvents()
                    .forEach(e -> assertTrue(e.memberIndex() >= 0
                            && e.memberIndex() < household.members().size()));
            List<LaterEvent> sorted = household.laterEvents().stream()
                    .sorted(Comparator.comparing((LaterEvent e) -> e.facts().eventDate()))
                    .toList();
            assertEquals(sorted, household.laterEvents());
        }
    }
}
