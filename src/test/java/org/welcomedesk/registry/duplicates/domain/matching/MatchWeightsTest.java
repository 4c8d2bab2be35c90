package org.welcomedesk.registry.duplicates.domain.matching;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Weights, their estimation, and the thresholds that turn scores into verdicts. */
class MatchWeightsTest {

    @Test
    void thresholdsClassifyScores() {
        MatchThresholds thresholds = new MatchThresholds(20, 10);
        assertEquals(Likelihood.LIKELY, thresholds.classify(20));
        assertEquals(Likelihood.POSSIBLE, thresholds.classify(19.9));
        assertEquals(Likelihood.POSSIBLE, thresholds.classify(10));
        assertEquals(Likelihood.UNLIKELY, thresholds.classify(9.9));
    }

    @Test
    void defaultWeightsAreOrderedAsAClerkWouldExpect() {
        MatchWeights w = MatchWeights.defaults();
        for (MatchField field : MatchField.values()) {
            assertEquals(0.0, w.weight(field, Agreement.MISSING), field.name());
            assertTrue(w.weight(field, Agreement.DIFFERENT) < 0 || field == MatchField.NAME, field.name());
            assertTrue(w.weight(field, Agreement.EXACT) >= 0, field.name());
        }
        for (MatchField name : List.of(MatchField.GIVEN_NAMES, MatchField.FAMILY_NAMES)) {
            assertTrue(w.weight(name, Agreement.EXACT) >= w.weight(name, Agreement.VARIANT_SPELLING));
            assertTrue(w.weight(name, Agreement.VARIANT_SPELLING) > w.weight(name, Agreement.DIFFERENT));
            assertTrue(w.weight(name, Agreement.TRANSLITERATION) > 0);
        }
        assertTrue(w.weight(MatchField.DOCUMENT, Agreement.EXACT) >= 10, "a shared document is strong evidence");
    }

    @Test
    void withReplacesOneLevel() {
        MatchWeights w = MatchWeights.none().with(MatchField.SEX, Agreement.EXACT, 0.8, 0.2);
        assertEquals(2.0, w.weight(MatchField.SEX, Agreement.EXACT), 1e-9);
        assertEquals(0.0, w.weight(MatchField.SEX, Agreement.DIFFERENT));
        assertThrows(IllegalArgumentException.class, () -> w.with(MatchField.SEX, Agreement.MISSING, 0.5, 0.5));
    }

    @Test
    void expectationMaximisationRecoversWeightsFromUnlabelledPairs() {
        // 1,000 matches agreeing on each field with probability 0.9, 9,000 non-matches with 0.05.
        Random random = new Random(1);
        List<Agreement[]> pairs = new ArrayList<>();
        List<Agreement[]> randomPairs = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            double agree = i < 1_000 ? 0.9 : 0.05;
            pairs.add(vector(random, agree));
            randomPairs.add(vector(random, 0.05));
        }
        MatchWeights learned = MatchWeights.estimate(pairs, randomPairs, 50);
        double expectedAgree = Math.log(0.9 / 0.05) / Math.log(2);
        double expectedDiffer = Math.log(0.1 / 0.95) / Math.log(2);
        for (MatchField field : List.of(MatchField.GIVEN_NAMES, MatchField.BIRTH_DATE, MatchField.DOCUMENT)) {
            assertEquals(expectedAgree, learned.weight(field, Agreement.EXACT), 0.5, field.name());
            assertEquals(expectedDiffer, learned.weight(field, Agreement.DIFFERENT), 0.75, field.name());
        }
    }

    private static Agreement[] vector(Random random, double agree) {
        Agreement[] v = new Agreement[MatchField.values().length];
        Arrays.fill(v, Agreement.MISSING);
        for (MatchField field : List.of(MatchField.GIVEN_NAMES, MatchField.BIRTH_DATE, MatchField.DOCUMENT)) {
            v[field.ordinal()] = random.nextDouble() < agree ? Agreement.EXACT : Agreement.DIFFERENT;
        }
        return v;
    }
}
