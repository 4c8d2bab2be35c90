package org.welcomedesk.registry.registration.api;

import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.text.TextField;
import org.welcomedesk.registry.records.domain.ConsentPurpose;
import org.welcomedesk.registry.records.domain.HouseholdRole;
import org.welcomedesk.registry.records.domain.Need;
import org.welcomedesk.registry.records.domain.NeedCategory;
import org.welcomedesk.registry.records.domain.PersonDetails;
import org.welcomedesk.registry.records.domain.ResidenceEventFacts;
import org.welcomedesk.registry.registration.application.NewPerson;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/** Request bodies of the registry API. */
final class Requests {

    private Requests() {}

    /** A person to register: details, documents, arrival, consents and needs. */
    public record Registration(
            PersonDetails person,
            HouseholdRole householdRole,
            List<NewPerson.Document> documents,
            ResidenceEventFacts arrival,
            Set<ConsentPurpose> consents,
            List<NeedRequest> needs) {
        NewPerson toNewPerson() {
            if (person == null) {
                throw new RuleViolation("person", "validation.required");
            }
            return new NewPerson(
                    person,
                    householdRole,
                    documents,
                    arrival,
                    consents,
                    needs == null
                            ? List.of()
                            : needs.stream().map(NeedRequest::toNeed).toList());
        }
    }

    /** A household: its members, the first being the reference person. */
    public record HouseholdRegistration(List<Registration> members) {
        List<NewPerson> toNewPeople() {
            if (members == null || members.isEmpty()) {
                throw new RuleViolation("members", "household.empty");
            }
            return members.stream().map(Registration::toNewPerson).toList();
        }
    }

    /** A need found at a visit. */
    public record NeedRequest(
            NeedCategory category,
            @TextField(maxLength = 500, multiLine = true) String note) {
        Need toNeed() {
            if (category == null) {
                throw new RuleViolation("needs.category", "validation.required");
            }
            return new Need(category, note);
        }
    }

    /** A search of the registry; empty fields are ignored. */
    public record SearchRequest(
            String name,
            Integer birthYear,
            Integer birthMonth,
            Integer birthDay,
            String documentNumber,
            String phone,
            Integer page,
            Integer size) {
        org.welcomedesk.registry.records.application.PersonQuery toQuery() {
            return new org.welcomedesk.registry.records.application.PersonQuery(
                    name, birthYear, birthMonth, birthDay, documentNumber, phone);
        }
    }

    /** A person not yet registered, to look for duplicates of: details and documents. */
    public record MatchRequest(PersonDetails person, List<NewPerson.Document> documents, Integer max) {
        NewPerson toNewPerson() {
            if (person == null) {
                throw new RuleViolation("person", "validation.required");
            }
            return new NewPerson(person, null, documents, null, null, null);
        }
    }

    /** Consent given or withdrawn for one purpose. */
    public record ConsentRequest(ConsentPurpose purpose, Boolean granted) {}

    /** A residence event, or the correction of one. */
    public record EventRequest(ResidenceEventFacts event, Long correctsEventId) {}

    /**
     * A residence event for a whole household: every current member moves or leaves but those
     * listed in {@code exceptPersonIds}; {@code address} is the movers' new address (for
     * arrivals and moves).
     */
    public record HouseholdEventRequest(ResidenceEventFacts event, String address, List<String> exceptPersonIds) {}

    /** A hash of the request body, to tell a replay from a different request under the same key. */
    static String hash(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
