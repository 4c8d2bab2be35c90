package org.welcomedesk.services.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.welcomedesk.platform.error.NotFound;
import org.welcomedesk.platform.i18n.Messages;
import org.welcomedesk.platform.i18n.UiLanguage;
import org.welcomedesk.privacy.application.AuditTrail;
import org.welcomedesk.privacy.domain.AuditEntry;
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.registry.records.domain.PersonRepository;
import org.welcomedesk.services.domain.Location;
import org.welcomedesk.services.domain.Referral;
import org.welcomedesk.services.domain.ReferralRepository;
import org.welcomedesk.services.domain.Service;
import org.welcomedesk.services.domain.ServiceAtLocation;
import org.welcomedesk.services.domain.StandardDocument;

import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The slip a person takes to the service: the referral code (also as a QR code), the service's
 * address and opening hours, what to bring and by when, in the person's preferred language where
 * the interface has it. It carries no name, so a lost slip says nothing about its holder.
 */
@ApplicationScoped
public class ReferralSlipTexts {

    @Inject
    ReferralRepository referrals;

    @Inject
    PersonRepository people;

    @Inject
    RoutingTexts texts;

    @Inject
    ReferralSlips slips;

    @Inject
    AuditTrail audit;

    /** The slip as PDF, in the person's language or else the clerk's. */
    @Transactional
    public byte[] pdf(String code, Locale clerksLocale) {
        Referral referral = referrals.byCode(Referral.normalisedCode(code)).orElseThrow(() -> new NotFound("referral"));
        Person person = people.find(referral.getPersonId()).orElseThrow(() -> new NotFound("person"));
        audit.record(
                AuditEntry.Action.VIEW, AuditTrail.PERSON, person.getId(), List.of("preferredLanguage", "referral"));
        UiLanguage language = UiLanguage.ofTag(person.getPreferredLanguage()).orElse(UiLanguage.of(clerksLocale));
        return slips.render(slipOf(referral, language));
    }

    ReferralSlip slipOf(Referral referral, UiLanguage language) {
        Locale locale = language.locale();
        ServiceAtLocation place = referral.getPlace();
        Service service = place.getService();
        Location location = place.getLocation();
        List<ReferralSlip.Line> lines = new ArrayList<>();
        lines.add(new ReferralSlip.Line(Messages.text(locale, "slip.service"), service.getName()));
        lines.add(new ReferralSlip.Line(
                Messages.text(locale, "slip.organization"),
                service.getOrganization().getName()));
        lines.add(new ReferralSlip.Line(
                Messages.text(locale, "slip.address"), location.getName() + "\n" + location.addressLine()));
        String hours = texts.hours(place.getHours(), locale);
        if (!hours.isEmpty()) {
            lines.add(new ReferralSlip.Line(Messages.text(locale, "slip.hours"), hours));
        }
        if (service.getPhone() != null || service.getEmail() != null) {
            lines.add(new ReferralSlip.Line(
                    Messages.text(locale, "slip.contact"),
                    String.join(
                            "\n",
                            java.util.stream.Stream.of(service.getPhone(), service.getEmail())
                                    .filter(java.util.Objects::nonNull)
                                    .toList())));
        }
        if (!service.getDocumentsToBring().isEmpty()) {
            lines.add(new ReferralSlip.Line(
                    Messages.text(locale, "slip.bring"),
                    String.join("\n", toBring(service.getDocumentsToBring(), locale))));
        }
        lines.add(new ReferralSlip.Line(
                Messages.text(locale, "slip.need"),
                Messages.text(locale, "need." + referral.getNeed().name())));
        lines.add(new ReferralSlip.Line(
                Messages.text(locale, "slip.dueDate"),
                referral.getDueDate()
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(locale))));
        // The QR code is read by the service's staff: plain text in English, no name.
        String qr = "Welcome Desk referral " + referral.getCode() + "\n" + service.getName() + "\n"
                + location.addressLine() + "\n" + texts.hours(place.getHours(), Locale.ENGLISH);
        return new ReferralSlip(
                language.tag(),
                language.direction().equals("rtl"),
                Messages.text(locale, "slip.title"),
                lines,
                referral.getCode(),
                qr,
                Messages.text(locale, "slip.footer"));
    }

    /**
     * The documents to bring in the slip's language: an item worded as a {@link StandardDocument}
     * (in any interface language) is printed in {@code locale}; any other item is free text the
     * directory's editor typed, printed as entered.
     */
    static List<String> toBring(List<String> items, Locale locale) {
        return items.stream()
                .map(item -> Optional.ofNullable(STANDARD_WORDINGS.get(wording(item)))
                        .map(document -> Messages.text(locale, document.key()))
                        .orElse(item))
                .toList();
    }

    /** Each standard document's wording in every interface language, compared as {@link #wording}. */
    private static final Map<String, StandardDocument> STANDARD_WORDINGS = standardWordings();

    private static Map<String, StandardDocument> standardWordings() {
        Map<String, StandardDocument> wordings = new HashMap<>();
        for (UiLanguage language : UiLanguage.values()) {
            for (StandardDocument document : StandardDocument.values()) {
                wordings.putIfAbsent(wording(Messages.text(language.locale(), document.key())), document);
            }
        }
        return Map.copyOf(wordings);
    }

    /** Case, spacing, typographic apostrophes and a final full stop do not make another document. */
    private static String wording(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('\u2019', '\'')
                .replaceAll("[\\s\u202f]+", " ")
                .strip()
                .replaceAll("\\.$", "")
                .toLowerCase(Locale.ROOT);
    }
}
