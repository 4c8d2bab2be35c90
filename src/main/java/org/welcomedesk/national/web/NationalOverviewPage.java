package org.welcomedesk.national.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.welcomedesk.national.application.NationalFigures;
import org.welcomedesk.national.application.PooledCount;
import org.welcomedesk.national.application.Pooling;
import org.welcomedesk.platform.web.Downloads;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * national/index.xhtml: the country's picture from the cities' releases of a year, by city and
 * region, against the year before, with the pooled dataset to download.
 */
@Named
@ViewScoped
public class NationalOverviewPage extends NationalPage {

    private static final long serialVersionUID = 1L;

    private String year;
    private transient Pooling.PooledFlows flows;
    private transient Pooling.PooledFlows previous;

    /** The years some city sent, latest first. */
    public List<String> getYears() {
        return getPeriods().stream().filter(p -> p.length() == 4).toList();
    }

    public String getYear() {
        if (year == null) {
            year = getYears().stream().findFirst().orElse(null);
        }
        return year;
    }

    public void setYear(String year) {
        flows = null;
        previous = null;
        this.year = getYears().contains(year) ? year : null;
    }

    /** Some city has sent a year. */
    public boolean isAnything() {
        return getYear() != null;
    }

    public String getPreviousYear() {
        return String.valueOf(Integer.parseInt(getYear()) - 1);
    }

    public Pooling.PooledFlows getFlows() {
        if (flows == null) {
            flows = figures.flows(getYear());
        }
        return flows;
    }

    private Pooling.PooledFlows getPrevious() {
        if (previous == null) {
            previous = figures.flows(getPreviousYear());
        }
        return previous;
    }

    public NationalTable.Cell getArrivals() {
        return cell(getFlows().country().arrivals());
    }

    public NationalTable.Cell getDepartures() {
        return cell(getFlows().country().departures());
    }

    public NationalTable.Cell getNet() {
        return cell(getFlows().country().internationalNet());
    }

    public int getCities() {
        return getFlows().country().cities();
    }

    /** The country this year against the year before. */
    public NationalTable getComparison() {
        Pooling.AreaFlows now = getFlows().country();
        Pooling.AreaFlows before = getPrevious().country();
        List<NationalTable.Row> rows = List.of(
                row(text("national.page.arrivals"), now.arrivals(), before.arrivals()),
                row(text("national.page.departures"), now.departures(), before.departures()),
                new NationalTable.Row(
                        List.of(text("national.page.net")),
                        List.of(cell(now.internationalNet()), cell(before.internationalNet()))),
                new NationalTable.Row(
                        List.of(text("national.page.reportingCities")),
                        List.of(label(number(now.cities())), label(number(before.cities())))));
        return new NationalTable(List.of(""), List.of(getYear(), getPreviousYear()), rows);
    }

    private NationalTable.Row row(String label, PooledCount now, PooledCount before) {
        return new NationalTable.Row(List.of(label), List.of(cell(now), cell(before)));
    }

    public NationalTable getCityTable() {
        return table(
                text("national.page.city"),
                getFlows().cities().stream().map(Pooling.CityFlows::flows).toList());
    }

    public String getCityChart() {
        return chart(getFlows().cities().stream().map(Pooling.CityFlows::flows).toList());
    }

    public NationalTable getRegionTable() {
        return table(text("national.page.region"), getFlows().regions());
    }

    public String getRegionChart() {
        return chart(getFlows().regions());
    }

    private NationalTable table(String heading, List<Pooling.AreaFlows> areas) {
        List<NationalTable.Row> rows = new ArrayList<>();
        for (Pooling.AreaFlows area : areas) {
            rows.add(new NationalTable.Row(
                    List.of(figures.nameOf(area.area())),
                    List.of(
                            cell(area.arrivals()),
                            cell(area.departures()),
                            cell(area.internalIn()),
                            cell(area.internalOut()),
                            cell(area.net()))));
        }
        return new NationalTable(
                List.of(heading),
                List.of(
                        text("national.page.arrivals"),
                        text("national.page.departures"),
                        text("national.page.internalIn"),
                        text("national.page.internalOut"),
                        text("national.page.net")),
                rows);
    }

    private String chart(List<Pooling.AreaFlows> areas) {
        List<String> names = areas.stream().map(a -> figures.nameOf(a.area())).toList();
        return NationalCharts.bars(
                names,
                List.of(
                        new NationalCharts.Series(
                                text("national.page.arrivals"), values(areas, Pooling.AreaFlows::arrivals)),
                        new NationalCharts.Series(
                                text("national.page.departures"), values(areas, Pooling.AreaFlows::departures))),
                rightToLeft());
    }

    private static List<OptionalLong> values(
            List<Pooling.AreaFlows> areas, Function<Pooling.AreaFlows, PooledCount> count) {
        return areas.stream().map(a -> count.apply(a).value()).toList();
    }

    /** Sends the pooled dataset of the year: SDMX_CSV, SDMX_JSON or CSV. */
    public void download(String format) throws IOException {
        NationalFigures.DataFile file =
                figures.file(getYear(), Optional.empty(), NationalFigures.Format.valueOf(format));
        Downloads.send(
                file.name(), file.contentType(), out -> out.write(file.content().getBytes(StandardCharsets.UTF_8)));
    }
}
