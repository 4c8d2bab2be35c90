package org.welcomedesk.registry.imports.application;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.welcomedesk.devstack.democity.DemoCityFile;
import org.welcomedesk.devstack.democity.SyntheticPopulation;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.referencedata.domain.District;
import org.welcomedesk.platform.text.CsvRecords;
import org.welcomedesk.registry.imports.domain.ColumnMapping;
import org.welcomedesk.registry.imports.domain.ImportField;
import org.welcomedesk.registry.records.domain.ConsentPurpose;
import org.welcomedesk.registry.records.domain.HouseholdRole;
import org.welcomedesk.registry.records.domain.Need;
import org.welcomedesk.registry.records.domain.NeedCategory;
import org.welcomedesk.registry.records.domain.ResidenceEventFacts;
import org.welcomedesk.registry.registration.application.NewPerson;

import java.io.StringWriter;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A legacy register's row read with its household and its history: the demo city's file reads
 * back as the generator made it (needs and consents included), needs and consents are read as
 * lists and an unknown code names its field, and every value of the history grammar that cannot be read, or
 * breaks the order of a stay, is refused naming the field and the event.
 */
class LegacyRecordTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);
    private static final LocalDate SPLIT = LocalDate.of(2025, 1, 1);
    private static List<District> districts;

    @BeforeAll
    static void demoDistricts() throws Exception {
        districts = new ArrayList<>();
        for (Map.Entry<Long, String> district : DemoCityFile.DISTRICT_CODES.entrySet()) {
            long id = district.getKey();
            LocalDate from = id >= 11 ? SPLIT : LocalDate.of(2000, 1, 1);
            District made = new District("DEMO", district.getValue(), "District " + id, from, id == 10 ? SPLIT : null);
            Field field = District.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(made, id);
            districts.add(made);
        }
    }

    @Test
    void theDemoCityFileReadsBackAsTheGeneratorMadeIt() throws Exception {
        List<SyntheticPopulation.Household> households = new SyntheticPopulation(5).households(3000, TODAY);
        StringWriter file = new StringWriter();
        DemoCityFile.write(households, file);
        List<List<String>> records = CsvRecords.parse(file.toString());
        List<String> header = records.get(0);
        ColumnMapping mapping = ColumnMapping.suggestedFor(header);
        assertEquals(ImportField.values().length, mapping.columns().size(), "every column is recognised: " + mapping);

        int row = 1;
        for (SyntheticPopulation.Household household : households) {
            for (int member = 0; member < household.members().size(); member++, row++) {
                Map<String, String> values = new HashMap<>();
                for (int column = 0; column < header.size(); column++) {
                    values.put(header.get(column), records.get(row).get(column));
                }
                LegacyRecord read = LegacyRecord.read(mapping, values, districts);
                NewPerson generated = household.members().get(member);
                ResidenceEventFacts arrival = generated.arrival();
                assertEquals(arrival.type(), read.person().arrival().type());
                assertEquals(arrival.eventDate(), read.person().arrival().eventDate());
                assertEquals(arrival.districtId(), read.person().arrival().districtId());
                assertEquals(arrival.intendedMonths(), read.person().arrival().intendedMonths());
                assertEquals(
                        generated.details().givenNames(),
                        read.person().details().givenNames());
                assertEquals("H" + (households.indexOf(household) + 1), read.household());
                assertEquals(member == 0 ? HouseholdRole.REFERENCE_PERSON : generated.householdRole(), read.role());
                Set<ConsentPurpose> consents = EnumSet.of(ConsentPurpose.REGISTRATION);
                consents.addAll(generated.consents());
                assertEquals(consents, read.person().consents(), "row " + row);
                assertEquals(generated.needs().size(), read.person().needs().size(), "row " + row);
                for (int i = 0; i < generated.needs().size(); i++) {
                    assertEquals(
                            generated.needs().get(i).getCategory(),
                            read.person().needs().get(i).getCategory());
                    assertEquals(
                            generated.needs().get(i).getNote(),
                            read.person().needs().get(i).getNote());
                }
                int index = member;
                List<ResidenceEventFacts> later = household.laterEvents().stream()
                        .filter(e -> e.memberIndex() == index)
                        .map(SyntheticPopulation.LaterEvent::facts)
                        .toList();
                assertEquals(later.size(), read.history().size(), "row " + row);
                for (int i = 0; i < later.size(); i++) {
                    assertEquals(later.get(i).type(), read.history().get(i).type());
                    assertEquals(later.get(i).eventDate(), read.history().get(i).eventDate());
                    assertEquals(
                            later.get(i).districtId(), read.history().get(i).districtId());
                    assertEquals(
                            later.get(i).otherCountry(), read.history().get(i).otherCountry());
                    assertEquals(
                            later.get(i).otherMunicipality(),
                            read.history().get(i).otherMunicipality());
                }
            }
        }
    }

    @Test
    void aHistoryThatCannotBeReadOrBreaksTheStayIsRefusedNamingTheEvent() {
        refused("2020-01-01:DEATH:Riverside", "import.history.death", 1);
        refused("2019-01-01:MOVE_WITHIN_CITY:D02;2018-06-01:MOVE_WITHIN_CITY:D03", "import.history.order", 2);
        refused("2019-01-01:ARRIVAL_FROM_ABROAD:FR:D02", "import.history.sequence", 1);
        refused("2019-01-01:DEPARTURE_ABROAD:FR;2019-05-01:MOVE_WITHIN_CITY:D02", "import.history.sequence", 2);
        refused("2019-01-01:MOVE_WITHIN_CITY", "import.history.invalid", 1);
        refused("2019-01-01:MOVE_WITHIN_CITY:D02:12", "import.history.invalid", 1);
        refused("2019-01-01:BIRTH:D02", "import.history.type", 1);
        refused("01/01/2019:MOVE_WITHIN_CITY:D02", "import.history.date", 1);
        refused("2019-01-01:MOVE_WITHIN_CITY:D10", "import.history.district", 1);
        refused("2019-01-01:DEPARTURE_ABROAD:FR:many", "import.history.months", 1);

        List<ResidenceEventFacts> history = StayHistory.read(
                "2019-01-01:move_within_city:D02; ;"
                        + "2020-02-02:DEPARTURE_ABROAD:fr:6;2021-03-03:ARRIVAL_FROM_MUNICIPALITY:Vila Nova de Gaia:D05",
                arrival(),
                districts);
        assertEquals(3, history.size());
        assertEquals("FR", history.get(1).otherCountry());
        assertEquals(6, history.get(1).intendedMonths());
        assertEquals("Vila Nova de Gaia", history.get(2).otherMunicipality());
        assertEquals(5L, history.get(2).districtId());
    }

    @Test
    void needsAndConsentsAreReadAsListsAndAnUnknownCodeNamesTheField() {
        LegacyRecord read = withNeedsAndConsents(
                "HOUSING: Family of four, in a shelter: since May; language,health|" + "DOCUMENTATION",
                "sharing_with_partners; BEING_CONTACTED");
        assertEquals(
                List.of(NeedCategory.HOUSING, NeedCategory.LANGUAGE, NeedCategory.HEALTH, NeedCategory.DOCUMENTATION),
                read.person().needs().stream().map(Need::getCategory).toList());
        assertEquals(
                "Family of four, in a shelter: since May",
                read.person().needs().get(0).getNote());
        assertEquals(null, read.person().needs().get(1).getNote());
        assertEquals(
                Set.of(
                        ConsentPurpose.REGISTRATION,
                        ConsentPurpose.SHARING_WITH_PARTNERS,
                        ConsentPurpose.BEING_CONTACTED),
                read.person().consents());

        LegacyRecord none = withNeedsAndConsents("", "");
        assertEquals(List.of(), none.person().needs());
        assertEquals(
                Set.of(ConsentPurpose.REGISTRATION), none.person().consents(), "registration's consent is recorded");

        assertEquals(
                2,
                withNeedsAndConsents("HOUSING housing", "").person().needs().size(),
                "a need listed twice is kept twice, for registration to refuse as at the counter");
        refusedRow("HOUSING HOUSNIG", "", "needs", "import.needs.unknown");
        refusedRow("Family of four: HOUSING", "", "needs", "import.needs.unknown");
        refusedRow("", "SHARING", "consents", "import.consents.unknown");
    }

    private static LegacyRecord withNeedsAndConsents(String needs, String consents) {
        Map<String, String> row = Map.of(
                "given_names",
                "Amal",
                "family_names",
                "Haddad",
                "sex",
                "F",
                "besoins",
                needs,
                "consentimentos",
                consents);
        return LegacyRecord.read(ColumnMapping.suggestedFor(List.copyOf(row.keySet())), row, districts);
    }

    private static void refusedRow(String needs, String consents, String field, String key) {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> withNeedsAndConsents(needs, consents));
        assertEquals(field, refused.field());
        assertEquals(key, refused.messageKey());
    }

    private static ResidenceEventFacts arrival() {
        return ResidenceEventFacts.of(
                org.welcomedesk.registry.records.domain.ResidenceEventType.ARRIVAL_FROM_ABROAD,
                LocalDate.of(2018, 1, 1),
                1L,
                "SY",
                null,
                null);
    }

    private static void refused(String history, String key, int event) {
        RuleViolation refused =
                assertThrows(RuleViolation.class, () -> StayHistory.read(history, arrival(), districts), history);
        assertEquals("history", refused.field());
        assertEquals(key, refused.messageKey(), history);
        assertArrayEquals(new Object[] {event}, refused.arguments(), history);
    }
}
