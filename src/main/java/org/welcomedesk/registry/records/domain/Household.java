package org.welcomedesk.registry.records.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
