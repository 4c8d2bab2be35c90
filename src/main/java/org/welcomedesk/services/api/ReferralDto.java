package org.welcomedesk.services.api;

import org.welcomedesk.services.domain.Referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A referral as the desk sees it: where the person was sent, for which need, by when, whether
 * consent to share was checked, and every step. {@code personName} only in the follow-up lists
 * (overdue, recent); the person's record is read through the registry API.
 */
public record ReferralDto(
        String code,
        String status,
        String need,
        String personId,
        String personName,
        String serviceAtLocationId,
        String serviceId,
        String serviceName,
        String locationName,
        String address,
        String organizationId,
        String organizationName,
        LocalDate dueDate,
        boolean overdue,
        String note,
        String declineReason,
        Instant consentCheckedAt,
        String consentCheckedBy,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        List<StepDto> steps) {

    /** One step of the referral's life: to which status, when, by whom, and why (a decline). */
    public record StepDto(String status, String from, Instant at, String by, String reason, String note) {}

    static ReferralDto of(Referral r, String personName, boolean overdue) {
        var place = r.getPlace();
        return new ReferralDto(
                r.getCode(),
                r.getStatus().name(),
                r.getNeed().name(),
                r.getPersonId(),
                personName,
                place.getId(),
                place.getService().getId(),
                place.getService().getName(),
                place.getLocation().getName(),
                place.getLocation().addressLine(),
                r.getOrganization().getId(),
                r.getOrganization().getName(),
                r.getDueDate(),
                overdue,
                r.getNote(),
                r.getDeclineReason() == null ? null : r.getDeclineReason().name(),
                r.getConsentCheckedAt(),
                r.getConsentCheckedBy(),
                r.getCreatedAt(),
                r.getCreatedBy(),
                r.getUpdatedAt(),
                r.getTransitions().stream()
                        .map(t -> new StepDto(
                                t.getTo().name(),
                                t.getFrom() == null ? null : t.getFrom().name(),
                                t.getAt(),
                                t.getBy(),
                                t.getReason() == null ? null : t.getReason().name(),
                                t.getNote()))
                        .toList());
    }
}
