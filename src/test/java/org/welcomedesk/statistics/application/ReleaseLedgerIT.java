package org.welcomedesk.statistics.application;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.statistics.domain.Dimension;
import org.welcomedesk.statistics.domain.Period;
import org.welcomedesk.statistics.domain.Release;
import org.welcomedesk.statistics.domain.ReleaseDefinition;
import org.welcomedesk.statistics.domain.TableDefinition;
import org.welcomedesk.testsupport.Deployments;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside the test server, on the demo city's districts (Eastfield, D11, split into D10 and D12
 * on 2025-01-01): releases are recorded with their output and refused with the reason when
 * they difference an earlier one.
 */
@ExtendWith(ArquillianExtension.class)
class ReleaseLedgerIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith(ReleaseLedgerIT.class);
    }

    @Inject
    ReleaseLedger ledger;

    @Inject
    StatisticsTables tables;

    @Test
    void aReleaseThatDifferencesAnEarlierOneAcrossTheDistrictSplitIsRefusedWithTheReason() {
        // Eastfield as it was: events of 2025 recorded on the old district
        ReleaseDefinition eastfield = ReleaseDefinition.of(new TableDefinition(
                List.of(Dimension.FLOW), Map.of(Dimension.DISTRICT, "D11"), List.of(Period.year(2025))));
        Release first = publishedOrAlready(eastfield);
        assertEquals(Release.Kind.RELEASE, first.getKind());
        assertEquals(eastfield, first.definition());
        assertEquals(first.getOutputHash(), ReleasedTable.sha256(first.getOutput()));
        assertEquals(
                ledger.tableOf(eastfield), ledger.releasedTable(first.getId()), "the release reads back as published");

        ReleaseDefinition byDistrict = ReleaseDefinition.of(
                new TableDefinition(List.of(Dimension.FLOW, Dimension.DISTRICT), Map.of(), List.of(Period.year(2025))));
        int before = ledger.entries().size();
        RuleViolation refused =
                assertThrows(RuleViolation.class, () -> ledger.publish(byDistrict, Release.Audience.PUBLIC));

        assertEquals("definition", refused.field());
        assertEquals("statistics.release.boundaryEarlier", refused.messageKey());
        assertEquals(
                List.of("D11", "D10, D12", "2025-01-01"),
                List.of(refused.arguments()).subList(0, 3));
        assertEquals(before, ledger.entries().size(), "nothing is recorded of a refused release");
    }

    @Test
    void oneCellHasTheSameValueInAReleaseAndInEveryTable() {
        ReleaseDefinition harbour = ReleaseDefinition.of(new TableDefinition(
                List.of(Dimension.FLOW), Map.of(Dimension.DISTRICT, "D02"), List.of(Period.year(2024))));
        Release release = publishedOrAlready(harbour);
        var released = ledger.releasedTable(release.getId());
        var byDistrict = tables.flows(new TableDefinition(
                List.of(Dimension.FLOW, Dimension.DISTRICT), Map.of(), List.of(Period.year(2023), Period.year(2024))));
        for (String flow : List.of("IMM", "EMI", "IN_INT", "OUT_INT")) {
            assertEquals(
                    byDistrict.count("2024", Map.of(Dimension.FLOW, flow, Dimension.DISTRICT, "D02")),
                    released.count("2024", Map.of(Dimension.FLOW, flow)),
                    flow);
        }
        assertTrue(
                released.rows().stream()
                        .flatMap(r -> r.counts().stream())
                        .allMatch(c -> c.withheld() || c.value().getAsLong() >= 3),
                "never 1 or 2");
    }

    @Test
    void aDownloadOfAnAdHocTableIsRecordedWithTheHashOfTheFile() {
        PublishedTable table = tables.flows(new TableDefinition(
                List.of(Dimension.FLOW, Dimension.SEX), Map.of(), List.of(Period.quarter(2025, 3))));
        byte[] file = ("a file of the table " + System.nanoTime()).getBytes(java.nio.charset.StandardCharsets.UTF_8);

        ledger.recordDownload(table, TableFiles.Format.XLSX, file);

        Release entry = ledger.entries().get(0);
        assertEquals(Release.Kind.DOWNLOAD, entry.getKind());
        assertEquals("XLSX", entry.getFormat());
        assertEquals(ReleasedTable.sha256(file), entry.getOutputHash());
        assertEquals("FLOWS;breakdowns=FLOW,SEX;filters=;periods=2025-Q3;countries=ISO", entry.getDefinition());
        assertEquals(table.protectionVersion(), entry.getProtectionVersion());
        assertEquals("system", entry.getActor(), "no one signed in inside the test: the audit trail's actor");
        assertEquals(null, entry.getAudience());
        assertThrows(
                org.welcomedesk.platform.error.NotFound.class,
                () -> ledger.release(entry.getId()),
                "a download is no release to give again");
    }

    /** The release, published now or (the test server's database outlives a run) found in the ledger. */
    private Release publishedOrAlready(ReleaseDefinition definition) {
        return ledger.entries().stream()
                .filter(r ->
                        r.getKind() == Release.Kind.RELEASE && r.getDefinition().equals(definition.text()))
                .findFirst()
                .orElseGet(() -> ledger.publish(definition, Release.Audience.NATIONAL_AUTHORITY));
    }
}
