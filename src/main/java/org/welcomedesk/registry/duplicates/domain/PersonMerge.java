package org.welcomedesk.registry.duplicates.domain;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.registry.records.domain.Household;
import org.welcomedesk.registry.records.domain.HouseholdRole;
import org.welcomedesk.registry.records.domain.NameOrder;
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.registry.records.domain.PersonDetails;
import org.welcomedesk.registry.records.domain.Sex;

import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Two records of one person made into one: the merged record's events, documents, consent
 * records and needs assessments move to the survivor, whose blank details are completed from
 * the merged record (other features move what they keep on people when told, {@link
 * org.welcomedesk.registry.records.domain.RecordsMerged}). Everything needed to undo it is kept here: which items moved, the
 * survivor's details before and after, and the household the merged record left. Audit
 * entries never move (they cannot change); a survivor's history includes those of the
 * records merged into it.
 */
@Entity
@Table(name = "person_merge")
@NamedQuery(
        name = PersonMerge.OF_PERSON,
        query = "select m from PersonMerge m"
                + " where m.survivorId = :personId or m.mergedId = :personId order by m.mergedAt desc, m.id desc")
public class PersonMerge {

    static final String OF_PERSON = "PersonMerge.ofPerson";

    /** What kind of item moved. */
    public enum ItemKind {
        EVENT,
        DOCUMENT,
        CONSENT,
        ASSESSMENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registry_seq")
    @SequenceGenerator(name = "registry_seq", sequenceName = "registry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "survivor_id", nullable = false, updatable = false)
    private String survivorId;

    @Column(name = "merged_id", nullable = false, updatable = false)
    private String mergedId;

    @Column(name = "pair_id", updatable = false)
    private Long pairId;

    @Column(name = "survivor_before", nullable = false, updatable = false, length = 4000)
    private String survivorBefore;

    @Column(name = "survivor_after", nullable = false, updatable = false, length = 4000)
    private String survivorAfter;

    @Column(name = "merged_household", updatable = false)
    private String mergedHousehold;

    @Enumerated(EnumType.STRING)
    @Column(name = "merged_role", updatable = false)
    private HouseholdRole mergedRole;

    @Column(name = "merged_at", nullable = false, updatable = false)
    private Instant mergedAt;

    @Column(name = "merged_by", nullable = false, updatable = false)
    private String mergedBy;

    @Column(name = "undone_at")
    private Instant undoneAt;

    @Column(name = "undone_by")
    private String undoneBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_merge_item", joinColumns = @JoinColumn(name = "merge_id"))
    private Set<Item> items = new LinkedHashSet<>();

    @Version
    private long version;

    protected PersonMerge() {
        // for JPA
    }

    /**
     * Merges {@code merged} into {@code survivor}: completes the survivor's details and marks
     * the merged record. The caller moves the items listed in {@link #itemsOf} (a bulk update
     * of their owner) and derives both residences again.
     */
    public static PersonMerge of(Person survivor, Person merged, Long pairId, String actor, Instant now) {
        if (survivor.isMerged() || merged.isMerged()) {
            throw new RuleViolation("person", "merge.alreadyMerged");
        }
        PersonMerge merge = new PersonMerge();
        merge.survivorId = survivor.getId();
        merge.mergedId = merged.getId();
        merge.pairId = pairId;
        merge.mergedAt = now;
        merge.mergedBy = actor;
        PersonDetails before = survivor.details();
        PersonDetails after = before.filledFrom(merged.details());
        merge.survivorBefore = encode(before);
        merge.survivorAfter = encode(after);
        if (merged.getHousehold() != null) {
            merge.mergedHousehold = merged.getHousehold().getId();
            merge.mergedRole = merged.getHouseholdRole();
        }
        merged.getEvents().forEach(e -> merge.items.add(new Item(ItemKind.EVENT, e.getId())));
        merged.getDocuments().forEach(d -> merge.items.add(new Item(ItemKind.DOCUMENT, d.getId())));
        merged.getConsents().forEach(c -> merge.items.add(new Item(ItemKind.CONSENT, c.getId())));
        merged.getAssessments().forEach(a -> merge.items.add(new Item(ItemKind.ASSESSMENT, a.getId())));
        survivor.update(after, actor, now);
        merged.mergeInto(survivor.getId(), now, actor);
        return merge;
    }

    /**
     * Undoes the merge on the two records (after the caller moved the items back): the
     * merged record counts again, and each detail the merge filled in on the survivor is
     * blanked again unless someone changed it since.
     *
     * @return the survivor's fields that changed back
     */
    public Set<String> undo(Person survivor, Person merged, Household formerHousehold, String actor, Instant now) {
        if (undoneAt != null) {
            throw new RuleViolation("merge", "merge.alreadyUndone");
        }
        PersonDetails restored = survivor.details().rebase(decode(survivorAfter), decode(survivorBefore));
        Set<String> changed = survivor.update(restored, actor, now);
        merged.separate(formerHousehold, mergedRole, now, actor);
        undoneAt = now;
        undoneBy = actor;
        return changed;
    }

    /** Ids of the items of one kind that moved. */
    public List<Long> itemsOf(ItemKind kind) {
        return items.stream()
                .filter(i -> i.kind == kind)
                .map(i -> i.itemId)
                .sorted()
                .toList();
    }

    public boolean isUndone() {
        return undoneAt != null;
    }

    // --- details as JSON, so the survivor's earlier state is kept whatever fields it has ----

    static String encode(PersonDetails details) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        details.fields().forEach((field, value) -> {
            if (value == null) {
                json.addNull(field);
            } else if (value instanceof Set<?> set) {
                JsonArrayBuilder array = Json.createArrayBuilder();
                new TreeSet<>(set.stream().map(Object::toString).toList()).forEach(array::add);
                json.add(field, array);
            } else if (value instanceof Boolean flag) {
                json.add(field, flag);
            } else {
                json.add(field, value.toString());
            }
        });
        json.add("birthYear", number(details.birthYear()))
                .add("birthMonth", number(details.birthMonth()))
                .add("birthDay", number(details.birthDay()))
                .add("birthEstimated", details.birthEstimated());
        return json.build().toString();
    }

    static PersonDetails decode(String text) {
        JsonObject json = Json.createReader(new StringReader(text)).readObject();
        return new PersonDetails(
                string(json, "givenNames"),
                string(json, "familyNames"),
                string(json, "givenNamesLatin"),
                string(json, "familyNamesLatin"),
                NameOrder.valueOf(json.getString("nameOrder")),
                Sex.valueOf(json.getString("sex")),
                integer(json, "birthYear"),
                integer(json, "birthMonth"),
                integer(json, "birthDay"),
                json.getBoolean("birthEstimated"),
                strings(json, "citizenships"),
                string(json, "countryOfBirth"),
                strings(json, "languages"),
                string(json, "preferredLanguage"),
                json.getBoolean("interpreterNeeded"),
                string(json, "phone"),
                string(json, "email"),
                string(json, "address"));
    }

    private static JsonValue number(Integer value) {
        return value == null ? JsonValue.NULL : Json.createValue(value);
    }

    private static String string(JsonObject json, String field) {
        return json.isNull(field) ? null : json.getString(field);
    }

    private static Integer integer(JsonObject json, String field) {
        return json.isNull(field) ? null : json.getInt(field);
    }

    private static Set<String> strings(JsonObject json, String field) {
        Set<String> values = new TreeSet<>();
        json.getJsonArray(field).getValuesAs(jakarta.json.JsonString.class).forEach(s -> values.add(s.getString()));
        return values;
    }

    /** One item that moved with the merge. */
    @Embeddable
    public static class Item {
        @Enumerated(EnumType.STRING)
        @Column(name = "kind", nullable = false)
        private ItemKind kind;

        @Column(name = "item_id", nullable = false)
        private Long itemId;

        protected Item() {
            // for JPA
        }

        Item(ItemKind kind, Long itemId) {
            this.kind = kind;
            this.itemId = itemId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Item other && kind == other.kind && Objects.equals(itemId, other.itemId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, itemId);
        }
    }

    public Long getId() {
        return id;
    }

    public String getSurvivorId() {
        return survivorId;
    }

    public String getMergedId() {
        return mergedId;
    }

    public Long getPairId() {
        return pairId;
    }

    public String getMergedHousehold() {
        return mergedHousehold;
    }

    public Instant getMergedAt() {
        return mergedAt;
    }

    public String getMergedBy() {
        return mergedBy;
    }
}
