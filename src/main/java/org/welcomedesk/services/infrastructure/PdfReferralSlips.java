package org.welcomedesk.services.infrastructure;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.welcomedesk.services.application.ReferralSlip;
import org.welcomedesk.services.application.ReferralSlips;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * Lays a {@link ReferralSlip} out as a one-page A4 PDF with Apache PDFBox: title, labelled lines,
 * the referral code in large type, a vector QR code of {@link ReferralSlip#qrPayload()} (ZXing,
 * error correction M, 35 mm) and the footer at the bottom of the page.
 *
 * <p>Text is set in DejaVu Sans (Latin, accented Latin and Arabic glyphs), subset-embedded. PDFBox
 * neither shapes Arabic nor applies the bidirectional algorithm, so each line is shaped with ICU's
 * {@link ArabicShaping} (letters to their contextual presentation forms) and reordered to visual
 * order with ICU's {@link Bidi}; right-to-left slips are right-aligned.
 *
 * <p>Thread-safe: the bean holds no mutable state; only the font files' bytes are cached.
 */
@ApplicationScoped
public class PdfReferralSlips implements ReferralSlips {

    private static final Logger LOG = Logger.getLogger(PdfReferralSlips.class.getName());

    private static final float MM = 72f / 25.4f;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 20 * MM;
    private static final float CONTENT_WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float QR_SIZE = 35 * MM;
    /** Scanners need a light quiet zone of four modules around the code: 5 mm covers any version. */
    private static final float QR_GAP = 5 * MM;

    private static final float LEADING = 1.3f;

    private static final float TITLE_SIZE = 20;
    private static final float LABEL_SIZE = 9;
    private static final float VALUE_SIZE = 12;
    private static final float CODE_SIZE = 28;
    private static final float FOOTER_SIZE = 8;
    /** Long slips are set smaller, down to this fraction, before anything is left out. */
    private static final float MIN_SCALE = 0.6f;

    private static final float BLACK = 0f;
    private static final float LABEL_GREY = 0.35f;
    private static final float FOOTER_GREY = 0.4f;
    private static final float RULE_GREY = 0.7f;

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    @Override
    public byte[] render(ReferralSlip slip) {
        Objects.requireNonNull(slip, "slip");
        ByteMatrix qr = qrMatrix(slip.qrPayload());
        try (PDDocument document = new PDDocument();
                TrueTypeFont regularFile = Fonts.parse(Fonts.REGULAR);
                TrueTypeFont boldFile = Fonts.parse(Fonts.BOLD)) {
            // A PDType0Font belongs to one document (it records the glyphs used for the subset),
            // so only the font bytes are shared between renders. The font files stay open until
            // the document is saved: the subset is built then.
            PDType0Font regular = PDType0Font.load(document, regularFile, true);
            PDType0Font bold = PDType0Font.load(document, boldFile, true);
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            describe(document, slip);

            Typesetter typesetter = new Typesetter(regular, bold, slip.rightToLeft(), slip.languageTag());
            PageLayout layout = new PageLayout(typesetter, slip, qr);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                layout.draw(content);
            }
            if (layout.replaced > 0) {
                // Counts only: the text itself may be personal data.
                LOG.warning(() -> "Referral slip: " + layout.replaced
                        + " character(s) without a glyph in the font were printed as '?'");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the referral slip", e);
        }
    }

    /** Document language helps screen readers; the title is generic text, never personal data. */
    private static void describe(PDDocument document, ReferralSlip slip) {
        if (slip.languageTag() != null && !slip.languageTag().isBlank()) {
            document.getDocumentCatalog().setLanguage(slip.languageTag());
        }
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(slip.title());
        info.setCreator("Welcome Desk");
    }

    private static ByteMatrix qrMatrix(String payload) {
        if (payload == null || payload.isEmpty()) {
            throw new IllegalArgumentException("The QR payload is empty");
        }
        try {
            // UTF-8 (announced with an ECI) keeps accented and Arabic text intact in the QR code.
            return Encoder.encode(payload, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"))
                    .getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("The QR payload does not fit in a QR code", e);
        }
    }

    /** Font files, read once from the classpath (the jasperreports-fonts artifact) on first use. */
    private static final class Fonts {
        private static final String DIR = "net/sf/jasperreports/fonts/dejavu/";
        static final byte[] REGULAR = read(DIR + "DejaVuSans.ttf");
        static final byte[] BOLD = read(DIR + "DejaVuSans-Bold.ttf");

        /**
         * A fresh parse per document: TrueTypeFont is not thread-safe. Its GSUB is switched off
         * because the text arrives already shaped by ICU, and PDFBox's own GSUB support (a few
         * Indic scripts and Latin) would otherwise swap in Latin ligatures (fi, ffi), which also
         * spoils text extraction and copy-paste.
         */
        static TrueTypeFont parse(byte[] font) throws IOException {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font));
            ttf.setEnableGsub(false);
            return ttf;
        }

        private static byte[] read(String resource) {
            ClassLoader loader = PdfReferralSlips.class.getClassLoader();
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Font not on the classpath: " + resource);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read font " + resource, e);
            }
        }
    }

    private enum Align {
        START,
        CENTER
    }

    /** Text in visual order, and how many of its characters had no glyph and became '?'. */
    private record Visual(String text, int replaced) {}

    /** One typeset line, already in visual order. */
    private record Row(
            String visual,
            PDType0Font font,
            float size,
            float grey,
            Align align,
            float width,
            float spaceBefore,
            int replaced) {
        float height() {
            return spaceBefore + size * LEADING;
        }
    }

    /** Shapes, reorders and wraps text for one document; not shared between threads. */
    private static final class Typesetter {
        final PDType0Font regular;
        final PDType0Font bold;
        final boolean rightToLeft;
        final ULocale locale;

        Typesetter(PDType0Font regular, PDType0Font bold, boolean rightToLeft, String languageTag) {
            this.regular = regular;
            this.bold = bold;
            this.rightToLeft = rightToLeft;
            this.locale = languageTag == null ? ULocale.ROOT : ULocale.forLanguageTag(languageTag);
        }

        /** Breaks text at '\n' and wraps each part to the width, in logical order, then to visual. */
        List<Row> rows(String text, PDType0Font font, float size, float grey, Align align, float spaceBefore) {
            List<Row> rows = new ArrayList<>();
            if (text == null || text.isBlank()) {
                return rows;
            }
            for (String paragraph : text.split("\\R", -1)) {
                String clean = clean(paragraph);
                boolean rtl = rightToLeft && hasRightToLeft(clean);
                for (String line : wrap(clean, rtl, font, size)) {
                    Visual visual = visual(line, rtl, font);
                    rows.add(new Row(
                            visual.text(),
                            font,
                            size,
                            grey,
                            align,
                            width(visual.text(), font, size),
                            rows.isEmpty() ? spaceBefore : 0,
                            visual.replaced()));
                }
            }
            return rows;
        }

        /**
         * A right-to-left slip sets each paragraph right to left, except one with no Arabic
         * (or other right-to-left) letters at all, such as a Latin address: that keeps its own
         * left-to-right order ("12 Rue de la Paix", not "Rue de la Paix 12"), right-aligned.
         */
        private static boolean hasRightToLeft(String text) {
            return text.codePoints().anyMatch(cp -> {
                int dir = UCharacter.getDirection(cp);
                return dir == UCharacterDirection.RIGHT_TO_LEFT || dir == UCharacterDirection.RIGHT_TO_LEFT_ARABIC;
            });
        }

        private List<String> wrap(String logical, boolean rtl, PDType0Font font, float size) {
            List<String> lines = new ArrayList<>();
            String rest = logical.strip();
            while (!rest.isEmpty()) {
                if (fits(rest, rtl, font, size)) {
                    lines.add(rest);
                    break;
                }
                int end = lastFittingBreak(rest, rtl, font, size);
                lines.add(rest.substring(0, end).strip());
                rest = rest.substring(end).strip();
            }
            if (lines.isEmpty()) {
                lines.add("");
            }
            return lines;
        }

        /** The longest prefix ending at a line-break opportunity that fits; a word too long is cut. */
        private int lastFittingBreak(String text, boolean rtl, PDType0Font font, float size) {
            BreakIterator breaks = BreakIterator.getLineInstance(locale);
            breaks.setText(text);
            int best = -1;
            for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
                if (!fits(text.substring(0, end).strip(), rtl, font, size)) {
                    break;
                }
                best = end;
            }
            if (best > 0) {
                return best;
            }
            int end = text.offsetByCodePoints(0, 1);
            while (end < text.length()) {
                int next = text.offsetByCodePoints(end, 1);
                if (!fits(text.substring(0, next), rtl, font, size)) {
                    break;
                }
                end = next;
            }
            return end;
        }

        private boolean fits(String logical, boolean rtl, PDType0Font font, float size) {
            return width(visual(logical, rtl, font).text(), font, size) <= CONTENT_WIDTH;
        }

        /**
         * Logical to visual order: Arabic letters to their joined presentation forms, then the
         * bidirectional algorithm with the paragraph's direction, so Latin codes, addresses and
         * digits inside Arabic keep their own left-to-right order.
         */
        Visual visual(String logical, boolean rtl, PDType0Font font) {
            String text = logical;
            if (rtl || Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
                try {
                    text = new ArabicShaping(ArabicShaping.LETTERS_SHAPE
                                    | ArabicShaping.TEXT_DIRECTION_LOGICAL
                                    | ArabicShaping.LENGTH_GROW_SHRINK)
                            .shape(text);
                    text = combiningMarks(text);
                } catch (ArabicShapingException e) {
                    // Unshaped Arabic is still legible, only unjoined: better than no slip.
                    LOG.fine("Arabic shaping failed; printing unjoined letters");
                }
                Bidi bidi = new Bidi(text, rtl ? Bidi.RTL : Bidi.LTR);
                text = bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
            }
            return withGlyphs(text, font);
        }

        /**
         * ArabicShaping turns vowel marks (harakat, shadda, sukun) into spacing presentation forms,
         * some drawn on a tatweel, that read as stray strokes between the letters. They are put
         * back as combining marks: DejaVu's have no advance and are drawn over the glyph that
         * follows them, which is where plain Bidi reversal puts each mark's letter.
         */
        private static String combiningMarks(String shaped) {
            StringBuilder out = new StringBuilder(shaped.length());
            for (int i = 0; i < shaped.length(); i++) {
                char c = shaped.charAt(i);
                if (c >= '\uFE70' && c <= '\uFE7F' && c != '\uFE73' && c != '\uFE75') {
                    // NFKC gives space or tatweel + the combining mark: keep the mark only.
                    String decomposed = NFKC.normalize(String.valueOf(c));
                    out.append(decomposed.charAt(decomposed.length() - 1));
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }

        /**
         * PDFBox throws on a character the font lacks: decompose it, or print '?' instead. Invisible
         * format characters (joiners, direction marks, soft hyphens) have done their work in shaping
         * and Bidi: they are dropped, so they neither print as '?' nor end up in copied text.
         */
        private static Visual withGlyphs(String text, PDType0Font font) {
            CmapLookup cmap = font.getCmapLookup();
            StringBuilder out = new StringBuilder(text.length());
            int[] replaced = {0};
            text.codePoints().forEach(cp -> {
                if (UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
                    return;
                }
                if (cmap.getGlyphId(cp) != 0) {
                    out.appendCodePoint(cp);
                    return;
                }
                String decomposed = NFKC.normalize(new String(Character.toChars(cp)));
                if (!decomposed.equals(new String(Character.toChars(cp)))
                        && decomposed.codePoints().allMatch(c -> cmap.getGlyphId(c) != 0)) {
                    out.append(decomposed);
                } else {
                    replaced[0]++;
                    out.append('?');
                }
            });
            return new Visual(out.toString(), replaced[0]);
        }

        /** Tabs become spaces and other control characters go: the font has no glyph for them. */
        private static String clean(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (cp == '\t') {
                    out.append(' ');
                } else if (!Character.isISOControl(cp)) {
                    out.appendCodePoint(cp);
                }
            });
            return out.toString();
        }

        static float width(String visual, PDType0Font font, float size) {
            try {
                return font.getStringWidth(visual) / 1000f * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Places the rows and the QR code on the page; shrinks long slips so they stay one page. */
    private static final class PageLayout {
        private final Typesetter typesetter;
        private final ReferralSlip slip;
        private final ByteMatrix qr;
        /** Characters drawn as '?' for want of a glyph (rows laid out but not drawn not counted). */
        int replaced;

        PageLayout(Typesetter typesetter, ReferralSlip slip, ByteMatrix qr) {
            this.typesetter = typesetter;
            this.slip = slip;
            this.qr = qr;
        }

        void draw(PDPageContentStream content) throws IOException {
            List<Row> footer =
                    typesetter.rows(slip.footer(), typesetter.regular, FOOTER_SIZE, FOOTER_GREY, Align.START, 0);
            float footerTop = MARGIN + height(footer);
            float bottomLimit = footerTop + 8 * MM;

            float scale = 1f;
            List<Row> head;
            List<List<Row>> body;
            List<Row> code;
            while (true) {
                head = typesetter.rows(slip.title(), typesetter.bold, TITLE_SIZE * scale, BLACK, Align.START, 0);
                body = bodyRows(scale);
                code = typesetter.rows(slip.referralCode(), typesetter.bold, CODE_SIZE * scale, BLACK, Align.CENTER, 0);
                float needed = height(head) + ruleSpace(scale) + codeBlockHeight(code, scale);
                for (List<Row> line : body) {
                    needed += height(line);
                }
                if (PAGE.getHeight() - MARGIN - needed >= bottomLimit || scale <= MIN_SCALE) {
                    break;
                }
                scale = Math.max(MIN_SCALE, scale - 0.05f);
            }

            float y = PAGE.getHeight() - MARGIN;
            y = drawRows(content, head, y);
            y -= 4 * scale;
            rule(content, y);
            y -= ruleSpace(scale) - 4 * scale;

            // The code and the QR code are what the service needs: they always get their room.
            // Only at the smallest size, lines that would run into them are left out, each with
            // its label, and all after the first that does not fit, so no label is orphaned.
            float bodyFloor = bottomLimit + codeBlockHeight(code, scale);
            int omitted = 0;
            for (List<Row> line : body) {
                if (omitted > 0 || y - height(line) < bodyFloor) {
                    omitted++;
                    continue;
                }
                y = drawRows(content, line, y);
            }
            if (omitted > 0) {
                int count = omitted;
                LOG.warning(() -> "Referral slip too long for one page: last " + count + " line(s) left out");
            }

            y -= 10 * scale;
            y = drawRows(content, code, y);
            y -= QR_GAP;
            drawQr(content, (PAGE.getWidth() - QR_SIZE) / 2, y - QR_SIZE);

            if (!footer.isEmpty()) {
                rule(content, footerTop + 3 * MM);
                drawRows(content, footer, footerTop);
            }
        }

        /** The rows of each labelled line, label first. */
        private List<List<Row>> bodyRows(float scale) {
            List<List<Row>> lines = new ArrayList<>();
            for (ReferralSlip.Line line : slip.lines()) {
                float gap = lines.isEmpty() ? 0 : 8 * scale;
                List<Row> rows = new ArrayList<>(typesetter.rows(
                        line.label(), typesetter.bold, LABEL_SIZE * scale, LABEL_GREY, Align.START, gap));
                rows.addAll(typesetter.rows(
                        line.value(),
                        typesetter.regular,
                        VALUE_SIZE * scale,
                        BLACK,
                        Align.START,
                        rows.isEmpty() ? gap : 0));
                if (!rows.isEmpty()) {
                    lines.add(rows);
                }
            }
            return lines;
        }

        private static float ruleSpace(float scale) {
            return 18 * scale;
        }

        private static float codeBlockHeight(List<Row> code, float scale) {
            return 10 * scale + height(code) + QR_GAP + QR_SIZE;
        }

        private static float height(List<Row> rows) {
            float h = 0;
            for (Row row : rows) {
                h += row.height();
            }
            return h;
        }

        private float drawRows(PDPageContentStream content, List<Row> rows, float top) throws IOException {
            float y = top;
            for (Row row : rows) {
                y = drawRow(content, row, y);
            }
            return y;
        }

        /** Draws a row below {@code top}; returns the top of the next row. */
        private float drawRow(PDPageContentStream content, Row row, float top) throws IOException {
            float lineTop = top - row.spaceBefore();
            // Baseline about one ascent below the top of the line box.
            float baseline = lineTop - row.size() * 0.95f;
            float x;
            if (row.align() == Align.CENTER) {
                x = (PAGE.getWidth() - row.width()) / 2;
            } else if (typesetter.rightToLeft) {
                x = PAGE.getWidth() - MARGIN - row.width();
            } else {
                x = MARGIN;
            }
            replaced += row.replaced();
            if (!row.visual().isEmpty()) {
                content.beginText();
                content.setFont(row.font(), row.size());
                content.setNonStrokingColor(row.grey());
                content.newLineAtOffset(x, baseline);
                content.showText(row.visual());
                content.endText();
            }
            return lineTop - row.size() * LEADING;
        }

        private static void rule(PDPageContentStream content, float y) throws IOException {
            content.setStrokingColor(RULE_GREY);
            content.setLineWidth(0.75f);
            content.moveTo(MARGIN, y);
            content.lineTo(PAGE.getWidth() - MARGIN, y);
            content.stroke();
        }

        /** Dark modules as filled rectangles (vector, sharp at any zoom), one per horizontal run. */
        private void drawQr(PDPageContentStream content, float left, float bottom) throws IOException {
            int n = qr.getWidth();
            float module = QR_SIZE / n;
            content.setNonStrokingColor(BLACK);
            for (int row = 0; row < n; row++) {
                float y = bottom + (n - 1 - row) * module;
                int col = 0;
                while (col < n) {
                    if (qr.get(col, row) != 1) {
                        col++;
                        continue;
                    }
                    int start = col;
                    while (col < n && qr.get(col, row) == 1) {
                        col++;
                    }
                    content.addRect(left + start * module, y, (col - start) * module, module);
                }
            }
            content.fill();
        }
    }
}
