package org.welcomedesk.services.application;

import org.welcomedesk.registry.records.domain.NeedCategory;
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.services.domain.DeclineReason;
import org.welcomedesk.services.domain.Referral;
import org.welcomedesk.services.domain.ReferralStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A referral as the receiving partner sees it: the person's name, contact and language, the
 * need and the clerk's note; nothing else of the registry record.
 */
public record PartnerReferral(
        String code,
        ReferralStatus status,
        NeedCategory need,
        String serviceName,
        String locationName,
        LocalDate dueDate,
        boolean overdue,
        Instant sentAt,
        String name,
        String nameLatin,
        String phone,
        String email,
        String preferredLanguage,
        String note,
        DeclineReason declineReason,
        List<Step> steps)
        implements java.io.Serializable {

    public PartnerReferral {
        steps = List.copyOf(steps);
    }

    /** One step of the referral's life. */
    public record Step(ReferralStatus status, Instant at) implements java.io.Serializable {}

    static PartnerReferral of(Referral referral, Person person, boolean contactShared, LocalDate today) {
        String latin = person.getName().displayLatin();
        String name = person.getName().display();
        return new PartnerReferral(
                referral.getCode(),
                referral.getStatus(),
                referral.getNeed(),
                referral.getPlace().getService().getName(),
                referral.getPlace().getLocation().getName(),
                referral.getDueDate(),
                referral.isOverdue(today),
                referral.sentAt(),
                name,
                // the Latin form only where it adds something: not blank, not the same letters again
                latin == null || latin.isBlank() || latin.equals(name) ? null : latin,
                contactShared ? person.getPhone() : null,
                contactShared ? person.getEmail() : null,
                person.getPreferredLanguage(),
                referral.getNote(),
                referral.getDeclineReason(),
                referral.getTransitions().stream()
                        .map(t -> new Step(t.getTo(), t.getAt()))
                        .toList());
    }
}
