package org.welcomedesk.statistics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.welcomedesk.platform.error.NotFound;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.referencedata.application.CityDistricts;
import org.welcomedesk.privacy.application.AuditTrail;
import org.welcomedesk.statistics.domain.BoundaryChange;
import org.welcomedesk.statistics.domain.DifferencingCheck;
import org.welcomedesk.statistics.domain.Dimension;
import org.welcomedesk.statistics.domain.Measure;
import org.welcomedesk.statistics.domain.Period;
import org.welcomedesk.statistics.domain.ProtectedCount;
import org.welcomedesk.statistics.domain.Release;
import org.welcomedesk.statistics.domain.ReleaseCoverage;
import org.welcomedesk.statistics.domain.ReleaseDefinition;
import org.welcomedesk.statistics.domain.ReleaseRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What left the application as statistics: releases and downloads of tables, each with its
 * definition, the protection's version, a hash of the output, who, when and for whom. A release
 * is checked first against itself and every earlier release ({@link DifferencingCheck}) and
 * refused with the reason when a difference could reveal small counts.
 */
@ApplicationScoped
public class ReleaseLedger {

    @Inject
    ReleaseRepository ledger;

    @Inject
    StatisticsTables tables;

    @Inject
    TableFiles files;

    @Inject
    CityDistricts districts;

    // the actor the audit trail names: the signed-in planner or the API's service account
    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /**
     * Publishes a table for an audience: counts it through {@link StatisticsTables}, checks it
     * against earlier releases and records it with its output.
     *
     * @throws RuleViolation naming the definition, with the reason, when it differences a release
     */
    @Transactional
    public Release publish(ReleaseDefinition definition, Release.Audience audience) {
        if (audience == null) {
            throw new RuleViolation("audience", "validation.required");
        }
        PublishedTable table = tableOf(definition);
        String output = ReleasedTable.text(table);
        String hash = ReleasedTable.sha256(output);
        Set<String> areas = ReleasedTable.areas(table);
        List<ReleaseCoverage> earlier =
                ledger.releases().stream().map(Release::coverage).toList();
        new DifferencingCheck(BoundaryChange.in(districts.history()))
                .check(new ReleaseCoverage(definition, areas, hash, null), earlier)
                .ifPresent(reason -> {
                    throw reason.refusal();
                });
        checkComplements(definition, table);
        Release release = Release.released(
                Instant.now(clock),
                audit.actor(),
                audience,
                definition,
                table.protectionVersion(),
                hash,
                areas,
                output);
        ledger.add(release);
        return release;
    }

    /** Records a download of an ad-hoc table by the signed-in user. */
    @Transactional
    public void recordDownload(PublishedTable table, TableFiles.Format format, byte[] content) {
        ledger.add(Release.downloaded(
                Instant.now(clock),
                audit.actor(),
                format.name(),
                definitionOf(table),
                table.protectionVersion(),
                ReleasedTable.sha256(content),
                ReleasedTable.areas(table)));
    }

    /**
     * Records a city's release of the national tables for the national authority, in the
     * caller's transaction (the approval that also puts the message in the outbox).
     *
     * @param definition the message's identity in canonical words
     * @param message    the message as sent; only its hash is kept here
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Release recordNational(String definition, String message) {
        Release entry = Release.national(
                Instant.now(clock),
                audit.actor(),
                definition,
                tables.protectionVersion(),
                ReleasedTable.sha256(message));
        ledger.add(entry);
        return entry;
    }

    /** Every entry of the ledger, newest first. */
    @Transactional
    public List<Release> entries() {
        return ledger.all();
    }

    /** A release, or not found (a download has no output to give again). */
    @Transactional
    public Release release(long id) {
        return ledger.find(id)
                .filter(r -> r.getKind() == Release.Kind.RELEASE)
                .orElseThrow(() -> new NotFound("release " + id));
    }

    /** A release's table exactly as it was released. */
    @Transactional
    public PublishedTable releasedTable(long id) {
        return ReleasedTable.parse(release(id).getOutput());
    }

    /** A release downloaded again, as released, in a format and language; the download is recorded. */
    @Transactional
    public TableFiles.File download(long id, TableFiles.Format format, Locale locale) {
        PublishedTable table = releasedTable(id);
        TableFiles.File file = files.render(table, format, locale);
        recordDownload(table, format, file.content());
        return file;
    }

    /** The published table of a definition, protected like every other output. */
    public PublishedTable tableOf(ReleaseDefinition definition) {
        return definition.measure() == Measure.FLOWS
                ? tables.flows(definition.flowTable())
                : tables.population(definition.populationTable(), definition.countries());
    }

    /** The definition a published table was made from. */
    public static ReleaseDefinition definitionOf(PublishedTable table) {
        boolean flows = table.measure() == Measure.FLOWS;
        return new ReleaseDefinition(
                flows ? Measure.FLOWS : Measure.POPULATION,
                table.breakdowns(),
                table.filters(),
                flows
                        ? table.columns().stream()
                                .map(c -> Period.parse(c, "periods"))
                                .toList()
                        : List.of(),
                flows
                        ? List.of()
                        : table.columns().stream().map(LocalDate::parse).toList(),
                table.countries());
    }

    /**
     * Each filter against the same table without it: where the filter leaves fewer than k people
     * outside it in some cell, the release would tell them apart. The flow filter is not checked:
     * a table of all flows added together is not one anybody publishes.
     */
    private void checkComplements(ReleaseDefinition definition, PublishedTable table) {
        for (Dimension dimension : definition.filters().keySet()) {
            if (dimension == Dimension.FLOW) {
                continue;
            }
            Map<Dimension, String> without = new EnumMap<>(Dimension.class);
            without.putAll(definition.filters());
            without.remove(dimension);
            ReleaseDefinition wider = new ReleaseDefinition(
                    definition.measure(),
                    definition.breakdowns(),
                    without,
                    definition.periods(),
                    definition.dates(),
                    definition.countries());
            PublishedTable total = tableOf(wider);
            int threshold = table.rows().stream()
                    .flatMap(r -> r.counts().stream())
                    .mapToInt(ProtectedCount::threshold)
                    .max()
                    .orElse(0);
            DifferencingCheck.smallComplement(
                            dimension.name() + "=" + definition.filters().get(dimension),
                            published(table),
                            published(total),
                            threshold)
                    .ifPresent(reason -> {
                        throw reason.refusal();
                    });
        }
    }

    /** A table's published counts by row codes and column; withheld ones absent. */
    private static Map<String, Long> published(PublishedTable table) {
        Map<String, Long> counts = new HashMap<>();
        for (PublishedTable.Row row : table.rows()) {
            for (int i = 0; i < table.columns().size(); i++) {
                ProtectedCount count = row.counts().get(i);
                if (!count.withheld()) {
                    counts.put(
                            String.join("\t", row.codes()) + "\t"
                                    + table.columns().get(i),
                            count.value().getAsLong());
                }
            }
        }
        return counts;
    }
}
