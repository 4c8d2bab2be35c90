package org.welcomedesk.national.web;

import jakarta.inject.Inject;
import org.welcomedesk.national.application.NationalFigures;
import org.welcomedesk.national.application.PooledCount;
import org.welcomedesk.platform.i18n.LocaleSelection;
import org.welcomedesk.platform.i18n.Messages;

import java.io.Serializable;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * What the national pages share: whether this deployment is the hub (a city's deployment says
 * so instead of showing empty figures), the reader's language and direction, and how a pooled
 * count is shown. Pages only translate: every figure comes from {@link NationalFigures}.
 */
public abstract class NationalPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    NationalFigures figures;

    /** This deployment is the national hub. */
    public boolean isHub() {
        return figures.hub();
    }

    /** The periods some city sent, latest first (none in a city's deployment). */
    public List<String> getPeriods() {
        return isHub() ? figures.periods() : List.of();
    }

    protected Locale locale() {
        return localeSelection.getLocale();
    }

    protected boolean rightToLeft() {
        return "rtl".equals(localeSelection.getDirection());
    }

    protected String text(String key, Object... arguments) {
        return Messages.text(locale(), key, arguments);
    }

    /** A pooled count: its sum, marked when some city's cell was withheld and left out. */
    protected NationalTable.Cell cell(PooledCount count) {
        if (count.value().isEmpty()) {
            return new NationalTable.Cell(text("national.count.withheld"), true, false);
        }
        String number = number(count.sum());
        return new NationalTable.Cell(
                count.withheld() > 0 ? text("national.count.partial", number, count.withheld()) : number,
                false,
                count.provisional());
    }

    protected NationalTable.Cell cell(OptionalLong value) {
        return value.isPresent()
                ? new NationalTable.Cell(number(value.getAsLong()), false, false)
                : new NationalTable.Cell(text("national.count.withheld"), true, false);
    }

    protected NationalTable.Cell label(String text) {
        return new NationalTable.Cell(text, false, false);
    }

    protected String number(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }
}
