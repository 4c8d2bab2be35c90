package org.welcomedesk.platform.i18n;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UiLanguageTest {

    @Test
    void theFirstSupportedBrowserLanguageWins() {
        var requested = List.of(Locale.forLanguageTag("de-DE"), Locale.forLanguageTag("pt-BR"), Locale.FRENCH);
        assertEquals(UiLanguage.PORTUGUESE, UiLanguage.bestMatch(requested.iterator()));
    }

    @Test
    void englishWhenNoneIsSupported() {
        assertEquals(
                UiLanguage.ENGLISH, UiLanguage.bestMatch(List.of(Locale.GERMAN).iterator()));
    }

    @Test
    void onlyArabicIsWrittenRightToLeft() {
        assertEquals("rtl", UiLanguage.ARABIC.direction());
        assertEquals("ltr", UiLanguage.FRENCH.direction());
        assertEquals("rtl", UiLanguage.of(Locale.forLanguageTag("ar-MA")).direction());
    }
}
