package org.welcomedesk.services.application;

import java.util.List;

/**
 * What a referral slip says, already in the person's language: the slip renderer only lays it
 * out. The QR code carries {@link #qrPayload()} (the referral code and the service's address
 * and opening hours as plain text, never the person's name).
 *
 * @param languageTag  BCP 47 tag of the slip's language (en, fr, pt, ar)
 * @param rightToLeft  whether the language is written right to left
 * @param title        heading, e.g. "Referral slip"
 * @param lines        labelled lines in reading order (service, address, opening hours, ...)
 * @param referralCode the code the service asks for, printed large
 * @param qrPayload    text encoded in the QR code
 * @param footer       small print at the bottom
 */
public record ReferralSlip(
        String languageTag,
        boolean rightToLeft,
        String title,
        List<Line> lines,
        String referralCode,
        String qrPayload,
        String footer) {

    public ReferralSlip {
        lines = List.copyOf(lines);
    }

    /** One labelled line; a value may hold several lines separated by '\n'. */
    public record Line(String label, String value) {}
}
