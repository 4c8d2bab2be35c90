package org.welcomedesk.national.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.welcomedesk.national.domain.DataStructure;
import org.welcomedesk.national.domain.NationalRelease;
import org.welcomedesk.national.domain.Observation;
import org.welcomedesk.platform.error.NotFound;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What the national agency reads at the hub, the one facade of the pages and the read API:
 * pooled flows, submission status, the internal migration matrix and the pooled dataset.
 * Every figure is computed from each city's latest revision of the period.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NationalFigures {

    @Inject
    HubSettings settings;

    @Inject
    ReceivedReleases store;

    private final NationalAreas areas = new NationalAreas(DataStructure.shipped());

    /** The pooled dataset as a file: its name, media type and content. */
    public record DataFile(String name, String contentType, String content) {}

    /** The formats the pooled dataset is offered in. */
    public enum Format {
        SDMX_CSV(SdmxFormat.CSV.mediaType(), "sdmx.csv"),
        SDMX_JSON(SdmxFormat.JSON.mediaType(), "json"),
        CSV("text/csv;charset=UTF-8", "csv");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }
    }

    Clock clock = Clock.systemUTC();

    /** This deployment is the hub (else every national figure is absent: the city has none). */
    public boolean hub() {
        return settings.hub();
    }

    /** The periods some city sent, latest first. */
    public List<String> periods() {
        requireHub();
        return new TreeSet<>(
                        store.latestReceipts().stream().map(Receipt::period).toList())
                .descendingSet().stream().toList();
    }

    /** The period's flows by city, region and country. */
    public Pooling.PooledFlows flows(String period) {
        requireHub();
        return Pooling.pool(period, store.latest(period), this::regionOf, settings.country());
    }

    /** Each city's status per period, latest period first. */
    public List<Submissions.Submission> submissions() {
        requireHub();
        return Submissions.of(
                store.latestReceipts(),
                store.refusals(),
                settings.expectedCities(),
                settings.deadline(),
                LocalDate.now(clock));
    }

    /** The period's internal migration between reporting cities, with the mirror check. */
    public MigrationMatrix.Matrix matrix(String period) {
        requireHub();
        return MigrationMatrix.of(period, store.latest(period), settings.mirrorTolerance());
    }

    /** The pooled dataset of a period: the cities' cells and their sums by region and country, of one table or all. */
    public List<Observation> dataset(String period, Optional<String> dataflow) {
        requireHub();
        List<NationalRelease> latest = store.latest(period);
        return Pooling.dataset(latest, this::regionOf, settings.country()).stream()
                .filter(o -> dataflow.map(o.dataflow()::equals).orElse(true))
                .toList();
    }

    /** The pooled dataset of a period (one table or all) as a file of the format. */
    public DataFile file(String period, Optional<String> dataflow, Format format) {
        List<Observation> cells = dataset(period, dataflow);
        String content = format == Format.CSV
                ? PlainCsv.write(period, cells)
                : (format == Format.SDMX_JSON ? SdmxFormat.JSON : SdmxFormat.CSV).writeData(period, cells);
        return new DataFile(
                "national-" + period + dataflow.map(d -> "-" + d).orElse("") + "." + format.extension,
                format.mediaType,
                content);
    }

    /** A city's region, or the city itself when the code list gives none. */
    public String regionOf(String city) {
        return areas.regionOf(city);
    }

    /** A city's or region's name from the code lists, else its code. */
    public String nameOf(String area) {
        return areas.nameOf(area);
    }

    private void requireHub() {
        if (!settings.hub()) {
            throw new NotFound("national hub");
        }
    }
}
