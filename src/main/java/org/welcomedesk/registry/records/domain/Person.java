package org.welcomedesk.registry.records.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.welcomedesk.platform.error.NotFound;
import org.welcomedesk.platform.error.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * Someone who lives, lived or stays in the city: the aggregate of the central registry. Their
 * residence (district, status) is derived from their residence events; consent, needs and
 * documents are recorded on them.
 */
@Entity
@Table(name = "person")
@NamedQuery(
        name = "Person.livingWithNeeds",
        query = "select p.id from Person p where p.id > :after"
                + " and p.mergedInto is null and p.status <> org.welcomedesk.registry.records.domain.ResidenceStatus.DEPARTED"
                + " and exists (select a.id from NeedsAssessment a where a.person = p) order by p.id")
@NamedQuery(
        name = Person.IDS_AFTER,
        query = "select p.id from Person p where p.id > :after" + " and p.mergedInto is null order by p.id")
@NamedQuery(name = Person.WITH_IDS, query = "select p from Person p where p.id in :ids")
@NamedQuery(
        name = Person.WITH_DOCUMENT,
        query = "select distinct d.person from IdentityDocument d"
                + " where d.numberKey = :numberKey and d.person.mergedInto is null")
@NamedQuery(
        name = Person.WITH_PHONE,
        query = "select p from Person p where p.phoneDigits = :digits and p.mergedInto is null")
@NamedQuery(
        name = Person.BORN_BETWEEN,
        query = "select p.id from Person p"
                + " where p.birthDate.year between :fromYear and :toYear and p.mergedInto is null")
@NamedQuery(name = Person.NEWCOMERS, query = "select p from Person p where p.status = :status and p.mergedInto is null")
@NamedQuery(name = Person.COUNT, query = "select count(p) from Person p where p.mergedInto is null")
@NamedQuery(
        name = Person.SEARCH_PROFILES,
        query = "select p.id, p.name.givenNames, p.name.familyNames,"
                + " p.name.givenNamesLatin, p.name.familyNamesLatin, p.birthDate.year, p.birthDate.month,"
                + " p.birthDate.day, p.birthDate.estimated from Person p where p.id in :ids and p.mergedInto is null"
                + " order by p.id")
@NamedQuery(name = Person.MERGED_INTO, query = "select p.id from Person p where p.mergedInto = :id order by p.id")
public class Person {

    public static final String IDS_AFTER = "Person.idsAfter";

    static final String WITH_IDS = "Person.withIds";
    static final String WITH_DOCUMENT = "Person.withDocument";
    static final String WITH_PHONE = "Person.withPhone";
    static final String BORN_BETWEEN = "Person.bornBetween";
    static final String NEWCOMERS = "Person.newcomers";
    static final String COUNT = "Person.count";
    static final String MERGED_INTO = "Person.mergedInto";
    static final String SEARCH_PROFILES = "Person.searchProfiles";

    /** How long after first arrival a person counts as a newcomer. */
    private static final int NEWCOMER_MONTHS = 12;

    @Id
    private String id;

    @Valid
    @Embedded
    private PersonName name;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sex sex;

    @Embedded
    private BirthDate birthDate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_citizenship", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "country_code")
    private Set<String> citizenships = new HashSet<>();

    @Column(name = "country_of_birth")
    private String countryOfBirth;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_language", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "language_code")
    private Set<String> languages = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "person_skill", joinColumns = @JoinColumn(name = "person_id"))
    @jakarta.persistence.Convert(converter = SkillGroupCode.class)
    @Column(name = "skill")
    private Set<SkillGroup> skills = new HashSet<>();

    @Column(name = "preferred_language")
    private String preferredLanguage;

    @Column(name = "interpreter_needed", nullable = false)
    private boolean interpreterNeeded;

    @Size(max = 40, message = "{validation.tooLong}")
    @Pattern(regexp = "\\+?[0-9 ()./-]{4,40}", message = "{person.phone.invalid}")
    private String phone;

    @Column(name = "phone_digits")
    private String phoneDigits;

    @Size(max = 200, message = "{validation.tooLong}")
    @Email(message = "{person.email.invalid}")
    private String email;

    @Size(max = 400, message = "{validation.tooLong}")
    private String address;

    @Column(name = "district_id")
    private Long districtId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ResidenceStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "household_id")
    private Household household;

    @Enumerated(EnumType.STRING)
    @Column(name = "household_role")
    private HouseholdRole householdRole;

    @Column(name = "sort_name", nullable = false)
    private String sortName;

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<IdentityDocument> documents = new ArrayList<>();

    @OneToMany(mappedBy = "person", cascade = CascadeType.PERSIST)
    @OrderBy("eventDate, id")
    private List<ResidenceEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "person", cascade = CascadeType.PERSIST)
    @OrderBy("recordedAt, id")
    private List<ConsentRecord> consents = new ArrayList<>();

    @OneToMany(mappedBy = "person", cascade = CascadeType.PERSIST)
    @OrderBy("visitDate, id")
    private List<NeedsAssessment> assessments = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    /** The person this record was merged into; such a record no longer counts. */
    @Column(name = "merged_into")
    private String mergedInto;

    @Version
    private long version;

    protected Person() {
        // for JPA
    }

    public Person(PersonDetails details, String recordedBy, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.status = ResidenceStatus.NEWCOMER;
        this.createdAt = now;
        this.createdBy = recordedBy;
        apply(details, recordedBy, now);
    }

    /**
     * Replaces the recorded facts with {@code details}; returns the names of the fields that
     * changed, for the audit trail.
     */
    public Set<String> update(PersonDetails details, String recordedBy, Instant now) {
        Map<String, Object> before = snapshot();
        Instant previousUpdate = updatedAt;
        String previousUpdater = updatedBy;
        apply(details, recordedBy, now);
        Map<String, Object> after = snapshot();
        Set<String> changed = new TreeSet<>();
        before.forEach((field, value) -> {
            if (!Objects.equals(value, after.get(field))) {
                changed.add(field);
            }
        });
        if (changed.isEmpty()) {
            // nothing changed: leave the record (and its version) as it was
            updatedAt = previousUpdate;
            updatedBy = previousUpdater;
        }
        return changed;
    }

    /** The recorded facts as an editable set of details. */
    public PersonDetails details() {
        return new PersonDetails(
                name.getGivenNames(),
                name.getFamilyNames(),
                name.getGivenNamesLatin(),
                name.getFamilyNamesLatin(),
                name.getOrder(),
                sex,
                birthDate.getYear(),
                birthDate.getMonth(),
                birthDate.getDay(),
                birthDate.isEstimated(),
                Set.copyOf(citizenships),
                countryOfBirth,
                Set.copyOf(languages),
                preferredLanguage,
                interpreterNeeded,
                phone,
                email,
                address);
    }

    /** Field values as compared by {@link #update}. */
    public Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("givenNames", name.getGivenNames());
        fields.put("familyNames", name.getFamilyNames());
        fields.put("givenNamesLatin", name.getGivenNamesLatin());
        fields.put("familyNamesLatin", name.getFamilyNamesLatin());
        fields.put("nameOrder", name.getOrder());
        fields.put("sex", sex);
        fields.put("birthDate", birthDate.toString());
        fields.put("citizenships", new TreeSet<>(citizenships));
        fields.put("countryOfBirth", countryOfBirth);
        fields.put("languages", new TreeSet<>(languages));
        fields.put("preferredLanguage", preferredLanguage);
        fields.put("interpreterNeeded", interpreterNeeded);
        fields.put("phone", phone);
        fields.put("email", email);
        fields.put("address", address);
        return fields;
    }

    private void apply(PersonDetails details, String recordedBy, Instant now) {
        this.name = details.name();
        this.sex = details.sex();
        this.birthDate = details.birthDate();
        this.citizenships = new HashSet<>(nonNull(details.citizenships()));
        this.countryOfBirth = blankToNull(details.countryOfBirth());
        this.languages = new HashSet<>(nonNull(details.languages()));
        this.preferredLanguage = blankToNull(details.preferredLanguage());
        if (preferredLanguage != null) {
            languages.add(preferredLanguage);
        }
        this.interpreterNeeded = details.interpreterNeeded();
        this.phone = blankToNull(details.phone());
        this.phoneDigits = phone == null ? null : phone.replaceAll("[^0-9]", "");
        this.email = blankToNull(details.email());
        this.address = blankToNull(details.address());
        this.sortName = name.sortKey();
        this.updatedAt = now;
        this.updatedBy = recordedBy;
    }

    /** Records a residence event and derives the current residence again. */
    public ResidenceEvent record(ResidenceEventFacts facts, MigrationRule rule, String recordedBy, Instant now) {
        return add(new ResidenceEvent(this, facts, rule, recordedBy, now, null), now);
    }

    /**
     * Corrects an event by recording a new one that points at it; the corrected event stays
     * in the timeline but no longer counts.
     */
    public ResidenceEvent correct(
            long eventId, ResidenceEventFacts facts, MigrationRule rule, String recordedBy, Instant now) {
        ResidenceEvent corrected = events.stream()
                .filter(e -> Objects.equals(e.getId(), eventId))
                .findFirst()
                .orElseThrow(() -> new NotFound("event " + eventId));
        if (!effectiveEvents().contains(corrected)) {
            throw new RuleViolation("correctsEventId", "event.alreadyCorrected");
        }
        return add(new ResidenceEvent(this, facts, rule, recordedBy, now, corrected.getId()), now);
    }

    private ResidenceEvent add(ResidenceEvent event, Instant now) {
        events.add(event);
        events.sort(Comparator.comparing(ResidenceEvent::getEventDate)
                .thenComparing(e -> e.getId() == null ? Long.MAX_VALUE : e.getId()));
        deriveResidence(LocalDate.ofInstant(now, java.time.ZoneOffset.UTC));
        return event;
    }

    /** The events that count: every event not corrected by a later one. */
    public List<ResidenceEvent> effectiveEvents() {
        Set<Long> corrected = new HashSet<>();
        events.stream()
                .map(ResidenceEvent::getCorrectsEventId)
                .filter(Objects::nonNull)
                .forEach(corrected::add);
        return events.stream()
                .filter(e -> e.getId() == null || !corrected.contains(e.getId()))
                .toList();
    }

    /** The latest event that counts, which determines where the person lives now. */
    public Optional<ResidenceEvent> currentResidence() {
        List<ResidenceEvent> effective = effectiveEvents();
        return effective.isEmpty() ? Optional.empty() : Optional.of(effective.get(effective.size() - 1));
    }

    /** Recomputes district and status from the events, as of {@code today}. */
    public void deriveResidence(LocalDate today) {
        Optional<ResidenceEvent> current = currentResidence();
        if (current.isEmpty()) {
            return;
        }
        ResidenceEvent latest = current.get();
        if (latest.getType().endsResidence()) {
            status = ResidenceStatus.DEPARTED;
            districtId = null;
            return;
        }
        districtId = latest.getDistrictId();
        LocalDate arrivedOn = arrivalOfCurrentStay();
        status = arrivedOn.plusMonths(NEWCOMER_MONTHS).isAfter(today)
                ? ResidenceStatus.NEWCOMER
                : ResidenceStatus.RESIDENT;
    }

    /** The day the current stay in the city began, if the person lives in the city. */
    public Optional<LocalDate> arrivedOn() {
        return status == ResidenceStatus.DEPARTED ? Optional.empty() : Optional.ofNullable(arrivalOfCurrentStay());
    }

    /** Records what the person can do (replaces the previous list); jobs and training match on it. */
    public void recordSkills(java.util.Collection<SkillGroup> newSkills, String recordedBy, Instant now) {
        skills.clear();
        skills.addAll(newSkills);
        this.updatedAt = now;
        this.updatedBy = recordedBy;
    }

    public Set<SkillGroup> getSkills() {
        return Set.copyOf(skills);
    }

    /** The date the current stay in the city began (moves within the city do not restart it). */
    private LocalDate arrivalOfCurrentStay() {
        LocalDate arrival = null;
        for (ResidenceEvent event : effectiveEvents()) {
            if (event.getType().endsResidence()) {
                arrival = null;
            } else if (arrival == null) {
                arrival = event.getEventDate();
            }
        }
        return arrival;
    }

    /**
     * Confirms or reclassifies provisional events whose period under the duration rule has
     * passed, from what the timeline shows happened.
     */
    public void settleEvents(MigrationRule rule, LocalDate today) {
        List<ResidenceEvent> effective = effectiveEvents();
        for (int i = 0; i < effective.size(); i++) {
            ResidenceEvent event = effective.get(i);
            LocalDate periodEnd = rule.confirmableOn(event.getEventDate());
            boolean interrupted = effective.subList(i + 1, effective.size()).stream()
                    .filter(later -> later.getEventDate().isBefore(periodEnd))
                    .anyMatch(later -> event.getType().endsResidence()
                            ? later.getType().establishesResidence()
                            : later.getType().endsResidence());
            event.settle(rule, today, !interrupted);
        }
        deriveResidence(today);
    }

    public void addDocument(DocumentType type, String number, String issuingCountry, LocalDate expiryDate) {
        documents.add(new IdentityDocument(this, type, number, issuingCountry, expiryDate));
    }

    public ConsentRecord recordConsent(ConsentPurpose purpose, boolean granted, String recordedBy, Instant now) {
        ConsentRecord record = new ConsentRecord(this, purpose, granted, recordedBy, now);
        consents.add(record);
        return record;
    }

    /** The needs found at the latest visit (earlier visits' needs are considered dealt with). */
    public Set<NeedCategory> currentNeeds() {
        return assessments.stream()
                .max(Comparator.comparing(NeedsAssessment::getVisitDate)
                        .thenComparing(a -> a.getId() == null ? Long.MAX_VALUE : a.getId()))
                .map(a -> a.getNeeds().stream()
                        .map(Need::getCategory)
                        .collect(java.util.stream.Collectors.toCollection(
                                () -> java.util.EnumSet.noneOf(NeedCategory.class))))
                .map(Set::copyOf)
                .orElse(Set.of());
    }

    /** Whether the latest record for {@code purpose} grants it. */
    public boolean hasConsentTo(ConsentPurpose purpose) {
        ConsentRecord latest = null;
        for (ConsentRecord record : consents) {
            if (record.getPurpose() == purpose) {
                latest = record;
            }
        }
        return latest != null && latest.isGranted();
    }

    /** Where consent for {@code purpose} stands now. */
    public ConsentState consentState(ConsentPurpose purpose) {
        if (hasConsentTo(purpose)) {
            return ConsentState.GIVEN;
        }
        return consents.stream().anyMatch(c -> c.getPurpose() == purpose)
                ? ConsentState.WITHDRAWN
                : ConsentState.NOT_GIVEN;
    }

    /** Consent for one purpose: given, withdrawn after being given, or never given. */
    public enum ConsentState {
        GIVEN,
        WITHDRAWN,
        NOT_GIVEN
    }

    public NeedsAssessment assessNeeds(LocalDate visitDate, List<Need> needs, String recordedBy, Instant now) {
        NeedsAssessment assessment = new NeedsAssessment(this, visitDate, needs, recordedBy, now);
        assessments.add(assessment);
        return assessment;
    }

    /** The address the person moved to with their household (see {@link Household#recordTogether}). */
    void moveTo(String newAddress, String recordedBy, Instant now) {
        this.address = blankToNull(newAddress);
        this.updatedAt = now;
        this.updatedBy = recordedBy;
    }

    /** Joins {@code newHousehold} (leaving any previous one) in the given relationship. */
    public void joinHousehold(Household newHousehold, HouseholdRole role) {
        if (household != null) {
            household.leave(this);
        }
        household = newHousehold;
        householdRole = role == null ? HouseholdRole.NOT_RELATED : role;
        newHousehold.join(this);
    }

    /**
     * Marks this record as merged into {@code survivorId}: it leaves its household, and its
     * events, documents, consent and needs have moved to the survivor.
     */
    public void mergeInto(String survivorId, Instant now, String recordedBy) {
        if (mergedInto != null) {
            throw new RuleViolation("person", "merge.alreadyMerged");
        }
        if (id.equals(survivorId)) {
            throw new RuleViolation("person", "merge.samePerson");
        }
        if (household != null) {
            household.leave(this);
            household = null;
            householdRole = null;
        }
        mergedInto = survivorId;
        updatedAt = now;
        updatedBy = recordedBy;
    }

    /** Undoes {@link #mergeInto}: the record counts again, back in its household if it had one. */
    public void separate(Household formerHousehold, HouseholdRole formerRole, Instant now, String recordedBy) {
        mergedInto = null;
        if (formerHousehold != null) {
            joinHousehold(formerHousehold, formerRole);
        }
        updatedAt = now;
        updatedBy = recordedBy;
    }

    public boolean isMerged() {
        return mergedInto != null;
    }

    public String getMergedInto() {
        return mergedInto;
    }

    /** Name keys for search: every form of every name. */
    public <T> Set<T> nameKeys(Function<String, Set<T>> keysOfName) {
        return keysOfName.apply(name.allForms());
    }

    private static <T> Set<T> nonNull(Set<T> values) {
        return values == null ? Set.of() : values;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getId() {
        return id;
    }

    public PersonName getName() {
        return name;
    }

    public Sex getSex() {
        return sex;
    }

    public BirthDate getBirthDate() {
        return birthDate;
    }

    public Set<String> getCitizenships() {
        return Set.copyOf(citizenships);
    }

    public String getCountryOfBirth() {
        return countryOfBirth;
    }

    public Set<String> getLanguages() {
        return Set.copyOf(languages);
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public boolean isInterpreterNeeded() {
        return interpreterNeeded;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getAddress() {
        return address;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public ResidenceStatus getStatus() {
        return status;
    }

    public Household getHousehold() {
        return household;
    }

    public HouseholdRole getHouseholdRole() {
        return householdRole;
    }

    public List<IdentityDocument> getDocuments() {
        return List.copyOf(documents);
    }

    public List<ResidenceEvent> getEvents() {
        return List.copyOf(events);
    }

    public List<ConsentRecord> getConsents() {
        return List.copyOf(consents);
    }

    public List<NeedsAssessment> getAssessments() {
        return List.copyOf(assessments);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
