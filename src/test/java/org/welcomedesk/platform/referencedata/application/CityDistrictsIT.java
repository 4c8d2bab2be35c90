package org.welcomedesk.platform.referencedata.application;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.referencedata.domain.District;
import org.welcomedesk.platform.referencedata.domain.ReferenceCatalogue;
import org.welcomedesk.testsupport.Deployments;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside the test server, on its own H2 database: the migrations ran at start-up, the
 * reference data is there, and district periods round-trip through JPA.
 */
@ExtendWith(ArquillianExtension.class)
class CityDistrictsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClass(CityDistrictsIT.class);
    }

    @Inject
    CityDistricts districts;

    @Inject
    ReferenceCatalogue catalogue;

    @Test
    void theDemoCityHasItsDistrictsAndTheCatalogueIsLoaded() {
        assertTrue(
                districts.current().size() >= 10,
                "current districts: " + districts.current().size());
        assertTrue(catalogue.countries().size() >= 249);
        var morocco = catalogue.countries().stream()
                .filter(c -> c.getCode().equals("MA"))
                .findFirst()
                .orElseThrow();
        assertEquals("Maroc", morocco.nameIn(Locale.FRENCH));
        assertEquals("المغرب", morocco.nameIn(Locale.forLanguageTag("ar")));
    }

    @Test
    void aNewDistrictPeriodIsStoredAndFoundByDate() {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        LocalDate from = LocalDate.of(2030, 1, 1);
        District opened = districts.open(code, "Nova Vila – حي جديد", from, null);

        District found = districts.get(opened.getId());
        assertEquals("Nova Vila – حي جديد", found.getName());
        assertTrue(districts.validOn(from).stream().anyMatch(d -> d.getCode().equals(code)));
        assertTrue(districts.validOn(from.minusDays(1)).stream()
                .noneMatch(d -> d.getCode().equals(code)));
    }

    @Test
    void anOverlappingPeriodOfTheSameDistrictIsRefused() {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        districts.open(code, "First", LocalDate.of(2031, 1, 1), LocalDate.of(2032, 1, 1));

        RuleViolation violation =
                assertThrows(RuleViolation.class, () -> districts.open(code, "Second", LocalDate.of(2031, 6, 1), null));
        assertEquals("validFrom", violation.field());
        // the next period, starting when the first ends, is fine
        districts.open(code, "Second", LocalDate.of(2032, 1, 1), null);
    }

    @Test
    void anInvalidCodeIsRefusedBeforeAnythingIsStored() {
        int before = districts.history().size();
        assertThrows(
                ConstraintViolationException.class,
                () -> districts.open("not a code", "Somewhere", LocalDate.of(2030, 1, 1), null));
        assertEquals(before, districts.history().size());
    }
}
