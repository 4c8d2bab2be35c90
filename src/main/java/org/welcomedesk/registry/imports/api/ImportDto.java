package org.welcomedesk.registry.imports.api;

import org.welcomedesk.registry.imports.application.ImportReport;
import org.welcomedesk.registry.imports.domain.ImportJob;
import org.welcomedesk.registry.imports.domain.ImportRow;

import java.util.List;
import java.util.Locale;

/** An import's progress and counts (format CSV or XLSX), with one page of its problem rows. */
public record ImportDto(
        String id,
        String fileName,
        String format,
        boolean dryRun,
        String status,
        Integer totalRows,
        int rowsDone,
        int percentDone,
        int imported,
        int rejected,
        int duplicates,
        int possibleDuplicates,
        String createdAt,
        String finishedAt,
        List<RowDto> problems) {

    /** A row rejected or held back. */
    public record RowDto(int row, String outcome, String field, String reason, String matchId) {}

    static ImportDto of(ImportJob job, List<ImportRow> problems, Locale locale) {
        return new ImportDto(
                job.getId(),
                job.getFileName(),
                job.getFormat().name(),
                job.isDryRun(),
                job.getStatus().name(),
                job.getTotalRows(),
                job.getRowsDone(),
                job.getPercentDone(),
                job.getImported(),
                job.getRejected(),
                job.getDuplicates(),
                job.getPossibleDuplicates(),
                job.getCreatedAt().toString(),
                job.getFinishedAt() == null ? null : job.getFinishedAt().toString(),
                problems.stream()
                        .map(r -> new RowDto(
                                r.getRowNumber(),
                                r.getOutcome().name(),
                                r.getField(),
                                ImportReport.reasonOf(r, locale),
                                r.getMatchId()))
                        .toList());
    }
}
