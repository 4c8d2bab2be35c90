package org.welcomedesk.services.infrastructure;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Normalizer2;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;

/** What a referral slip says, read back from its PDF, for the slip tests (unit and browser). */
public final class SlipText {

    private SlipText() {}

    /** The text in logical order, one line per line of the slip. */
    public static String text(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setLineSeparator("\n");
        return stripper.getText(document);
    }

    /** Arabic letters to their basic (unshaped) forms, compatibility forms folded. */
    public static String normalise(String text) throws ArabicShapingException {
        String unshaped = new ArabicShaping(ArabicShaping.LETTERS_UNSHAPE
                        | ArabicShaping.TEXT_DIRECTION_LOGICAL
                        | ArabicShaping.LENGTH_GROW_SHRINK)
                .shape(text);
        return Normalizer2.getNFKCInstance().normalize(unshaped);
    }
}
