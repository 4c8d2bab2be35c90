package org.welcomedesk.services.application;

import org.junit.jupiter.api.Test;
import org.welcomedesk.platform.i18n.Messages;
import org.welcomedesk.platform.i18n.UiLanguage;
import org.welcomedesk.services.domain.StandardDocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The slip's "Please bring" items in the person's language, whatever language they were entered in. */
class ReferralSlipTextsTest {

    private static final Locale FRENCH = Locale.FRENCH;
    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    @Test
    void standardDocumentsAreTranslatedAndFreeTextIsKeptAsEntered() {
        List<String> entered = List.of(
                "Passport, national identity card or residence permit",
                "Tax number (NIF)",
                "Your dog's vaccination card");

        assertEquals(
                List.of(
                        "Passeport, carte nationale d’identité ou titre de séjour",
                        "Numéro fiscal (NIF)",
                        "Your dog's vaccination card"),
                ReferralSlipTexts.toBring(entered, FRENCH));
        assertEquals(
                List.of(
                        "جواز السفر أو بطاقة الهوية الوطنية أو تصريح الإقامة",
                        "الرقم الضريبي (NIF)",
                        "Your dog's vaccination card"),
                ReferralSlipTexts.toBring(entered, ARABIC));
        assertEquals(entered, ReferralSlipTexts.toBring(entered, Locale.ENGLISH));
    }

    @Test
    void anItemIsRecognisedDespiteCaseSpacingApostrophesAndAFullStop() {
        assertEquals(
                List.of("Pièce d’identité de l’enfant"),
                ReferralSlipTexts.toBring(List.of("  child’s  IDENTITY document. "), FRENCH));
    }

    @Test
    void anItemEnteredInAnotherInterfaceLanguageIsTranslatedToo() {
        assertEquals(
                List.of("Proof of address"),
                ReferralSlipTexts.toBring(List.of("Justificatif de domicile"), Locale.ENGLISH));
        assertEquals(List.of("إثبات العنوان"), ReferralSlipTexts.toBring(List.of("Comprovativo de morada"), ARABIC));
    }

    @Test
    void everyStandardDocumentHasItsOwnWordingInEveryLanguage() {
        for (UiLanguage language : UiLanguage.values()) {
            Set<String> seen = new HashSet<>();
            for (StandardDocument document : StandardDocument.values()) {
                String text = Messages.text(language.locale(), document.key());
                assertTrue(!text.equals(document.key()), document + " has no text in " + language);
                assertTrue(seen.add(text), document + " has the wording of another document in " + language);
            }
        }
    }

    @Test
    void everyDocumentOfTheDemoDirectoryIsAStandardOne() throws IOException {
        String directory;
        try (InputStream in = getClass().getResourceAsStream("/directory/demo-directory.json")) {
            directory = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var documents = java.util.regex.Pattern.compile("\"document\": \"([^\"]+)\"")
                .matcher(directory)
                .results()
                .map(m -> m.group(1))
                .distinct()
                .toList();
        assertTrue(documents.size() > 20, documents.toString());
        for (String document : documents) {
            assertTrue(
                    !ReferralSlipTexts.toBring(List.of(document), FRENCH).get(0).equals(document),
                    "not translated into French: " + document);
        }
    }
}
