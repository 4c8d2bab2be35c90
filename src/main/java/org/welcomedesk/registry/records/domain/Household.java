package org.welcomedesk.registry.records.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.welcomedesk.platform.error.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** People registered together, each with their relationship to the reference person. */
@Entity
@Table(name = "household")
public class Household {

    @Id
    private String id;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "household")
    @OrderBy("sortName")
    private List<Person> members = new ArrayList<>();

    @Version
    private long version;

    protected Household() {
        // for JPA
    }

    public Household(Instant now) {
        this.id = UUID.randomUUID().toString();
        this.createdAt = now;
    }

    void join(Person person) {
        if (!members.contains(person)) {
            members.add(person);
        }
    }

    void leave(Person person) {
        members.remove(person);
    }

    /** The members who live in the city (not departed): those a move or departure can take along. */
    public List<Person> currentMembers() {
        return members.stream()
                .filter(member -> member.getStatus() != ResidenceStatus.DEPARTED)
                .toList();
    }

    /**
     * Records one residence event for every current member but those in {@code staying}: the
     * household moves or leaves together. Each member's event passes the checks of a single
     * event; a member born after the event's date cannot have moved with the others. For an
     * event that establishes residence, a given {@code address} becomes each mover's address.
     * A refusal that concerns one member names them by their place in {@link #getMembers()}
     * ({@code members[2].eventDate}); the caller's transaction then records nothing.
     *
     * @return the new events, one per member who moved, in the order of {@link #getMembers()}
     */
    public List<ResidenceEvent> recordTogether(
            ResidenceEventFacts facts,
            String address,
            Collection<String> staying,
            MigrationRule rule,
            String recordedBy,
            Instant now) {
        facts.check();
        Set<String> exceptions = staying == null ? Set.of() : Set.copyOf(staying);
        List<Person> current = currentMembers();
        if (!exceptions.stream()
                .allMatch(
                        id -> current.stream().anyMatch(member -> member.getId().equals(id)))) {
            throw new RuleViolation("exceptPersonIds", "household.event.notMember");
        }
        List<Person> moving = current.stream()
                .filter(member -> !exceptions.contains(member.getId()))
                .toList();
        if (moving.isEmpty()) {
            throw new RuleViolation("exceptPersonIds", "household.event.nobody");
        }
        String newAddress = facts.type().establishesResidence() ? address : null;
        List<ResidenceEvent> recorded = new ArrayList<>();
        for (Person member : moving) {
            if (bornAfter(member, facts.eventDate())) {
                throw new RuleViolation(
                        "members[" + members.indexOf(member) + "].eventDate", "household.event.beforeBirth");
            }
            // the checks of a single event concern the facts, the same for everyone: not named per member
            recorded.add(member.record(facts, rule, recordedBy, now));
            if (newAddress != null && !newAddress.isBlank()) {
                member.moveTo(newAddress, recordedBy, now);
            }
        }
        return recorded;
    }

    /** Whether the earliest day the member may have been born is after {@code day}. */
    private static boolean bornAfter(Person member, LocalDate day) {
        BirthDate born = member.getBirthDate();
        if (born == null || born.getYear() == null) {
            return false;
        }
        LocalDate earliest = LocalDate.of(
                born.getYear(),
                born.getMonth() == null ? 1 : born.getMonth(),
                born.getDay() == null ? 1 : born.getDay());
        return earliest.isAfter(day);
    }

    public String getId() {
        return id;
    }

    public List<Person> getMembers() {
        return List.copyOf(members);
    }

    public long getVersion() {
        return version;
    }
}
