package org.welcomedesk.platform.i18n;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every interface text exists, and is translated, in every interface language. */
class MessageBundlesTest {

    @ParameterizedTest
    @EnumSource(UiLanguage.class)
    void everyKeyOfTheEnglishBundleIsTranslated(UiLanguage language) throws IOException {
        Properties english = load("i18n/messages.properties");
        Properties translated =
                language == UiLanguage.ENGLISH ? english : load("i18n/messages_" + language.tag() + ".properties");

        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(translated.stringPropertyNames());
        assertEquals(Set.of(), missing, "keys missing in " + language);

        Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        assertEquals(Set.of(), extra, "keys only in " + language);

        for (String key : translated.stringPropertyNames()) {
            assertFalse(translated.getProperty(key).isBlank(), key + " is blank in " + language);
        }
    }

    @ParameterizedTest
    @EnumSource(value = UiLanguage.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
    void translationsAreNotEnglishLeftovers(UiLanguage language) {
        String english = Messages.text(Locale.ENGLISH, "desk.intro");
        String translated = Messages.text(language.locale(), "desk.intro");
        assertNotEquals(english, translated, "desk.intro is not translated into " + language);
    }

    @org.junit.jupiter.api.Test
    void arabicTextsAreWrittenInArabicScript() {
        String title = Messages.text(Locale.forLanguageTag("ar"), "desk.title");
        assertTrue(
                title.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC),
                title);
    }

    @org.junit.jupiter.api.Test
    void argumentsAreFilledIn() {
        assertTrue(
                Messages.text(Locale.FRENCH, "district.period.overlaps", "D07").contains("D07"));
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " is missing");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
