package org.welcomedesk.services.infrastructure;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.ibm.icu.text.ArabicShapingException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.welcomedesk.services.application.ReferralSlip;
import org.welcomedesk.services.application.ReferralSlip.Line;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfReferralSlipsTest {

    private static final float MARGIN = 20 * 72f / 25.4f;
    private static final float PAGE_WIDTH = PDRectangle.A4.getWidth();

    private final PdfReferralSlips slips = new PdfReferralSlips();

    private static final ReferralSlip ENGLISH = new ReferralSlip(
            "en",
            false,
            "Referral slip",
            List.of(
                    new Line("Service", "Legal advice – Office for Migrants, first floor"),
                    new Line("Address", "12 Rue de la Paix\n75002 Paris"),
                    new Line("Opening hours", "Mon–Fri 9:00–17:00\nSat 10:00–12:00")),
            "WD-7KQ2-9XPM",
            "WD-7KQ2-9XPM\nLegal advice, 12 Rue de la Paix, 75002 Paris\nMon–Fri 9:00–17:00",
            "Bring this slip with you. The code is valid for 30 days.");

    private static final ReferralSlip ARABIC = new ReferralSlip(
            "ar",
            true,
            "ورقة إحالة",
            List.of(
                    new Line("الخدمة", "استشارة قانونية (مكتب المهاجرين)"),
                    new Line("العنوان", "12 Rue de la Paix\n75002 Paris"),
                    new Line("ساعات العمل", "الاثنين إلى الجمعة 9:00–17:00، الطابق 2")),
            "WD-7KQ2-9XPM",
            "WD-7KQ2-9XPM\nاستشارة قانونية\n12 Rue de la Paix, 75002 Paris",
            "أحضر هذه الورقة معك. الرمز WD-7KQ2-9XPM صالح لمدة 30 يوما");

    @Test
    void englishSlipCarriesItsTextAndAScannableQrCode() throws Exception {
        byte[] pdf = slips.render(ENGLISH);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            String text = SlipText.text(document);
            assertContainsAll(
                    text,
                    "Referral slip",
                    "Service",
                    "Legal advice – Office for Migrants, first floor",
                    "Address",
                    "12 Rue de la Paix",
                    "75002 Paris",
                    "Opening hours",
                    "Mon–Fri 9:00–17:00",
                    "Sat 10:00–12:00",
                    "WD-7KQ2-9XPM",
                    "Bring this slip with you.");
            Lines lines = Lines.of(document);
            assertEquals(MARGIN, lines.startingWith("Referral slip").minX, 1f, "left-aligned title");
            assertEquals(MARGIN, lines.startingWith("Opening hours").minX, 1f, "left-aligned label");
            assertEquals(ENGLISH.qrPayload(), decodeQr(document));
        }
    }

    @Test
    void arabicSlipIsShapedReorderedAndRightAligned() throws Exception {
        byte[] pdf = slips.render(ARABIC);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            // PDFTextStripper maps the glyphs back through the embedded ToUnicode table (Arabic
            // presentation forms, since the text was shaped), folds those forms with NFKC and
            // reorders visual to logical order. Text drawn unshaped or in the wrong order would
            // not come back as the logical strings; unshaping both sides only guards against
            // presentation forms surviving extraction in another PDFBox version.
            String text = SlipText.normalise(SlipText.text(document));
            for (String expected : List.of(
                    "ورقة إحالة",
                    "الخدمة",
                    "استشارة قانونية (مكتب المهاجرين)",
                    "العنوان",
                    "ساعات العمل",
                    "الاثنين إلى الجمعة",
                    "الطابق 2",
                    "أحضر هذه الورقة معك.",
                    "صالح لمدة 30 يوما")) {
                assertTrue(
                        text.contains(SlipText.normalise(expected)), () -> "missing '" + expected + "' in:\n" + text);
            }
            // Latin inside Arabic keeps its left-to-right order.
            assertContainsAll(text, "12 Rue de la Paix", "75002 Paris", "WD-7KQ2-9XPM", "9:00–17:00");

            Lines lines = Lines.of(document);
            assertTrue(
                    lines.glyphs.stream().anyMatch(g -> g >= 0xFE70 && g <= 0xFEFF),
                    "Arabic drawn with contextual presentation forms (shaped)");
            assertTrue(
                    lines.glyphs.stream().noneMatch(g -> g >= 0x0621 && g <= 0x064A),
                    "no unshaped Arabic letter drawn");
            float rightEdge = PAGE_WIDTH - MARGIN;
            assertEquals(rightEdge, lines.containing(SlipText.normalise("ورقة إحالة")).maxX, 1f, "right-aligned title");
            assertEquals(
                    rightEdge, lines.containing(SlipText.normalise("ساعات العمل")).maxX, 1f, "right-aligned label");
            assertEquals(rightEdge, lines.containing("12 Rue de la Paix").maxX, 1f, "right-aligned Latin line");
            assertEquals(ARABIC.qrPayload(), decodeQr(document));
        }
    }

    @Test
    void arabicVowelMarksStayOnTheirLetters() throws Exception {
        ReferralSlip slip = new ReferralSlip(
                "ar", true, "ورقة إحالة", List.of(new Line("العنوان", "مَكْتَبُ المُهَاجِرِينَ")), "WD-1", "WD-1", "");

        try (PDDocument document = Loader.loadPDF(slips.render(slip))) {
            assertContainsAll(SlipText.text(document), "مَكْتَبُ المُهَاجِرِينَ");
            // Spacing presentation forms of the marks (U+FE70..FE7F) would draw them between
            // the letters, some on a tatweel.
            assertTrue(
                    Lines.of(document).glyphs.stream().noneMatch(g -> g >= 0xFE70 && g <= 0xFE7F),
                    "vowel marks drawn as combining marks");
        }
    }

    @Test
    void frenchAndPortugueseAccentsSurvive() throws Exception {
        ReferralSlip french = new ReferralSlip(
                "fr",
                false,
                "Fiche d’orientation",
                List.of(
                        new Line("Service", "Aide juridique — Maison des réfugiés"),
                        new Line("Horaires d’ouverture", "Lundi à vendredi, 9 h – 17 h\nFermé le 14 août")),
                "WD-ÉTÉ-0042",
                "WD-ÉTÉ-0042 Maison des réfugiés, Lundi à vendredi",
                "Présentez cette fiche à l’accueil.");
        ReferralSlip portuguese = new ReferralSlip(
                "pt",
                false,
                "Guia de encaminhamento",
                List.of(
                        new Line("Serviço", "Ação Social — São João"),
                        new Line("Horário", "Segunda a sexta, 9h–17h\nSábado: fechado")),
                "WD-AÇÃO-7",
                "WD-AÇÃO-7 Ação Social, São João",
                "Traga esta guia consigo. Atenção: válida por 30 dias.");

        for (ReferralSlip slip : List.of(french, portuguese)) {
            try (PDDocument document = Loader.loadPDF(slips.render(slip))) {
                assertEquals(1, document.getNumberOfPages());
                String text = SlipText.text(document);
                assertContainsAll(text, slip.title(), slip.referralCode(), slip.footer());
                for (Line line : slip.lines()) {
                    assertContainsAll(text, line.label());
                    assertContainsAll(text, line.value().split("\n"));
                }
                assertEquals(slip.qrPayload(), decodeQr(document));
            }
        }
    }

    @Test
    void longSlipStaysOnOnePageWithinTheMargins() throws Exception {
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            lines.add(new Line(
                    "Note " + i,
                    ("A rather long value that has to be wrapped onto several lines "
                                            + "because it does not fit the width of the page, item " + i + ". ")
                                    .repeat(2)
                            + "\nSecond line " + i));
        }
        ReferralSlip slip =
                new ReferralSlip("en", false, "Referral slip", lines, "WD-LONG-0001", "WD-LONG-0001", "Footer text");

        try (PDDocument document = Loader.loadPDF(slips.render(slip))) {
            assertEquals(1, document.getNumberOfPages());
            String text = SlipText.text(document);
            assertContainsAll(text, "Referral slip", "Note 1\n", "Second line 1\n", "WD-LONG-0001", "Footer text");
            // What does not fit is left out a whole labelled line at a time, from the end.
            assertFalse(text.contains("Note 30\n"), "the last lines are left out");
            for (int i = 1; i <= 30; i++) {
                assertEquals(
                        text.contains("Note " + i + "\n"),
                        text.contains("Second line " + i + "\n"),
                        "label " + i + " printed with its value");
            }
            Lines drawn = Lines.of(document);
            assertTrue(
                    drawn.minX >= MARGIN - 1 && drawn.maxX <= PAGE_WIDTH - MARGIN + 1,
                    () -> "text between " + drawn.minX + " and " + drawn.maxX);
            assertEquals("WD-LONG-0001", decodeQr(document));
        }
    }

    @Test
    void slipSomewhatTooLongIsSetSmallerWithoutLosingLines() throws Exception {
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            lines.add(new Line("Note " + i, "First line " + i + "\nSecond line " + i + "\nThird line " + i));
        }
        ReferralSlip slip =
                new ReferralSlip("en", false, "Referral slip", lines, "WD-MID-0001", "WD-MID-0001", "Footer text");

        try (PDDocument document = Loader.loadPDF(slips.render(slip))) {
            assertEquals(1, document.getNumberOfPages());
            String text = SlipText.text(document);
            assertContainsAll(text, "Note 1", "Third line 1", "Note 11", "Third line 11", "WD-MID-0001", "Footer text");
            assertEquals("WD-MID-0001", decodeQr(document));
        }
    }

    @Test
    void charactersMissingFromTheFontDoNotBreakRendering() throws Exception {
        ReferralSlip slip = new ReferralSlip(
                "en", false, "Referral slip", List.of(new Line("Service", "Desk 漢字\tB\u200E")), "WD-1", "WD-1", "");

        try (PDDocument document = Loader.loadPDF(slips.render(slip))) {
            String text = SlipText.text(document);
            assertContainsAll(text, "Desk ?? B\n", "WD-1");
        }
    }

    @Test
    void rendersConcurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> renders = IntStream.range(0, 8)
                    .mapToObj(i -> pool.submit(() -> slips.render(i % 2 == 0 ? ENGLISH : ARABIC)))
                    .toList();
            for (int i = 0; i < renders.size(); i++) {
                try (PDDocument document = Loader.loadPDF(renders.get(i).get())) {
                    String code = SlipText.text(document);
                    assertTrue(code.contains("WD-7KQ2-9XPM"));
                    assertEquals(1, document.getNumberOfPages());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertContainsAll(String text, String... expected) {
        for (String e : expected) {
            assertTrue(text.contains(e), () -> "missing '" + e + "' in:\n" + text);
        }
    }

    private static String decodeQr(PDDocument document) throws IOException, NotFoundException {
        BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 200, ImageType.GRAY);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
        MultiFormatReader reader = new MultiFormatReader();
        return reader.decode(
                        bitmap,
                        Map.of(
                                DecodeHintType.POSSIBLE_FORMATS,
                                List.of(BarcodeFormat.QR_CODE),
                                DecodeHintType.TRY_HARDER,
                                Boolean.TRUE,
                                DecodeHintType.CHARACTER_SET,
                                "UTF-8"))
                .getText();
    }

    /** Each extracted line with its horizontal extent, plus the raw (unnormalised) glyph text. */
    private static final class Lines extends PDFTextStripper {
        final List<Extent> extents = new ArrayList<>();
        final List<Integer> glyphs = new ArrayList<>();
        float minX = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;

        record Extent(String text, float minX, float maxX) {}

        static Lines of(PDDocument document) throws IOException {
            Lines lines = new Lines();
            lines.writeText(document, new StringWriter());
            assertFalse(lines.extents.isEmpty());
            return lines;
        }

        private Lines() {}

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            float lo = Float.MAX_VALUE;
            float hi = -Float.MAX_VALUE;
            for (TextPosition p : positions) {
                lo = Math.min(lo, p.getXDirAdj());
                hi = Math.max(hi, p.getXDirAdj() + p.getWidthDirAdj());
                p.getUnicode().codePoints().forEach(glyphs::add);
            }
            String normalised;
            try {
                normalised = SlipText.normalise(text);
            } catch (ArabicShapingException e) {
                throw new IOException(e);
            }
            extents.add(new Extent(normalised, lo, hi));
            minX = Math.min(minX, lo);
            maxX = Math.max(maxX, hi);
        }

        Extent startingWith(String prefix) {
            return extents.stream()
                    .filter(e -> e.text().startsWith(prefix))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no line starts with '" + prefix + "': " + extents));
        }

        Extent containing(String part) {
            return extents.stream()
                    .filter(e -> e.text().contains(part))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no line contains '" + part + "': " + extents));
        }
    }
}
