package org.welcomedesk.statistics.web;

import org.welcomedesk.platform.i18n.Messages;
import org.welcomedesk.statistics.application.CodeLabels;
import org.welcomedesk.statistics.application.Figure;
import org.welcomedesk.statistics.application.PublishedTable;
import org.welcomedesk.statistics.domain.ProtectedCount;

import java.io.Serializable;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A table as the page shows it beside its chart (the chart's accessible equivalent): row
 * headers, then one cell per column.
 *
 * @param rowHeaders    the headers of the row-label columns
 * @param columnHeaders the headers of the count columns
 * @param rows          the rows
 */
public record TableView(List<String> rowHeaders, List<String> columnHeaders, List<Row> rows) implements Serializable {

    /**
     * One row.
     *
     * @param labels what the row is (one label per row-header column)
     * @param cells  its counts
     */
    public record Row(List<String> labels, List<CellView> cells) implements Serializable {}

    /** A published table with its codes named. */
    public static TableView of(PublishedTable table, CodeLabels.Labels labels) {
        List<String> rowHeaders =
                table.breakdowns().stream().map(labels::dimension).toList();
        List<Row> rows = new ArrayList<>();
        for (PublishedTable.Row row : table.rows()) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < table.breakdowns().size(); i++) {
                names.add(labels.code(table.breakdowns().get(i), row.codes().get(i)));
            }
            rows.add(new Row(
                    names,
                    row.counts().stream().map(c -> cell(c, labels.locale())).toList()));
        }
        if (rowHeaders.isEmpty()) {
            // a table of totals only: its one row is the total
            String total = Messages.text(labels.locale(), "statistics.code.TOTAL");
            rowHeaders = List.of("");
            rows = rows.stream().map(r -> new Row(List.of(total), r.cells())).toList();
        }
        return new TableView(rowHeaders, table.columns(), rows);
    }

    /** A published count. */
    public static CellView cell(ProtectedCount count, Locale locale) {
        return cell(Figure.of(count), locale);
    }

    /** A figure made of published counts. */
    public static CellView cell(Figure figure, Locale locale) {
        if (figure.withheld()) {
            // a sum with a withheld part is not itself small: say which part is
            String key = figure.derived() ? "statistics.count.partWithheld" : "statistics.count.fewerThan";
            return new CellView(Messages.text(locale, key, figure.threshold()), true, false);
        }
        return new CellView(
                NumberFormat.getIntegerInstance(locale).format(figure.value().getAsLong()),
                false,
                figure.provisional());
    }
}
