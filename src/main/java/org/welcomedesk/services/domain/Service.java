package org.welcomedesk.services.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.registry.records.domain.NeedCategory;
import org.welcomedesk.registry.records.domain.SkillGroup;
import org.welcomedesk.registry.records.domain.SkillGroupCode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What an organisation offers (HSDS service): the needs it meets, who may use it (eligibility
 * rules kept as data), the languages spoken, what to bring, and how many people it can take at
 * a time. Jobs and training courses are services too, with the skills they ask for.
 */
@Entity
@NamedQuery(name = "Service.all", query = "select s from Service s order by s.organization.name, s.name, s.id")
@NamedQuery(
        name = "Service.of",
        query = "select s from Service s where s.organization = :organization order by s.name, s.id")
@Table(name = "service")
public class Service {

    @Id
    private String id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    private Organization organization;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 2000)
    private String description;

    private String url;

    private String email;

    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ServiceStatus status = ServiceStatus.ACTIVE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OfferKind offer = OfferKind.SERVICE;

    @Column(name = "eligibility_description", length = 2000)
    private String eligibilityDescription;

    @Column(name = "application_process", length = 2000)
    private String applicationProcess;

    @Column(name = "fees_description", length = 1000)
    private String feesDescription;

    /** People it can take at a time (open referrals); null when not limited. */
    private Integer capacity;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_category", joinColumns = @JoinColumn(name = "service_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "category")
    private Set<NeedCategory> categories = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_language", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "language_code")
    private Set<String> languages = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_skill", joinColumns = @JoinColumn(name = "service_id"))
    @Convert(converter = SkillGroupCode.class)
    @Column(name = "skill")
    private Set<SkillGroup> skills = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_document", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "position")
    @Column(name = "document")
    private List<String> documentsToBring = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "eligibility_rule", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "position")
    private List<EligibilityRule> rules = new ArrayList<>();

    @Version
    private long version;

    protected Service() {
        // for JPA
    }

    public Service(String id, Organization organization, String name, OfferKind offer) {
        this.id = id == null ? UUID.randomUUID().toString() : id;
        this.organization = organization;
        rename(name);
        this.offer = offer == null ? OfferKind.SERVICE : offer;
    }

    public final void rename(String newName) {
        this.name = Text.required("name", newName, 200);
    }

    public void describe(String description, String url, String email, String phone) {
        this.description = Text.optional("description", description, 2000);
        this.url = Text.optional("url", url, 400);
        this.email = Text.optional("email", email, 200);
        this.phone = Text.optional("phone", phone, 40);
    }

    public void explainAccess(String eligibilityDescription, String applicationProcess, String feesDescription) {
        this.eligibilityDescription = Text.optional("eligibilityDescription", eligibilityDescription, 2000);
        this.applicationProcess = Text.optional("applicationProcess", applicationProcess, 2000);
        this.feesDescription = Text.optional("feesDescription", feesDescription, 1000);
    }

    public void offerAs(OfferKind kind, ServiceStatus newStatus) {
        this.offer = kind == null ? OfferKind.SERVICE : kind;
        this.status = newStatus == null ? ServiceStatus.ACTIVE : newStatus;
    }

    /** The needs it meets: at least one, so a clerk can find it. */
    public void meets(Collection<NeedCategory> needs) {
        if (needs == null || needs.isEmpty()) {
            throw new RuleViolation("categories", "validation.required");
        }
        categories.clear();
        categories.addAll(EnumSet.copyOf(needs));
    }

    public void speaks(Collection<String> languageCodes) {
        Set<String> codes = new TreeSet<>();
        for (String code : languageCodes) {
            if (code == null || !code.strip().matches("[a-zA-Z]{2,3}")) {
                throw new RuleViolation("languages", "directory.language.invalid", String.valueOf(code));
            }
            codes.add(code.strip().toLowerCase(Locale.ROOT));
        }
        languages.clear();
        languages.addAll(codes);
    }

    public void asksForSkills(Collection<SkillGroup> required) {
        skills.clear();
        skills.addAll(required.isEmpty() ? Set.of() : EnumSet.copyOf(required));
    }

    /** What the person should bring, in the order shown on the slip. */
    public void asksToBring(List<String> documents) {
        List<String> cleaned = new ArrayList<>();
        for (String document : documents) {
            String text = Text.optional("documentsToBring", document, 200);
            if (text != null) {
                cleaned.add(text);
            }
        }
        documentsToBring.clear();
        documentsToBring.addAll(cleaned);
    }

    /** People it can take at a time, or null when not limited. */
    public void limitTo(Integer places) {
        if (places != null && places < 0) {
            throw new RuleViolation("capacity", "directory.capacity.invalid");
        }
        this.capacity = places;
    }

    /** Replaces the eligibility rules; a criterion may appear only once. */
    public void restrictTo(List<EligibilityRule> newRules) {
        if (newRules.stream().map(EligibilityRule::getCriterion).distinct().count() != newRules.size()) {
            throw new RuleViolation("rules", "eligibility.criterion.repeated");
        }
        rules.clear();
        rules.addAll(newRules);
    }

    /** Every rule evaluated for the person, met or not. */
    public List<Reason> eligibilityOf(PersonProfile person) {
        return rules.stream().map(rule -> rule.evaluate(person)).toList();
    }

    public boolean isActive() {
        return status == ServiceStatus.ACTIVE;
    }

    public boolean meetsAnyOf(Collection<NeedCategory> needs) {
        return needs.stream().anyMatch(categories::contains);
    }

    public String getId() {
        return id;
    }

    public Organization getOrganization() {
        return organization;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getUrl() {
        return url;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public ServiceStatus getStatus() {
        return status;
    }

    public OfferKind getOffer() {
        return offer;
    }

    public String getEligibilityDescription() {
        return eligibilityDescription;
    }

    public String getApplicationProcess() {
        return applicationProcess;
    }

    public String getFeesDescription() {
        return feesDescription;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public Set<NeedCategory> getCategories() {
        return Set.copyOf(categories);
    }

    public Set<String> getLanguages() {
        return Set.copyOf(languages);
    }

    public Set<SkillGroup> getSkills() {
        return Set.copyOf(skills);
    }

    public List<String> getDocumentsToBring() {
        return List.copyOf(documentsToBring);
    }

    public List<EligibilityRule> getRules() {
        return List.copyOf(rules);
    }

    public long getVersion() {
        return version;
    }
}
