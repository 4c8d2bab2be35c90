package org.welcomedesk.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface texts outside Faces pages (REST problem details, validation messages):
 * the same bundles the pages use, so every text exists once per language.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";

    private Messages() {}

    /** The text for {@code key} in {@code locale}, with {@code arguments} filled in. */
    public static String text(Locale locale, String key, Object... arguments) {
        // No fallback to the JVM default locale: English is the base bundle.
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                UiLanguage.of(locale).locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** "{@code label}: {@code text}" as the language writes it (French puts a thin space before the colon). */
    public static String labelled(Locale locale, String label, String text) {
        return label + text(locale, "punctuation.colon") + " " + text;
    }
}
