package org.welcomedesk.devstack.democity;

import org.welcomedesk.platform.text.CsvRecords;
import org.welcomedesk.registry.records.domain.ConsentPurpose;
import org.welcomedesk.registry.records.domain.HouseholdRole;
import org.welcomedesk.registry.records.domain.Need;
import org.welcomedesk.registry.records.domain.PersonDetails;
import org.welcomedesk.registry.records.domain.ResidenceEventFacts;
import org.welcomedesk.registry.records.domain.ResidenceEventType;
import org.welcomedesk.registry.registration.application.NewPerson;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * The demo city written as a legacy register export, in the import's CSV (docs/api.md, Imports):
 * a row per person, the rows of a household one after the other with its reference, each
 * member's relationship, how their stay began and its later events in the history column,
 * the needs assessed (with their notes) and the consents beyond registration. What the import
 * does not carry (a second document, the order names are written in) is left out; the import
 * records registration's consent for everyone.
 */
public final class DemoCityFile {

    /** The columns, named as the import recognises them. */
    public static final List<String> HEADER = List.of(
            "given_names",
            "family_names",
            "given_names_latin",
            "family_names_latin",
            "sex",
            "birth_date",
            "birth_estimated",
            "country_of_birth",
            "citizenship",
            "languages",
            "phone",
            "email",
            "address",
            "document_type",
            "document_number",
            "document_country",
            "arrival_date",
            "previous_country",
            "previous_municipality",
            "district",
            "stay_began",
            "intended_months",
            "household",
            "household_role",
            "history",
            "needs",
            "consents");

    /** The demo city's districts by id (reference data): Eastfield (10) is D11, its later parts D10 and D12. */
    public static final Map<Long, String> DISTRICT_CODES = Map.ofEntries(
            Map.entry(1L, "D01"),
            Map.entry(2L, "D02"),
            Map.entry(3L, "D03"),
            Map.entry(4L, "D04"),
            Map.entry(5L, "D05"),
            Map.entry(6L, "D06"),
            Map.entry(7L, "D07"),
            Map.entry(8L, "D08"),
            Map.entry(9L, "D09"),
            Map.entry(10L, "D11"),
            Map.entry(11L, "D10"),
            Map.entry(12L, "D12"));

    private DemoCityFile() {}

    /** Writes the header and every household's rows; returns the number of rows written. */
    public static int write(List<SyntheticPopulation.Household> households, Writer out) throws IOException {
        out.write(CsvRecords.line(HEADER));
        out.write('\n');
        int rows = 0;
        int number = 0;
        for (SyntheticPopulation.Household household : households) {
            String reference = "H" + ++number;
            List<NewPerson> members = household.members();
            for (int i = 0; i < members.size(); i++) {
                HouseholdRole role =
                        i == 0 ? HouseholdRole.REFERENCE_PERSON : members.get(i).householdRole();
                out.write(CsvRecords.line(row(members.get(i), reference, role, history(household, i))));
                out.write('\n');
                rows++;
            }
        }
        return rows;
    }

    /** One person's row; {@code household} and {@code role} may be null for a person on their own. */
    public static List<String> row(NewPerson person, String household, HouseholdRole role, String history) {
        PersonDetails d = person.details();
        String birth = d.birthYear() == null
                ? ""
                : d.birthMonth() == null
                        ? String.valueOf(d.birthYear())
                        : d.birthDay() == null
                                ? "%04d-%02d".formatted(d.birthYear(), d.birthMonth())
                                : "%04d-%02d-%02d".formatted(d.birthYear(), d.birthMonth(), d.birthDay());
        NewPerson.Document document =
                person.documents().isEmpty() ? null : person.documents().get(0);
        ResidenceEventFacts arrival = person.arrival();
        List<String> row = new ArrayList<>(List.of(
                nz(d.givenNames()),
                nz(d.familyNames()),
                nz(d.givenNamesLatin()),
                nz(d.familyNamesLatin()),
                d.sex().name(),
                birth,
                d.birthEstimated() ? "true" : "",
                nz(d.countryOfBirth()),
                String.join(" ", d.citizenships()),
                String.join(" ", d.languages()),
                nz(d.phone()),
                nz(d.email()),
                nz(d.address())));
        row.addAll(
                document == null
                        ? List.of("", "", "")
                        : List.of(document.type().name(), document.number(), nz(document.issuingCountry())));
        row.addAll(
                arrival == null
                        ? List.of("", "", "", "", "", "")
                        : List.of(
                                arrival.eventDate().toString(),
                                nz(arrival.otherCountry()),
                                nz(arrival.otherMunicipality()),
                                district(arrival.districtId()),
                                arrival.type().name(),
                                arrival.intendedMonths() == null
                                        ? ""
                                        : arrival.intendedMonths().toString()));
        row.addAll(List.of(
                nz(household),
                role == null ? "" : role.name(),
                nz(history),
                needs(person.needs()),
                person.consents().stream()
                        .filter(purpose -> purpose != ConsentPurpose.REGISTRATION)
                        .sorted()
                        .map(Enum::name)
                        .collect(Collectors.joining(" "))));
        return row;
    }

    /** The needs in the needs column's grammar: {@code CODE: note} (or the code alone), separated by {@code ;}. */
    private static String needs(List<Need> needs) {
        return needs.stream()
                .map(need -> need.getNote() == null
                        ? need.getCategory().name()
                        : need.getCategory().name() + ": " + need.getNote())
                .collect(Collectors.joining("; "));
    }

    /** The later events of one member in the history column's grammar, or null if none. */
    static String history(SyntheticPopulation.Household household, int member) {
        StringJoiner history = new StringJoiner(";");
        for (SyntheticPopulation.LaterEvent later : household.laterEvents()) {
            if (later.memberIndex() == member) {
                history.add(event(later.facts()));
            }
        }
        return history.length() == 0 ? null : history.toString();
    }

    private static String event(ResidenceEventFacts facts) {
        StringJoiner event = new StringJoiner(":")
                .add(facts.eventDate().toString())
                .add(facts.type().name());
        switch (facts.type()) {
            case MOVE_WITHIN_CITY -> event.add(district(facts.districtId()));
            case DEPARTURE_TO_MUNICIPALITY -> event.add(facts.otherMunicipality());
            case DEPARTURE_ABROAD -> event.add(facts.otherCountry());
            case ARRIVAL_FROM_MUNICIPALITY ->
                event.add(facts.otherMunicipality()).add(district(facts.districtId()));
            case ARRIVAL_FROM_ABROAD, TEMPORARY_STAY ->
                event.add(facts.otherCountry()).add(district(facts.districtId()));
        }
        if (facts.intendedMonths() != null
                && facts.type() != ResidenceEventType.MOVE_WITHIN_CITY
                && facts.type().otherPlaceIsCountry()) {
            event.add(facts.intendedMonths().toString());
        }
        return event.toString();
    }

    private static String district(Long id) {
        return id == null ? "" : DISTRICT_CODES.get(id);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
