package org.welcomedesk.national.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.welcomedesk.national.application.MigrationMatrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * national/matrix.xhtml: internal migration between the reporting cities and the mirror check
 * (A's departures to B against B's arrivals from A).
 */
@Named
@ViewScoped
public class MatrixPage extends NationalPage {

    private static final long serialVersionUID = 1L;

    private String period;
    private transient MigrationMatrix.Matrix matrix;

    public String getPeriod() {
        if (period == null) {
            period = getPeriods().stream().findFirst().orElse(null);
        }
        return period;
    }

    public void setPeriod(String period) {
        matrix = null;
        this.period = getPeriods().contains(period) ? period : null;
    }

    public boolean isAnything() {
        return getPeriod() != null;
    }

    public MigrationMatrix.Matrix getMatrix() {
        if (matrix == null) {
            matrix = figures.matrix(getPeriod());
        }
        return matrix;
    }

    /** Rows: the city people left (as it reported); columns: the city they moved to. */
    public NationalTable getOriginDestination() {
        List<String> cities = getMatrix().cities();
        List<NationalTable.Row> rows = new ArrayList<>();
        for (String from : cities) {
            List<NationalTable.Cell> cells = new ArrayList<>();
            for (String to : cities) {
                Optional<MigrationMatrix.Flow> flow = getMatrix().flow(from, to);
                cells.add(
                        from.equals(to)
                                ? label("")
                                : flow.map(f -> cell(f.departures())).orElse(cell(OptionalLong.empty())));
            }
            rows.add(new NationalTable.Row(List.of(figures.nameOf(from)), cells));
        }
        return new NationalTable(
                List.of(text("national.page.fromTo")),
                cities.stream().map(figures::nameOf).toList(),
                rows);
    }

    /** Each flow's two sides, their difference and the check's outcome. */
    public NationalTable getMirrorCheck() {
        List<NationalTable.Row> rows = getMatrix().flows().stream()
                .map(f -> new NationalTable.Row(
                        List.of(figures.nameOf(f.from()), figures.nameOf(f.to())),
                        List.of(
                                cell(f.departures()),
                                cell(f.arrivals()),
                                f.difference().isPresent()
                                        ? label(signed(f.difference().getAsLong()))
                                        : label(""),
                                label(number(f.tolerated())),
                                label(text("national.check." + f.check().name())))))
                .toList();
        return new NationalTable(
                List.of(text("national.page.from"), text("national.page.to")),
                List.of(
                        text("national.page.reportedByOrigin"),
                        text("national.page.reportedByDestination"),
                        text("national.page.difference"),
                        text("national.page.tolerated"),
                        text("national.page.check")),
                rows);
    }

    public String getChart() {
        List<MigrationMatrix.Flow> flows = getMatrix().flows();
        return NationalCharts.bars(
                flows.stream()
                        .map(f -> figures.nameOf(f.from()) + " → " + figures.nameOf(f.to()))
                        .toList(),
                List.of(
                        new NationalCharts.Series(
                                text("national.page.reportedByOrigin"),
                                flows.stream()
                                        .map(MigrationMatrix.Flow::departures)
                                        .toList()),
                        new NationalCharts.Series(
                                text("national.page.reportedByDestination"),
                                flows.stream()
                                        .map(MigrationMatrix.Flow::arrivals)
                                        .toList())),
                rightToLeft());
    }

    private String signed(long value) {
        return value > 0 ? "+" + number(value) : number(value);
    }
}
