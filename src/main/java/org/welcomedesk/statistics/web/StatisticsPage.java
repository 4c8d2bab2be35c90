package org.welcomedesk.statistics.web;

import jakarta.inject.Inject;
import org.welcomedesk.platform.i18n.LocaleSelection;
import org.welcomedesk.platform.i18n.Messages;
import org.welcomedesk.platform.web.Downloads;
import org.welcomedesk.statistics.application.CodeLabels;
import org.welcomedesk.statistics.application.PublishedTable;
import org.welcomedesk.statistics.application.TableFiles;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * What every planner's page shares: the reader's language and direction, the years a planner
 * can choose, and downloads of the tables the page shows (CSV or XLSX, recorded in the
 * release ledger). Pages only translate: every figure comes from the statistics' application
 * services.
 */
public abstract class StatisticsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many years back a planner can look. */
    static final int YEARS_BACK = 9;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    CodeLabels codeLabels;

    @Inject
    TableFiles files;

    private transient CodeLabels.Labels labels;

    /** The tables of the page a planner can download, by name ("flows", "population", ...). */
    protected abstract PublishedTable downloadable(String name);

    /** Sends a table of the page as a file, in the reader's language; the download is recorded. */
    public void download(String name, String format) throws IOException {
        TableFiles.File file = files.download(downloadable(name), TableFiles.Format.valueOf(format), locale());
        Downloads.send(file.name(), file.contentType(), out -> out.write(file.content()));
    }

    /** The years a planner can choose, latest first. */
    public List<Integer> getYears() {
        int now = LocalDate.now().getYear();
        return IntStream.rangeClosed(0, YEARS_BACK).mapToObj(back -> now - back).toList();
    }

    protected int currentYear() {
        return LocalDate.now().getYear();
    }

    protected Locale locale() {
        return localeSelection.getLocale();
    }

    protected boolean rightToLeft() {
        return "rtl".equals(localeSelection.getDirection());
    }

    protected CodeLabels.Labels labels() {
        if (labels == null || !labels.locale().equals(locale())) {
            labels = codeLabels.in(locale());
        }
        return labels;
    }

    protected String text(String key, Object... arguments) {
        return Messages.text(locale(), key, arguments);
    }
}
