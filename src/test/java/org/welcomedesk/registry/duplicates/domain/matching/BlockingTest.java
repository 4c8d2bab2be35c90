package org.welcomedesk.registry.duplicates.domain.matching;

import org.junit.jupiter.api.Test;
import org.welcomedesk.registry.records.domain.Sex;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Blocking keys and candidate pairs: duplicates meet, each pair once, large blocks capped. */
class BlockingTest {

    private static MatchProfile person(
            String id, String given, String family, Integer year, Integer month, Integer day, boolean estimated) {
        return new MatchProfile(
                id, given, family, null, null, Sex.M, year, month, day, estimated, null, Set.of(), null, null);
    }

    private static boolean share(MatchProfile a, MatchProfile b) {
        Set<String> shared = new HashSet<>(a.blockingKeys());
        shared.retainAll(b.blockingKeys());
        return !shared.isEmpty();
    }

    @Test
    void variantsOfOnePersonShareAKey() {
        MatchProfile base = person("a", "Mohammed", "Hassan", 1985, 3, 12, false);
        assertTrue(share(base, person("b", "Mohamed", "Hasan", 1985, 3, 12, false)), "spelling");
        assertTrue(share(base, person("b", "Hassan", "Mohammed", 1985, 3, 12, false)), "swapped");
        assertTrue(share(base, person("b", "Mohammed", "Hassam", 1985, 3, 12, false)), "typo beyond the phonetic key");
        assertTrue(share(base, person("b", "Mohammed", "Hassan", 1985, 12, 3, false)), "day and month swapped");
        assertTrue(share(base, person("b", "Mohammed", "Hassan", 1958, 3, 12, false)), "year mistyped");
        assertTrue(share(base, person("b", "Mohammed", "Hassan", 1985, null, null, false)), "year only");
        assertTrue(share(base, person("b", "Mohammed", "Hassan", 1987, 1, 1, true)), "estimated year");
        assertTrue(share(base, person("b", "Mohammed", "Hassan", null, null, null, false)), "no birth date");
        assertTrue(share(base, person("b", "Mohammed", "Hassam", 1985, 3, 14, false)), "typo in name and day");
        assertTrue(share(
                person("a", "Yusuf", "Demir", 1981, 1, 1, true), person("b", "Yusuf", "Demir", 1983, 1, 1, true)));
    }

    @Test
    void aSharedDocumentOrPhoneIsAKeyWhateverTheName() {
        MatchProfile a = new MatchProfile(
                "a",
                "Abebe",
                "Kebede",
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                Set.of("EP1234567"),
                null,
                null);
        MatchProfile b = new MatchProfile(
                "b", "Abeba", "Kebedde", null, null, null, 1970, 2, 2, false, null, Set.of("EP1234567"), null, null);
        assertTrue(share(a, b));
        MatchProfile c = new MatchProfile(
                "c",
                "Tigist",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                Set.of(),
                "+49 151 23456789",
                null);
        MatchProfile d = new MatchProfile(
                "d", "Tigst", null, null, null, null, null, null, null, false, null, Set.of(), "015123456789", null);
        assertTrue(share(c, d));
    }

    @Test
    void aCommonNameAloneIsNoKey() {
        // No key may be a name word on its own or a name with nothing else: those blocks are huge.
        for (String key : person("a", "Mohammed", null, null, null, null, false).blockingKeys()) {
            throw new AssertionError("unexpected key " + key);
        }
        assertFalse(share(
                person("a", "Mohammed", "Ali", 1985, 3, 12, false),
                person("b", "Mohammed", "Hassan", 1962, 8, 30, false)));
    }

    @Test
    void keysAreFewShortAsciiAndStable() {
        MatchProfile many = new MatchProfile(
                "a",
                "Abd al-Rahman Mohammed Ahmed",
                "Al-Hassan Ibrahim Khalil",
                "Abdurrahman Mohammed Ahmed",
                "Alhassan Ibrahim Khalil",
                Sex.M,
                1985,
                3,
                12,
                false,
                "SY",
                Set.of("Ж765432", "N123"),
                "+49 151 2345678",
                "Hauptstraße 1");
        Set<String> keys = many.blockingKeys();
        assertTrue(keys.size() <= PreparedProfile.MAX_KEYS, keys::toString);
        for (String key : keys) {
            assertTrue(key.length() <= PreparedProfile.MAX_KEY_LENGTH, key);
            assertTrue(key.chars().allMatch(c -> c > 32 && c < 127), key);
        }
        assertEquals(keys, PreparedProfile.of(many).blockingKeys());
        assertTrue(keys.stream().anyMatch(k -> k.startsWith("t:19850312:")), keys::toString);
        assertTrue(keys.stream().anyMatch(k -> k.startsWith("d:~")), "non-ASCII document letters escaped: " + keys);
    }

    @Test
    void eachCandidatePairComesOnceAndInTheSameOrder() {
        List<MatchProfile> profiles = List.of(
                person("0", "Mohammed", "Hassan", 1985, 3, 12, false),
                person("1", "Mohamed", "Hasan", 1985, 3, 12, false),
                person("2", "Hassan", "Mohammed", 1985, 12, 3, false),
                person("3", "Olga", "Ivanova", 1970, 1, 2, false),
                person("4", "Olga", "Iwanowa", 1970, 1, 2, false),
                person("5", "Tigist", "Bekele", 1999, 9, 9, false));
        List<String> pairs = new ArrayList<>();
        CandidatePairs.of(profiles).forEachPair((a, b) -> pairs.add(a.id() + "-" + b.id()));
        assertEquals(Set.of("0-1", "0-2", "1-2", "3-4"), new HashSet<>(pairs));
        assertEquals(4, pairs.size(), "no pair twice");
        List<String> again = new ArrayList<>();
        CandidatePairs.of(profiles).forEachPair((a, b) -> again.add(a.id() + "-" + b.id()));
        assertEquals(pairs, again);
    }

    @Test
    void linkagePairsOnlyAcrossTheTwoLists() {
        List<MatchProfile> left = List.of(
                person("L0", "Mohammed", "Hassan", 1985, 3, 12, false),
                person("L1", "Mohamed", "Hasan", 1985, 3, 12, false));
        List<MatchProfile> right = List.of(
                person("R0", "Muhammad", "Hassan", 1985, 3, 12, false),
                person("R1", "Olga", "Ivanova", 1970, 1, 2, false));
        List<String> pairs = new ArrayList<>();
        CandidatePairs.linking(left, right).forEachPair((a, b) -> pairs.add(a.id() + "-" + b.id()));
        assertEquals(List.of("L0-R0", "L1-R0"), pairs.stream().sorted().toList());
        List<String> byIndex = new ArrayList<>();
        CandidatePairs.linking(left, right).forEachIndexPair((i, j) -> byIndex.add(i + "-" + j));
        assertEquals(List.of("0-0", "1-0"), byIndex.stream().sorted().toList());
    }

    @Test
    void blocksAboveTheCapAreSkipped() {
        List<PreparedProfile> profiles = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            // Same full name and no birth date: only the full-name key is shared.
            profiles.add(PreparedProfile.of(person(String.valueOf(i), "Mohammed", "Ali", null, null, null, false)));
        }
        assertEquals(15, CandidatePairs.within(profiles, 10).count());
        CandidatePairs capped = CandidatePairs.within(profiles, 5);
        assertEquals(0, capped.count());
        assertEquals(1, capped.skippedBlocks());
        assertThrows(IllegalArgumentException.class, () -> CandidatePairs.within(profiles, 1));
    }
}
