package org.welcomedesk.national.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.welcomedesk.national.application.HubSettings;
import org.welcomedesk.national.application.ReceivedReleases;
import org.welcomedesk.national.application.Receiving;
import org.welcomedesk.national.application.Refused;
import org.welcomedesk.national.domain.DataStructure;
import org.welcomedesk.national.domain.NationalRelease;
import org.welcomedesk.national.domain.Observation;
import org.welcomedesk.platform.persistence.SchemaMigration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.IntStream;

/**
 * At the first start of a demo hub ({@code welcomedesk.national.hub} and
 * {@code welcomedesk.national.demo-cities} set), receives the simulated cities' releases of the
 * last three years through the same checks as every city's: one revised, the last city's latest
 * year first refused (an unknown citizenship code) and never sent again, so the submissions page
 * shows every status. Never touches a hub that has received anything.
 */
@ApplicationScoped
public class DemoHub {

    private static final Logger LOG = Logger.getLogger(DemoHub.class.getName());

    @Inject
    HubSettings settings;

    @Inject
    ReceivedReleases store;

    @Inject
    Receiving receiving;

    Clock clock = Clock.systemUTC();

    void onStart(@Observes @Priority(SchemaMigration.ORDER + 200) @Initialized(ApplicationScoped.class) Object event) {
        List<String> cities = settings.demoCities();
        if (!settings.hub() || cities.isEmpty() || !store.latestReceipts().isEmpty()) {
            return;
        }
        int lastYear = LocalDate.now(clock).getYear() - 1;
        List<Integer> years =
                IntStream.rangeClosed(lastYear - 2, lastYear).boxed().toList();
        String late = cities.get(cities.size() - 1);
        int received = 0;
        for (NationalRelease release :
                new SimulatedCities(DataStructure.shipped(), settings.country()).releases(cities, years, true)) {
            boolean missing = cities.size() > 1
                    && release.cityCode().equals(late)
                    && release.period().equals(String.valueOf(lastYear));
            try {
                receiving.receive(
                        release.releaseId(), release.cityCode(), missing ? withUnknownCitizenship(release) : release);
                received++;
            } catch (Refused refused) {
                // expected for the one sent with an unknown code; anything else is worth a line
                LOG.info(() -> "Demo hub: " + release.cityCode() + " " + release.period() + " refused: "
                        + refused.getMessage());
            } catch (RuntimeException failed) {
                // demo data the hub cannot take is left out: the application still starts
                LOG.warning(() -> "Demo hub: " + release.cityCode() + " " + release.period() + " not received: "
                        + failed.getClass().getName());
            }
        }
        int count = received;
        LOG.info(() -> "Demo hub: " + count + " releases of " + cities + " received for " + years);
    }

    /** The release with one citizenship code the code list does not have, as a city's mistake would be. */
    private static NationalRelease withUnknownCitizenship(NationalRelease release) {
        List<Observation> cells = new ArrayList<>(release.observations());
        for (int i = 0; i < cells.size(); i++) {
            Observation cell = cells.get(i);
            if (cell.dataflow().equals("MIGR_IMM1CTZ") && "BR".equals(cell.key().get(DataStructure.CITIZEN))) {
                var key = new HashMap<>(cell.key());
                key.put(DataStructure.CITIZEN, "XB");
                cells.set(
                        i,
                        new Observation(
                                cell.dataflow(),
                                key,
                                cell.value(),
                                cell.observationStatus(),
                                cell.confidentialityStatus()));
                break;
            }
        }
        return new NationalRelease(
                release.releaseId(),
                release.cityCode(),
                release.structureVersion(),
                release.period(),
                release.action(),
                release.revision(),
                release.protection(),
                release.prepared(),
                cells);
    }
}
