package org.welcomedesk.services.api;

import org.welcomedesk.services.application.PartnerReferral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A referral as the receiving partner sees it: what the person agreed to share (name, contact,
 * preferred language), the need and the clerk's note, and nothing else of the registry record:
 * no birth date, documents, address or registry id.
 */
public record PartnerReferralDto(
        String code,
        String status,
        String need,
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
        String declineReason,
        List<StepDto> steps) {

    /** One step: to which status, and when. */
    public record StepDto(String status, Instant at) {}

    static PartnerReferralDto of(PartnerReferral r) {
        return new PartnerReferralDto(
                r.code(),
                r.status().name(),
                r.need().name(),
                r.serviceName(),
                r.locationName(),
                r.dueDate(),
                r.overdue(),
                r.sentAt(),
                r.name(),
                r.nameLatin(),
                r.phone(),
                r.email(),
                r.preferredLanguage(),
                r.note(),
                r.declineReason() == null ? null : r.declineReason().name(),
                r.steps().stream()
                        .map(s -> new StepDto(s.status().name(), s.at()))
                        .toList());
    }
}
