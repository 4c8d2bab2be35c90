package org.welcomedesk.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.i18n.DayFormat;
import org.welcomedesk.platform.i18n.Messages;
import org.welcomedesk.platform.input.DateText;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Date and time fields of the pages, read by {@link DateText} like the API reads them: an
 * impossible date (2025-02-30) is refused with a message naming the field. Faces' own
 * f:convertDateTime with a pattern reads leniently and would save 28 February instead.
 */
public final class DateTextConverters {

    private DateTextConverters() {}

    /** {@code <f:converter converterId="isoDate"/>}: an ISO date, as a date input sends it. */
    @FacesConverter("isoDate")
    public static class IsoDate implements Converter<LocalDate> {
        @Override
        public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
            return read(context, component, value, DateText::date);
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
            return value == null ? "" : value.toString();
        }
    }

    /**
     * {@code <f:converter converterId="day"/>}: a day written in the user's language's pattern
     * ({@link DayFormat}), shown the same way; the one date converter of the pages.
     */
    @FacesConverter("day")
    public static class Day implements Converter<LocalDate> {
        @Override
        public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
            Locale locale = context.getViewRoot().getLocale();
            return read(context, component, value, (text, field) -> DayFormat.parse(text, locale, field));
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
            return DayFormat.format(value, context.getViewRoot().getLocale());
        }
    }

    /** {@code <f:converter converterId="isoTime"/>}: a time of day, as a time input sends it (09:30). */
    @FacesConverter("isoTime")
    public static class IsoTime implements Converter<LocalTime> {
        @Override
        public LocalTime getAsObject(FacesContext context, UIComponent component, String value) {
            return read(context, component, value, DateText::time);
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, LocalTime value) {
            return value == null ? "" : value.toString();
        }
    }

    private static <T> T read(
            FacesContext context, UIComponent component, String value, BiFunction<String, String, T> reader) {
        try {
            return reader.apply(value, component.getId());
        } catch (RuleViolation violation) {
            Object label = component.getAttributes().get("label");
            String text =
                    Messages.text(context.getViewRoot().getLocale(), violation.messageKey(), violation.arguments());
            String summary = Messages.labelled(
                    context.getViewRoot().getLocale(), String.valueOf(label == null ? component.getId() : label), text);
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null), violation);
        }
    }
}
