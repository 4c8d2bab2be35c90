package org.welcomedesk.services.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.welcomedesk.platform.error.NotFound;
import org.welcomedesk.platform.referencedata.domain.DistrictRepository;
import org.welcomedesk.privacy.application.AuditTrail;
import org.welcomedesk.privacy.domain.AuditEntry;
import org.welcomedesk.registry.records.domain.ConsentPurpose;
import org.welcomedesk.registry.records.domain.Need;
import org.welcomedesk.registry.records.domain.NeedCategory;
import org.welcomedesk.registry.records.domain.NeedsAssessment;
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.registry.records.domain.PersonRepository;
import org.welcomedesk.services.domain.DeclineReason;
import org.welcomedesk.services.domain.DirectoryRepository;
import org.welcomedesk.services.domain.Organization;
import org.welcomedesk.services.domain.Referral;
import org.welcomedesk.services.domain.ReferralRepository;
import org.welcomedesk.services.domain.ReferralStatus;
import org.welcomedesk.services.domain.ServiceAtLocation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Closed-loop referrals. The desk drafts, sends (consent to share checked and recorded),
 * reschedules or cancels; the receiving partner accepts or declines, then completes or marks a
 * no-show, and sees only what the service needs. Every read of a person's details is audited.
 */
@ApplicationScoped
public class Referrals {

    /** What a partner is shown of the person: the service needs no more. */
    static final List<String> SHARED_FIELDS = List.of("name", "phone", "email", "preferredLanguage");

    private static final int LIST_LIMIT = 200;

    @Inject
    ReferralRepository referrals;

    @Inject
    DirectoryRepository directory;

    @Inject
    PersonRepository people;

    @Inject
    DistrictRepository districts;

    @Inject
    AuditTrail audit;

    @Inject
    DirectorySettings settings;

    Clock clock = Clock.systemUTC();

    // ---- the desk -------------------------------------------------------------------------

    /** A draft referral; the due date defaults to the configured number of days from today. */
    @Transactional
    public Referral draft(String personId, String placeId, NeedCategory need, String note, LocalDate dueDate) {
        Person person = livePerson(personId);
        ServiceAtLocation place = directory.place(placeId).orElseThrow(() -> new NotFound("service at location"));
        LocalDate today = today();
        String district = person.getDistrictId() == null
                ? null
                : districts.find(person.getDistrictId()).map(d -> d.getCode()).orElse(null);
        Referral referral = new Referral(
                personId,
                place,
                need,
                district,
                note,
                dueDate == null ? today.plusDays(settings.dueDays()) : dueDate,
                today,
                audit.actor(),
                now());
        referrals.add(referral);
        audit.record(AuditEntry.Action.UPDATE, AuditTrail.PERSON, personId, List.of("referral"));
        return referral;
    }

    /**
     * Sends a draft. When {@code consentGivenNow}, the person's consent to share with partners
     * is recorded first (the clerk has just asked); without consent on record the send is refused.
     */
    @Transactional
    public Referral send(String code, boolean consentGivenNow) {
        Referral referral = find(code);
        Person person = livePerson(referral.getPersonId());
        if (consentGivenNow) {
            person.recordConsent(ConsentPurpose.SHARING_WITH_PARTNERS, true, audit.actor(), now());
            audit.record(AuditEntry.Action.UPDATE, AuditTrail.PERSON, person.getId(), List.of("consent"));
        }
        referral.send(person.hasConsentTo(ConsentPurpose.SHARING_WITH_PARTNERS), audit.actor(), now());
        audit.record(AuditEntry.Action.UPDATE, AuditTrail.PERSON, person.getId(), List.of("referral"));
        return referral;
    }

    @Transactional
    public Referral cancel(String code) {
        Referral referral = find(code);
        referral.cancel(audit.actor(), now());
        audit.record(AuditEntry.Action.UPDATE, AuditTrail.PERSON, referral.getPersonId(), List.of("referral"));
        return referral;
    }

    @Transactional
    public Referral reschedule(String code, LocalDate dueDate) {
        Referral referral = find(code);
        referral.reschedule(dueDate, today(), audit.actor(), now());
        audit.record(AuditEntry.Action.UPDATE, AuditTrail.PERSON, referral.getPersonId(), List.of("referral"));
        return referral;
    }

    /** One referral as the desk sees it; where the person was sent is a read of them, audited. */
    @Transactional
    public Referral get(String code) {
        Referral referral = find(code);
        audit.record(AuditEntry.Action.VIEW, AuditTrail.PERSON, referral.getPersonId(), List.of("referral"));
        return referral;
    }

    /** A person's referrals, newest first (read audited). */
    @Transactional
    public List<Referral> ofPerson(String personId) {
        audit.record(AuditEntry.Action.VIEW, AuditTrail.PERSON, personId, List.of("referral"));
        return referrals.ofPerson(personId);
    }

    /**
     * The person's open needs: every need recorded at any visit, unless a referral for it was
     * completed on or after the last visit that recorded it (read audited).
     */
    @Transactional
    public Set<NeedCategory> openNeeds(String personId) {
        Person person = livePerson(personId);
        audit.record(AuditEntry.Action.VIEW, AuditTrail.PERSON, personId, List.of("needs", "referral"));
        Map<NeedCategory, LocalDate> lastRecorded = new EnumMap<>(NeedCategory.class);
        for (NeedsAssessment assessment : person.getAssessments()) {
            for (Need need : assessment.getNeeds()) {
                lastRecorded.merge(need.getCategory(), assessment.getVisitDate(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        for (Referral referral : referrals.ofPerson(personId)) {
            LocalDate recorded = lastRecorded.get(referral.getNeed());
            referral.getTransitions().stream()
                    .filter(t -> t.getTo() == ReferralStatus.COMPLETED)
                    .map(t -> LocalDate.ofInstant(t.getAt(), settings.zone()))
                    .filter(completed -> recorded != null && !completed.isBefore(recorded))
                    .findAny()
                    .ifPresent(completed -> lastRecorded.remove(referral.getNeed()));
        }
        return Set.copyOf(lastRecorded.keySet());
    }

    /** Sent or accepted referrals past their due date, with the person's name (reads audited). */
    @Transactional
    public List<DeskReferral> overdue() {
        return desk(referrals.overdue(today(), LIST_LIMIT));
    }

    /** The latest changes, with the person's name (reads audited). */
    @Transactional
    public List<DeskReferral> recent() {
        return desk(referrals.recent(LIST_LIMIT));
    }

    private List<DeskReferral> desk(List<Referral> list) {
        LocalDate today = today();
        return list.stream()
                .map(r -> {
                    Person person = people.find(r.getPersonId()).orElseThrow(() -> new NotFound("person"));
                    audit.record(AuditEntry.Action.VIEW, AuditTrail.PERSON, person.getId(), List.of("name"));
                    return new DeskReferral(r, person.getName().display(), r.isOverdue(today));
                })
                .toList();
    }

    /** A referral as the desk's follow-up lists show it. */
    public record DeskReferral(Referral referral, String personName, boolean overdue) {}

    // ---- the partner ----------------------------------------------------------------------

    /** The partner's inbox: referrals to their organisation, newest first (reads audited). */
    @Transactional
    public List<PartnerReferral> inbox(String partnerCode) {
        Organization organization = partnerCode == null
                ? null
                : directory.organizationWorkedBy(partnerCode).orElse(null);
        if (organization == null) {
            return List.of();
        }
        return referrals.inboxOf(organization, LIST_LIMIT).stream()
                .map(this::shown)
                .toList();
    }

    /** One referral as the partner sees it; not found unless it was sent to their organisation. */
    @Transactional
    public PartnerReferral forPartner(String code, String partnerCode) {
        return shown(addressedTo(code, partnerCode));
    }

    @Transactional
    public PartnerReferral accept(String code, String partnerCode) {
        return act(code, partnerCode, r -> r.accept(audit.actor(), now()));
    }

    @Transactional
    public PartnerReferral decline(String code, String partnerCode, DeclineReason reason, String note) {
        return act(code, partnerCode, r -> r.decline(reason, note, audit.actor(), now()));
    }

    @Transactional
    public PartnerReferral complete(String code, String partnerCode) {
        return act(code, partnerCode, r -> r.complete(audit.actor(), now()));
    }

    @Transactional
    public PartnerReferral markNoShow(String code, String partnerCode) {
        return act(code, partnerCode, r -> r.markNoShow(audit.actor(), now()));
    }

    private PartnerReferral act(String code, String partnerCode, Consumer<Referral> step) {
        Referral referral = addressedTo(code, partnerCode);
        step.accept(referral);
        audit.record(AuditEntry.Action.UPDATE, AuditTrail.PERSON, referral.getPersonId(), List.of("referral"));
        return shown(referral);
    }

    /**
     * The referral, if it was sent to the partner's organisation. Any other code is answered as
     * one that does not exist: were another organisation's referral refused differently, a
     * partner could try codes and learn which exist.
     */
    private Referral addressedTo(String code, String partnerCode) {
        Referral referral = find(code);
        // never sent: no consent was checked, so it does not exist for the service
        if (referral.sentAt() == null || partnerCode == null || !referral.isAddressedTo(partnerCode)) {
            throw new NotFound("referral");
        }
        return referral;
    }

    private PartnerReferral shown(Referral referral) {
        Person person = people.find(referral.getPersonId()).orElseThrow(() -> new NotFound("person"));
        // consent withdrawn since the referral was sent: the service keeps the referral, not the contact details
        boolean sharing = person.hasConsentTo(ConsentPurpose.SHARING_WITH_PARTNERS);
        audit.record(
                AuditEntry.Action.VIEW,
                AuditTrail.PERSON,
                person.getId(),
                sharing ? SHARED_FIELDS : List.of("name", "preferredLanguage"));
        return PartnerReferral.of(referral, person, sharing, today());
    }

    // ---- shared ---------------------------------------------------------------------------

    private Referral find(String code) {
        return referrals.byCode(Referral.normalisedCode(code)).orElseThrow(() -> new NotFound("referral"));
    }

    private Person livePerson(String personId) {
        return people.find(personId).filter(p -> !p.isMerged()).orElseThrow(() -> new NotFound("person"));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
