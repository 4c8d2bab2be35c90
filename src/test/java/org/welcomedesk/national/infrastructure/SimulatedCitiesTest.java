package org.welcomedesk.national.infrastructure;

import org.junit.jupiter.api.Test;
import org.welcomedesk.national.application.SdmxFormat;
import org.welcomedesk.national.domain.DataStructure;
import org.welcomedesk.national.domain.NationalRelease;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimulatedCitiesTest {

    private final SimulatedCities simulated = new SimulatedCities(DataStructure.shipped(), "PT");

    @Test
    void theDemoHubsReleasesPassTheChecksEveryCityPasses() {
        List<NationalRelease> releases = simulated.releases(List.of("LISBOA", "PORTO"), List.of(2024, 2025), true);

        assertEquals(5, releases.size(), "two cities, two years, one revision");
        for (NationalRelease release : releases) {
            assertEquals(
                    List.of(),
                    DataStructure.shipped().validate(release, LocalDate.of(2026, 6, 1)),
                    release.cityCode() + " " + release.period());
            assertTrue(
                    release.observations().stream()
                            .allMatch(o -> o.value().isEmpty()
                                    || o.value().getAsLong() == 0
                                    || o.value().getAsLong() >= 3),
                    "never 1 or 2");
        }
    }

    @Test
    void theSameCityAndYearGiveTheSameReleaseSoARestartSendsNothingNew() {
        NationalRelease once = simulated.release(List.of("LISBOA", "PORTO"), "PORTO", 2025, 0, true);
        NationalRelease again = simulated.release(List.of("LISBOA", "PORTO"), "PORTO", 2025, 0, true);

        assertEquals(once, again);
        assertEquals(once, SdmxFormat.CSV.read(SdmxFormat.CSV.write(once)), "travels as SDMX-CSV unchanged");
    }
}
