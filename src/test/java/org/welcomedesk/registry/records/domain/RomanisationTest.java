package org.welcomedesk.registry.records.domain;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any script written as the Latin letters that passports and clerks use for the same name. */
class RomanisationTest {

    @Nested
    class ScriptsAsPassportsWriteThem {

        @Test
        void tesfayeInEthiopicScriptMatchesItsLatinSpelling() {
            // ICU writes ተስፋዬ "tasǝfaye"; the silent sixth-order vowel ǝ is dropped.
            assertEquals("tasfaye", Romanisation.latin("ተስፋዬ"));
            assertTrue(NameSimilarity.score("Tesfaye", "ተስፋዬ") >= 0.85);
        }

        @Test
        void chineseCharactersGiveTheSamePinyinAsThePassport() {
            assertEquals("zhang wei", Romanisation.latin("张伟"));
            assertEquals(Romanisation.latin("Zhang Wei"), Romanisation.latin("张伟"));
            // Given names of two syllables are one word in pinyin, as in passports.
            assertEquals("zhang xiaoming", Romanisation.latin("张小明"));
            assertEquals(1.0, NameSimilarity.score("Zhang Xiaoming", "张小明"));
        }

        @Test
        void cyrillicIsRomanisedAsPassportsDo() {
            assertEquals("sergey", Romanisation.latin("Сергей"));
            assertEquals("shevchenko", Romanisation.latin("Шевченко"));
            // The soft sign must not split the name in two.
            assertEquals("darya", Romanisation.latin("Дарья"));
            assertEquals("maryana", Romanisation.latin("Мар'яна"));
            // Ukrainian letters select the Ukrainian table, where г is h.
            assertEquals("hryhoriy", Romanisation.latin("Григорій"));
        }

        @Test
        void arabicAyinAndTaMarbutaReadAsRomanisationsWriteThem() {
            assertEquals("aly", Romanisation.latin("علي"));
            assertEquals("fatmh", Romanisation.latin("فاطمة"));
        }
    }

    @Nested
    class LatinForm {

        @ParameterizedTest(name = "[{0}] -> [{1}]")
        @CsvSource(
                delimiter = '|',
                value = {
                    "Conceição São João|conceicao sao joao",
                    "'  O''Brien-Smith '|o brien smith",
                    "Jean-Pierre  DUPONT|jean pierre dupont",
                    "Müller|muller",
                    "Łukasz Wałęsa|lukasz walesa",
                    "Søren Ærø|soren aero",
                    "Əli Məmmədov|ali mammadov",
                    "J. R. R. Tolkien|j r r tolkien",
                    "Александр|aleksandr",
                    "محمد|mhmd"
                })
        void isLowercaseAsciiWordsSeparatedBySingleSpaces(String name, String expected) {
            assertEquals(expected, Romanisation.latin(name));
        }

        @Test
        void doesNotDependOnTheDefaultLocale() {
            Locale previous = Locale.getDefault();
            try {
                Locale.setDefault(Locale.forLanguageTag("tr-TR"));
                assertEquals("ibrahim isik", Romanisation.latin("IBRAHIM ISIK"));
                assertEquals("ibrahim isik", Romanisation.latin("İbrahim Işık"));
                assertEquals(Set.of("abrhm", "ask"), NameKeys.skeletons("IBRAHIM ISIK"));
            } finally {
                Locale.setDefault(previous);
            }
        }

        @Test
        void isOnlyLettersDigitsAndSpaces() {
            for (String name : List.of("Ngozi Okonkwo-Adébáyọ̀", "עמית", "김민준", "アレクサンドル", "Hawaiʻi", "Ω")) {
                assertTrue(Romanisation.latin(name).matches("[a-z0-9]+( [a-z0-9]+)*|"), name);
            }
        }

        @Test
        void isSafeToCallFromManyThreads() {
            List<String> names = List.of("Мухаммед Юсуф", "محمد يوسف", "张小明", "ተስፋዬ", "Nguyễn Văn An", "Олена");
            List<String> expected = names.stream().map(Romanisation::latin).collect(Collectors.toList());
            IntStream.range(0, 2000).parallel().forEach(i -> {
                int n = i % names.size();
                assertEquals(expected.get(n), Romanisation.latin(names.get(n)));
            });
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n", "-- . '", "\u200B"})
    void isEmptyForEmptyInputNotAnException(String name) {
        assertEquals("", Romanisation.latin(name));
    }
}
