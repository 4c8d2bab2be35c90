package org.welcomedesk.registry.records.domain;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a clerk relies on when searching before registering someone: spellings and scripts of one
 * name share their keys, and the keys a person is filed under stay the same from one release to
 * the next (they are stored).
 */
class NameKeysTest {

    /** Spellings and scripts of one name, which must share their skeleton keys. */
    static Stream<Arguments> variantGroups() {
        return Stream.of(
                Arguments.of(
                        "Mohammed",
                        List.of("Muhammad", "Mohamed", "Mohamad", "Muhammed", "محمد", "Mehmet", "Мухаммед", "መሐመድ")),
                Arguments.of("Youssef", List.of("Yusuf", "Yousef", "Youcef", "يوسف", "Юсуф")),
                Arguments.of("Aleksandr", List.of("Alexander", "Александр", "Oleksandr", "Олександр")),
                Arguments.of("Olena", List.of("Elena", "Олена", "Yelena", "Елена")),
                Arguments.of("Fatima", List.of("Fatma", "Fatimah", "Fatuma", "فاطمة")),
                Arguments.of(
                        "Abdirahman",
                        List.of("Abdulrahman", "Abd al-Rahman", "Abdel Rahman", "Abdurrahman", "عبد الرحمن")),
                Arguments.of("Abdullah", List.of("Abdallah", "Abdulla", "Abdullahi", "Abdoulaye", "عبدالله")),
                Arguments.of("Nguyễn Văn An", List.of("Nguyen Van An", "NGUYEN VAN AN")),
                Arguments.of("Zhang Wei", List.of("张伟", "Wei Zhang")),
                Arguments.of("Tesfaye", List.of("ተስፋዬ")),
                Arguments.of("Aisha", List.of("Aicha", "Aïcha", "عائشة")),
                Arguments.of("Ali", List.of("Aly", "علي")),
                Arguments.of("Omar", List.of("Umar", "عمر")),
                Arguments.of("Hussein", List.of("Husayn", "Hossein", "حسين")),
                Arguments.of("Khalid", List.of("Khaled", "خالد")),
                Arguments.of("Walid", List.of("Waleed", "وليد")),
                Arguments.of("Zahra", List.of("زهرا")),
                Arguments.of("Sergey", List.of("Sergei", "Сергей")),
                Arguments.of("Hryhorii", List.of("Григорій")),
                Arguments.of("Darya", List.of("Daria", "Дарья")));
    }

    @Nested
    class VariantsOfOneName {

        @ParameterizedTest(name = "{0} ~ {1}")
        @MethodSource("org.welcomedesk.registry.records.domain.NameKeysTest#variantGroups")
        void shareSkeletons(String name, List<String> variants) {
            Set<String> expected = NameKeys.skeletons(name);
            assertTrue(!expected.isEmpty(), "no skeleton for " + name);
            for (String variant : variants) {
                assertEquals(expected, NameKeys.skeletons(variant), variant + " vs " + name);
            }
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "abd al rahman",
                    "abdul rahman",
                    "abdulrahman",
                    "abd el rahman",
                    "abdel rahman",
                    "Abd al-Rahman",
                    "Abdirahman",
                    "Abdurrahman",
                    "ABD-AL-RAHMAN"
                })
        void abdCompoundsBecomeOneWord(String name) {
            assertEquals(List.of("abdalrahman"), NameKeys.tokens(name));
        }

        @Test
        void abdCompoundKeepsTheRestOfTheName() {
            assertEquals(List.of("mohamed", "abdalrahman", "ali"), NameKeys.tokens("Mohamed Abdel Rahman Ali"));
            assertEquals(List.of("abdalaziz"), NameKeys.tokens("Abdul Aziz"));
            assertEquals(NameKeys.skeletons("Abdulaziz"), NameKeys.skeletons("Abd al-Aziz"));
        }

        @Test
        void abdiAndAbduAreNamesOfTheirOwnAndAreNotJoined() {
            assertEquals(List.of("abdi", "hassan"), NameKeys.tokens("Abdi Hassan"));
            assertEquals(List.of("abdou", "diouf"), NameKeys.tokens("Abdou Diouf"));
        }

        @Test
        void arabicArticleIsJoinedLikeArabicScriptWritesIt() {
            assertEquals(List.of("alhassan"), NameKeys.tokens("Al-Hassan"));
            assertEquals(List.of("alhassan"), NameKeys.tokens("al Hassan"));
            assertEquals(NameKeys.skeletons("Al Hassan"), NameKeys.skeletons("الحسن"));
        }

        @Test
        void zhangAndJiangAreDifferentFamilyNames() {
            assertNotEquals(NameKeys.skeletons("Zhang"), NameKeys.skeletons("Jiang"));
        }
    }

    @Nested
    class Skeleton {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "mohammed, mhmt",
            "fatimah,  ftm",
            "olena,    aln",
            "alexander, alksndr",
            "youssef,  asf",
            "walid,    vlt",
            "hu,       h",
            "ah,       a"
        })
        void followsTheDocumentedRules(String token, String expected) {
            assertEquals(expected, NameKeys.skeleton(token));
        }

        @Test
        void acceptsAWordInAnyScript() {
            assertEquals(NameKeys.skeleton("mohammed"), NameKeys.skeleton("محمد"));
            assertEquals(NameKeys.skeleton("abdalrahman"), NameKeys.skeleton("Abdulrahman"));
        }

        @Test
        void isStableOnTokens() {
            for (String name : List.of("Abdullah", "Abdul Latif", "Abdelaziz", "Abdurrahman", "عبد الرحمن")) {
                for (String token : NameKeys.tokens(name)) {
                    // A stored token, searched again, must give the same token and key.
                    assertEquals(List.of(token), NameKeys.tokens(token), token);
                    assertEquals(NameKeys.skeletons(name), Set.of(NameKeys.skeleton(token)), token);
                }
            }
        }
    }

    @Nested
    class StoredKeys {

        // person_name_key holds these: a search after an upgrade must still find people filed before it.
        @Test
        void wordKeysArePinned() {
            assertEquals(Set.of("mhmt", "alhsn", "hsn"), NameKeys.wordKeys("Mohammed Al-Hassan"));
            assertEquals(Set.of("mhmt", "al"), NameKeys.wordKeys("محمد علي"));
            assertEquals(Set.of("aln", "kvlnk"), NameKeys.wordKeys("Олена Коваленко"));
            assertEquals(Set.of("zhng", "ksmng"), NameKeys.wordKeys("张小明"));
            assertEquals(Set.of("abdlrhmn", "asf"), NameKeys.wordKeys("Abd al-Rahman Yusuf"));
            assertEquals(Set.of("ngn", "vn", "an"), NameKeys.wordKeys("Nguyễn Văn An"));
        }

        @Test
        void pairKeysArePinned() {
            assertEquals(Set.of("alhsn mhmt", "hsn mhmt", "alhsn hsn"), NameKeys.pairKeys("Mohammed Al-Hassan"));
            assertEquals(Set.of("al mhmt"), NameKeys.pairKeys("محمد علي"));
            assertEquals(Set.of("aln kvlnk"), NameKeys.pairKeys("Олена Коваленко"));
            assertEquals(Set.of("ksmng zhng"), NameKeys.pairKeys("张小明"));
            assertEquals(Set.of("abdlrhmn asf"), NameKeys.pairKeys("Abd al-Rahman Yusuf"));
            assertEquals(Set.of("ngn vn", "an ngn", "an vn"), NameKeys.pairKeys("Nguyễn Văn An"));
        }

        @Test
        void prefixPairKeysArePinned() {
            assertEquals(
                    Set.of("mhmt>al", "mhmt>hs", "alhsn>mh", "alhsn>hs", "hsn>mh", "hsn>al"),
                    NameKeys.prefixPairKeys("Mohammed Al-Hassan"));
            assertEquals(Set.of("mhmt>al", "al>mh"), NameKeys.prefixPairKeys("محمد علي"));
            assertEquals(Set.of("aln>kv", "kvlnk>al"), NameKeys.prefixPairKeys("Олена Коваленко"));
            assertEquals(Set.of("zhng>ks", "ksmng>zh"), NameKeys.prefixPairKeys("张小明"));
            assertEquals(Set.of("abdlrhmn>as", "asf>ab"), NameKeys.prefixPairKeys("Abd al-Rahman Yusuf"));
            assertEquals(
                    Set.of("ngn>vn", "ngn>an", "vn>ng", "vn>an", "an>ng", "an>vn"),
                    NameKeys.prefixPairKeys("Nguyễn Văn An"));
        }

        @Test
        void keysOfWordKeysAlreadyComputedAreTheSame() {
            Set<String> words = NameKeys.wordKeys("Mohammed Al-Hassan");
            assertEquals(NameKeys.pairKeys("Mohammed Al-Hassan"), NameKeys.pairKeys(words));
            assertEquals(NameKeys.prefixPairKeys("Mohammed Al-Hassan"), NameKeys.prefixPairKeys(words));
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n", "-- . '", "\u200B"})
    void areEmptyForEmptyInputNotAnException(String name) {
        assertEquals(List.of(), NameKeys.tokens(name));
        assertEquals(Set.of(), NameKeys.skeletons(name));
        assertEquals("", NameKeys.skeleton(name));
        assertEquals(Set.of(), NameKeys.wordKeys(name));
        assertEquals(Set.of(), NameKeys.pairKeys(name));
    }
}
