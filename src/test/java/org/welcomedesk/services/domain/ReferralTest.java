package org.welcomedesk.services.domain;

import org.junit.jupiter.api.Test;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.registry.records.domain.NeedCategory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The closed loop: every step checked, timed and attributed; consent required to send. */
class ReferralTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static Referral draft() {
        Organization clinic = new Organization("org-1", "Harbour Community Clinic");
        clinic.assignPartnerCode("harbour-clinic");
        Service gp = new Service(null, clinic, "GP", OfferKind.SERVICE);
        gp.meets(Set.of(NeedCategory.HEALTH));
        ServiceAtLocation place = new ServiceAtLocation(null, gp, new Location(null, clinic, "Harbour"));
        return new Referral(
                "person-1", place, NeedCategory.HEALTH, "D02", "mornings", TODAY.plusDays(14), TODAY, "clerk", NOW);
    }

    @Test
    void aReferralIsSentOnlyWithConsentAndThenFollowedToItsOutcome() {
        Referral referral = draft();
        assertTrue(referral.getCode().matches("R-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}"), referral.getCode());

        RuleViolation noConsent = assertThrows(RuleViolation.class, () -> referral.send(false, "clerk", NOW));
        assertEquals("consent", noConsent.field());
        assertEquals(ReferralStatus.DRAFT, referral.getStatus());

        referral.send(true, "clerk", NOW);
        assertEquals(NOW, referral.getConsentCheckedAt());
        referral.accept("partner", NOW.plusSeconds(60));
        referral.complete("partner", NOW.plusSeconds(120));

        assertEquals(ReferralStatus.COMPLETED, referral.getStatus());
        assertEquals(
                List.of(ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.COMPLETED),
                referral.getTransitions().stream()
                        .map(ReferralTransition::getTo)
                        .toList());
        assertEquals("partner", referral.getTransitions().get(3).getBy());
        assertEquals(NOW, referral.sentAt());
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        Referral referral = draft();
        assertThrows(RuleViolation.class, () -> referral.accept("partner", NOW));
        referral.send(true, "clerk", NOW);
        assertThrows(RuleViolation.class, () -> referral.complete("partner", NOW));
        RuleViolation noReason = assertThrows(RuleViolation.class, () -> referral.decline(null, null, "partner", NOW));
        assertEquals("reason", noReason.field());
        referral.decline(DeclineReason.NO_CAPACITY, "full until January", "partner", NOW);
        assertEquals(DeclineReason.NO_CAPACITY, referral.getDeclineReason());
        assertThrows(RuleViolation.class, () -> referral.cancel("clerk", NOW));
    }

    @Test
    void aClosedReferralKeepsItsDueDateAndAnInactiveServiceGetsNoReferral() {
        Referral referral = draft();
        referral.reschedule(TODAY.plusDays(3), TODAY, "clerk", NOW.plusSeconds(5));
        assertEquals(TODAY.plusDays(3), referral.getDueDate());
        assertEquals(NOW.plusSeconds(5), referral.getUpdatedAt());
        referral.cancel("clerk", NOW);
        assertThrows(RuleViolation.class, () -> referral.reschedule(TODAY.plusDays(9), TODAY, "clerk", NOW));

        Referral another = draft();
        another.getPlace().getService().offerAs(OfferKind.SERVICE, ServiceStatus.TEMPORARILY_CLOSED);
        RuleViolation closed = assertThrows(RuleViolation.class, () -> another.send(true, "clerk", NOW));
        assertEquals("service", closed.field());
    }

    @Test
    void overdueOnlyWhileWaitingOnTheService() {
        Referral referral = draft();
        LocalDate later = TODAY.plusDays(15);
        assertFalse(referral.isOverdue(later), "a draft is not waiting on the service");
        referral.send(true, "clerk", NOW);
        assertTrue(referral.isOverdue(later));
        assertFalse(referral.isOverdue(TODAY));
        referral.accept("partner", NOW);
        referral.markNoShow("partner", NOW);
        assertFalse(referral.isOverdue(later));
    }

    @Test
    void onlyTheReceivingOrganisationsStaffMayWorkIt() {
        Referral referral = draft();
        assertTrue(referral.isAddressedTo("harbour-clinic"));
        assertFalse(referral.isAddressedTo("westmoor-legal"));
        assertFalse(referral.isAddressedTo(null));
    }

    @Test
    void theNeedMustBeOneTheServiceMeetsAndTheDueDateNotPast() {
        Referral ok = draft();
        ServiceAtLocation place = ok.getPlace();
        RuleViolation wrongNeed = assertThrows(
                RuleViolation.class,
                () -> new Referral("p", place, NeedCategory.HOUSING, null, null, TODAY, TODAY, "clerk", NOW));
        assertEquals("need", wrongNeed.field());
        RuleViolation past = assertThrows(
                RuleViolation.class,
                () -> new Referral(
                        "p", place, NeedCategory.HEALTH, null, null, TODAY.minusDays(1), TODAY, "clerk", NOW));
        assertEquals("dueDate", past.field());
    }
}
