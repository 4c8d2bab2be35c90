package org.welcomedesk.rollup.application;

import org.junit.jupiter.api.Test;
import org.welcomedesk.national.domain.Finding;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hub's findings as the city's planner reads them, in the planner's language. */
class FindingTextsTest {

    @Test
    void aKnownCodeIsSaidInThePlannersLanguageNamingTheLocation() {
        Finding unknown = new Finding(
                "UNKNOWN_CODE",
                "MIGR_IMM1CTZ",
                "CITIZEN=XX",
                "rollup.finding.UNKNOWN_CODE",
                List.of("CITIZEN=XX", "XX is not a code of CL_COUNTRY"));

        assertEquals("Unknown code: CITIZEN=XX", FindingTexts.text(Locale.ENGLISH, unknown));
        assertEquals("Code inconnu\u202f: CITIZEN=XX", FindingTexts.text(Locale.FRENCH, unknown));
        assertEquals("رمز غير معروف: CITIZEN=XX", FindingTexts.text(Locale.forLanguageTag("ar"), unknown));
    }

    @Test
    void aMessageKeyTheCityHasNoTextForFallsBackToTheCodesText() {
        Finding total = new Finding(
                "TOTAL_INCONSISTENT",
                "MIGR_EMI1CTZ",
                "SEX=T",
                "national.finding.noSuchKey",
                List.of("SEX=T", "12", "9"));

        assertEquals(
                "Um total não coincide com as suas partes: SEX=T",
                FindingTexts.text(Locale.forLanguageTag("pt"), total));
    }

    @Test
    void aCodeTheCityDoesNotKnowKeepsTheHubsWords() {
        Finding novel = new Finding(
                "EMBARGOED",
                null,
                "TIME_PERIOD=2026",
                "rollup.finding.EMBARGOED",
                List.of("TIME_PERIOD=2026", "releases of 2026 open in March"));

        assertEquals("EMBARGOED: releases of 2026 open in March", FindingTexts.text(Locale.ENGLISH, novel));
    }
}
