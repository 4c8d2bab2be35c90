package org.welcomedesk.platform.i18n;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

/** The languages the interface is translated into, each named in itself. */
public enum UiLanguage {
    ENGLISH("en", "English", false),
    FRENCH("fr", "Français", false),
    PORTUGUESE("pt", "Português", false),
    ARABIC("ar", "العربية", true);

    private final String tag;
    private final String endonym;
    private final boolean rightToLeft;

    UiLanguage(String tag, String endonym, boolean rightToLeft) {
        this.tag = tag;
        this.endonym = endonym;
        this.rightToLeft = rightToLeft;
    }

    public String tag() {
        return tag;
    }

    /** The language's name in that language, as shown in the switcher. */
    public String endonym() {
        return endonym;
    }

    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    // Getters for EL, which does not see record-style accessors on enums.
    public String getTag() {
        return tag;
    }

    public String getEndonym() {
        return endonym;
    }

    public static Optional<UiLanguage> ofTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equals(tag)).findFirst();
    }

    public static UiLanguage of(Locale locale) {
        return ofTag(locale.getLanguage()).orElse(ENGLISH);
    }

    /** The first of the requested locales we support, English otherwise. */
    public static UiLanguage bestMatch(Iterator<Locale> requested) {
        while (requested.hasNext()) {
            Optional<UiLanguage> match = ofTag(requested.next().getLanguage());
            if (match.isPresent()) {
                return match.get();
            }
        }
        return ENGLISH;
    }
}
