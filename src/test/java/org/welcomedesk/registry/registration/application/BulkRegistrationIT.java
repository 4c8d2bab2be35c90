package org.welcomedesk.registry.registration.application;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.welcomedesk.registry.records.application.PersonQuery;
import org.welcomedesk.registry.records.application.PersonRecords;
import org.welcomedesk.registry.records.application.PersonSearch;
import org.welcomedesk.registry.records.domain.Flow;
import org.welcomedesk.registry.records.domain.HouseholdRole;
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.registry.records.domain.ResidenceEvent;
import org.welcomedesk.testsupport.Deployments;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo city's bulk path inside the test server: people registered in a batch are what the
 * counter would have registered, found by the desk's search, with their timeline settled as
 * the nightly classification would have.
 */
@ExtendWith(ArquillianExtension.class)
class BulkRegistrationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClass(BulkRegistrationIT.class);
    }

    @Inject
    BulkRegistration bulk;

    @Inject
    PersonSearch search;

    @Inject
    PersonRecords records;

    @Test
    void aBatchOfTheDemoCityIsFoundAtTheDeskWithItsTimelineSettled() {
        LocalDate today = LocalDate.now();
        List<SyntheticPopulation.Household> households = new SyntheticPopulation(77).households(400, today);

        BulkRegistration.Tally tally = bulk.register(households, today);

        assertEquals(0, tally.refused(), "households refused");
        assertEquals(400, tally.people());
        assertEquals(households.size(), tally.households());
        // a household that moved or left after registering, whose reference person's name is in Latin script only
        SyntheticPopulation.Household household = households.stream()
                .filter(h -> h.laterEvents().stream().anyMatch(e -> e.memberIndex() == 0))
                .filter(h -> h.members().get(0).details().givenNamesLatin() == null
                        && h.members().get(0).details().familyNames() != null)
                .findFirst().orElseThrow();
        NewPerson wanted = household.members().get(0);
        String name = wanted.details().givenNames() + " " + wanted.details().familyNames();

        var page = search.search(new PersonQuery(name, null, null, null, null, null), 0, 5);

        Person found = page.matches().stream().map(PersonSearch.Match::person)
                .filter(p -> Objects.equals(p.getBirthDate().toString(), wanted.details().birthDate().toString()))
                .findFirst().orElseThrow(() -> new AssertionError(name + " not found at the desk"));
        Person record = records.view(found.getId());
        assertEquals(HouseholdRole.REFERENCE_PERSON, record.getHouseholdRole());
        assertEquals(household.members().size(), record.getHousehold().getMembers().size());
        assertEquals(wanted.consents().size(), record.getConsents().size());
        long laterEvents = household.laterEvents().stream().filter(e -> e.memberIndex() == 0).count();
        assertEquals(1 + laterEvents, record.getEvents().size(), "arrival and later events");
        assertEquals(wanted.arrival().eventDate(), record.getEvents().get(0).getEventDate());
        for (ResidenceEvent event : record.getEvents()) {
            assertNotNull(event.getFlow());
            // what the nightly job confirms: every event whose period under the 12-month rule has passed
            assertEquals(event.getEventDate().plusMonths(12).isAfter(today), event.isProvisional(),
                    () -> event.getType() + " of " + event.getEventDate() + ": " + event.getObservationStatus());
            assertTrue(event.getRecordKey() >= 0 && event.getRecordKey() < 1);
        }
        assertTrue(tally.flows().getOrDefault(Flow.IMM, 0) > 0 && tally.flows().getOrDefault(Flow.MOVE_INTRA, 0) > 0,
                "flows: " + tally.flows());
    }
}
