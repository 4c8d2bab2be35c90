package org.welcomedesk.registry.duplicates.domain.matching;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.registry.duplicates.domain.MatchSetting;

import java.time.Instant;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an administrator may choose as the likely and possible thresholds. */
class MatchThresholdsTest {

    @Test
    void theDefaultsAreValidAndLikelyIsAbovePossible() {
        MatchThresholds defaults = MatchThresholds.defaults();
        assertTrue(defaults.likely() > defaults.possible());
        assertTrue(MatchThresholds.valid(defaults.likely(), defaults.possible()));
    }

    @Test
    void likelyMustBeAbovePossible() {
        assertEquals("likely", refused(10, 10).field());
        assertEquals("match.thresholds.order", refused(5, 10).messageKey());
    }

    @ParameterizedTest
    @ValueSource(
            doubles = {
                -10,
                -0.5,
                40.5,
                1e308,
                Double.MAX_VALUE,
                Double.NaN,
                Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY
            })
    void aLikelyThresholdOutsideTheRangeIsRefusedNamingIt(double likely) {
        RuleViolation refused = refused(likely, 10);
        assertEquals("likely", refused.field());
        assertEquals("match.thresholds.range", refused.messageKey());
        assertArrayEquals(new Object[] {"0", "40"}, refused.arguments());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-20, -1e308, 41, Double.NaN, Double.NEGATIVE_INFINITY})
    void aPossibleThresholdOutsideTheRangeIsRefusedNamingIt(double possible) {
        RuleViolation refused = refused(30, possible);
        assertEquals("possible", refused.field());
        assertEquals("match.thresholds.range", refused.messageKey());
    }

    @Test
    void theEndsOfTheRangeAreAccepted() {
        MatchThresholds widest = new MatchThresholds(MatchThresholds.HIGHEST, MatchThresholds.LOWEST);
        assertEquals(Likelihood.LIKELY, widest.classify(MatchThresholds.HIGHEST));
        assertEquals(Likelihood.POSSIBLE, widest.classify(0));
        assertEquals(Likelihood.UNLIKELY, widest.classify(-0.1));
    }

    @Test
    void aMissingThresholdIsNamed() {
        RuleViolation likely = assertThrows(RuleViolation.class, () -> MatchThresholds.of(null, 10.0));
        RuleViolation possible = assertThrows(RuleViolation.class, () -> MatchThresholds.of(20.0, null));
        assertEquals("likely", likely.field());
        assertEquals("possible", possible.field());
        assertEquals("validation.required", possible.messageKey());
    }

    @Test
    void theHighestThresholdIsReachedByRecordsThatAgreeInEveryField() {
        Agreement[] allAgree = new Agreement[MatchField.values().length];
        Arrays.fill(allAgree, Agreement.EXACT);
        double best = MatchWeights.defaults().score(allAgree);
        assertTrue(best >= MatchThresholds.HIGHEST, "the best score with the default weights is " + best);
        assertTrue(MatchThresholds.defaults().likely() < best);
    }

    @Test
    void thresholdsSavedOutOfRangeBeforeTheRuleGiveWayToTheDefaults() throws Exception {
        MatchSetting setting = new MatchSetting(MatchThresholds.defaults(), "admin", Instant.EPOCH);
        var likely = MatchSetting.class.getDeclaredField("likely");
        var possible = MatchSetting.class.getDeclaredField("possible");
        likely.setAccessible(true);
        possible.setAccessible(true);
        // as an attacker left them before the range was enforced
        likely.setDouble(setting, -10);
        possible.setDouble(setting, -20);

        assertEquals(MatchThresholds.defaults(), setting.thresholds());
    }

    private static RuleViolation refused(double likely, double possible) {
        return assertThrows(RuleViolation.class, () -> new MatchThresholds(likely, possible));
    }
}
