package org.welcomedesk.national.web;

import java.io.Serializable;
import java.util.List;

/**
 * A table as a national page shows it beside its chart (the chart's accessible equivalent).
 *
 * @param rowHeaders    headers of the row-label columns
 * @param columnHeaders headers of the value columns
 * @param rows          the rows
 */
public record NationalTable(List<String> rowHeaders, List<String> columnHeaders, List<Row> rows)
        implements Serializable {

    /** One row: its labels and its cells. */
    public record Row(List<String> labels, List<Cell> cells) implements Serializable {}

    /**
     * One value as shown.
     *
     * @param text        the number in the reader's digits, "withheld", or a status
     * @param withheld    no value to show
     * @param provisional some part of it is provisional
     */
    public record Cell(String text, boolean withheld, boolean provisional) implements Serializable {}
}
