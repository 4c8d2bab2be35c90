package org.welcomedesk.national.application;

import org.junit.jupiter.api.Test;
import org.welcomedesk.national.domain.DataStructure;
import org.welcomedesk.national.domain.NationalRelease;
import org.welcomedesk.national.infrastructure.SimulatedCities;
import org.welcomedesk.platform.error.NotFound;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReceivingTest {

    private final StoreInMemory store = new StoreInMemory();
    private final Receiving receiving = receiving(true);
    private final SimulatedCities simulated = new SimulatedCities(DataStructure.shipped(), "PT");

    private Receiving receiving(boolean hub) {
        Receiving receiving = new Receiving();
        receiving.settings = new HubSettings();
        receiving.settings.hub = hub;
        receiving.store = store;
        receiving.clock = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);
        return receiving;
    }

    private String csv(NationalRelease release) {
        return SdmxFormat.CSV.write(release);
    }

    @Test
    void aRevisionReplacesAndTheSameIdAgainGetsTheSameReceipt() {
        NationalRelease first = simulated.release(List.of("PORTO"), "PORTO", 2025, 0, true);
        NationalRelease revision = simulated.release(List.of("PORTO"), "PORTO", 2025, 1, false);

        Receiving.Received stored =
                receiving.receive(first.releaseId(), "PORTO", SdmxFormat.CSV.mediaType(), csv(first));
        Receiving.Received revised =
                receiving.receive(revision.releaseId(), "PORTO", SdmxFormat.CSV.mediaType(), csv(revision));
        Receiving.Received again =
                receiving.receive(first.releaseId(), "PORTO", SdmxFormat.CSV.mediaType(), csv(first));

        assertTrue(stored.created());
        assertEquals("REVISED", revised.receipt().status());
        assertFalse(again.created());
        assertEquals(stored.receipt(), again.receipt());
        assertEquals(2, store.releases.size(), "one copy per id");
    }

    @Test
    void everyRefusalIsKeptWithItsReasonsButNeverStored() {
        NationalRelease porto = simulated.release(List.of("PORTO"), "PORTO", 2024, 0, false);

        Refused otherCity = assertThrows(
                Refused.class,
                () -> receiving.receive(porto.releaseId(), "DEMO", SdmxFormat.CSV.mediaType(), csv(porto)));
        Refused otherId = assertThrows(
                Refused.class, () -> receiving.receive("another-id", "PORTO", SdmxFormat.CSV.mediaType(), csv(porto)));
        Refused unreadable = assertThrows(
                Refused.class,
                () -> receiving.receive("some-id", "PORTO", SdmxFormat.CSV.mediaType(), "not,a\nrelease"));
        Refused notSdmx = assertThrows(
                Refused.class, () -> receiving.receive("some-id", "PORTO", "application/json", csv(porto)));

        assertEquals(403, otherCity.status());
        assertEquals("WRONG_AREA", otherCity.findings().get(0).code());
        assertEquals(422, otherId.status());
        assertEquals("ID_MISMATCH", otherId.findings().get(0).code());
        assertEquals(422, unreadable.status());
        assertEquals(422, notSdmx.status());
        assertTrue(store.releases.isEmpty());
        assertEquals(4, store.refusals.size());
        assertEquals("2024", store.refusals.get(0).period());
        assertEquals(null, store.refusals.get(2).period(), "an unreadable message has no period");
    }

    @Test
    void anOlderRevisionIsAConflict() {
        NationalRelease revision = simulated.release(List.of("PORTO"), "PORTO", 2023, 1, false);
        NationalRelease first = simulated.release(List.of("PORTO"), "PORTO", 2023, 0, false);
        receiving.receive(revision.releaseId(), "PORTO", revision);

        Refused older = assertThrows(Refused.class, () -> receiving.receive(first.releaseId(), "PORTO", first));

        assertEquals(409, older.status());
        assertEquals("OLDER_REVISION", older.findings().get(0).code());
    }

    @Test
    void aCityDeploymentHasNoDoor() {
        NationalRelease porto = simulated.release(List.of("PORTO"), "PORTO", 2024, 0, false);

        assertThrows(
                NotFound.class,
                () -> receiving(false).receive(porto.releaseId(), "PORTO", SdmxFormat.CSV.mediaType(), csv(porto)));
        assertTrue(store.refusals.isEmpty());
    }

    /** The store as the hub's database keeps it, in memory. */
    static final class StoreInMemory implements ReceivedReleases {
        final Map<String, NationalRelease> releases = new HashMap<>();
        final Map<String, Receipt> receipts = new HashMap<>();
        final List<RefusedAttempt> refusals = new ArrayList<>();

        @Override
        public Optional<Receipt> receipt(String releaseId) {
            return Optional.ofNullable(receipts.get(releaseId));
        }

        @Override
        public OptionalInt newestRevision(String city, String period) {
            return releases.values().stream()
                    .filter(r -> r.cityCode().equals(city) && r.period().equals(period))
                    .mapToInt(NationalRelease::revision)
                    .max();
        }

        @Override
        public Receipt store(NationalRelease release, String status, Instant receivedAt) {
            Receipt receipt = new Receipt(
                    release.releaseId(), release.cityCode(), release.period(), release.revision(), status, receivedAt);
            releases.put(release.releaseId(), release);
            receipts.put(release.releaseId(), receipt);
            return receipt;
        }

        @Override
        public void refused(RefusedAttempt attempt) {
            refusals.add(attempt);
        }

        @Override
        public List<NationalRelease> latest(String period) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Receipt> latestReceipts() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<RefusedAttempt> refusals() {
            return refusals;
        }
    }
}
