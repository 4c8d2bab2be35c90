package org.welcomedesk.national.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.welcomedesk.national.application.Submissions;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** national/submissions.xhtml: each city's status per period (received, revised, refused, late). */
@Named
@RequestScoped
public class SubmissionsPage extends NationalPage {

    private static final long serialVersionUID = 1L;

    private transient NationalTable table;

    public NationalTable getTable() {
        if (table == null) {
            DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(locale())
                    .withZone(ZoneOffset.UTC);
            List<NationalTable.Row> rows = (isHub() ? figures.submissions() : List.<Submissions.Submission>of())
                    .stream()
                            .map(s -> new NationalTable.Row(
                                    List.of(s.period(), figures.nameOf(s.city())),
                                    List.of(
                                            label(text("national.status."
                                                    + s.status().name())),
                                            label(s.revision()
                                                    .map(String::valueOf)
                                                    .orElse("")),
                                            label(s.at().map(when::format).orElse("")),
                                            label(s.late() ? text("national.page.yes") : ""),
                                            label(s.findings().isEmpty() ? "" : String.join(", ", s.findings())))))
                            .toList();
            table = new NationalTable(
                    List.of(text("national.page.period"), text("national.page.city")),
                    List.of(
                            text("national.page.status"),
                            text("national.page.revision"),
                            text("national.page.when"),
                            text("national.page.late"),
                            text("national.page.findings")),
                    rows);
        }
        return table;
    }
}
