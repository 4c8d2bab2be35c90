package org.welcomedesk.services.web;

import org.welcomedesk.registry.records.domain.NeedCategory;
import org.welcomedesk.registry.records.domain.SkillGroup;
import org.welcomedesk.services.application.Directory;
import org.welcomedesk.services.domain.Criterion;
import org.welcomedesk.services.domain.EligibilityRule;
import org.welcomedesk.services.domain.OfferKind;
import org.welcomedesk.services.domain.Service;
import org.welcomedesk.services.domain.ServiceStatus;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The service editor's form: what a service offers and to whom, with its eligibility rules,
 * kept as typed until the directory accepts them. Where it is offered is saved apart (see
 * {@link ServiceEditor}).
 */
public class ServiceFields extends OrganizationPartFields {

    private static final long serialVersionUID = 1L;

    private String url;
    private String email;
    private String phone;
    private ServiceStatus status = ServiceStatus.ACTIVE;
    private OfferKind offer = OfferKind.SERVICE;
    private String eligibilityDescription;
    private String applicationProcess;
    private String feesDescription;
    private Integer capacity;
    private NeedCategory[] categories = {};
    private List<String> languages = new ArrayList<>();
    private SkillGroup[] skills = {};
    private String documentsToBring;
    private final List<RuleRow> rules = new ArrayList<>();

    /** The form filled from the service as saved. */
    static ServiceFields of(Service service) {
        ServiceFields form = new ServiceFields();
        form.fill(service.getId(), service.getVersion(), service.getName(), service.getDescription());
        form.belongTo(service.getOrganization());
        form.url = service.getUrl();
        form.email = service.getEmail();
        form.phone = service.getPhone();
        form.status = service.getStatus();
        form.offer = service.getOffer();
        form.eligibilityDescription = service.getEligibilityDescription();
        form.applicationProcess = service.getApplicationProcess();
        form.feesDescription = service.getFeesDescription();
        form.capacity = service.getCapacity();
        form.categories = service.getCategories().stream().sorted().toArray(NeedCategory[]::new);
        form.languages = service.getLanguages().stream().sorted().collect(Collectors.toCollection(ArrayList::new));
        form.skills = service.getSkills().stream().sorted().toArray(SkillGroup[]::new);
        form.documentsToBring = String.join("\n", service.getDocumentsToBring());
        for (EligibilityRule rule : service.getRules()) {
            form.rules.add(new RuleRow(rule.getCriterion(), rule.getValue()));
        }
        return form;
    }

    /** What was typed, as the directory takes it. */
    Directory.ServiceForm toForm() {
        return new Directory.ServiceForm(
                getId(),
                getVersion(),
                getOrganizationId(),
                getName(),
                getDescription(),
                url,
                email,
                phone,
                status,
                offer,
                eligibilityDescription,
                applicationProcess,
                feesDescription,
                capacity,
                Set.of(categories),
                List.copyOf(languages),
                Set.of(skills),
                lines(documentsToBring),
                rules.stream()
                        .map(r -> new Directory.RuleForm(r.getCriterion(), r.getValue()))
                        .toList());
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().toList();
    }

    /** A new, empty rule row for the administrator to fill. */
    void addRule() {
        rules.add(new RuleRow(null, null));
    }

    void removeRule(RuleRow rule) {
        rules.remove(rule);
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public ServiceStatus getStatus() {
        return status;
    }

    public void setStatus(ServiceStatus status) {
        this.status = status;
    }

    public OfferKind getOffer() {
        return offer;
    }

    public void setOffer(OfferKind offer) {
        this.offer = offer;
    }

    public String getEligibilityDescription() {
        return eligibilityDescription;
    }

    public void setEligibilityDescription(String eligibilityDescription) {
        this.eligibilityDescription = eligibilityDescription;
    }

    public String getApplicationProcess() {
        return applicationProcess;
    }

    public void setApplicationProcess(String applicationProcess) {
        this.applicationProcess = applicationProcess;
    }

    public String getFeesDescription() {
        return feesDescription;
    }

    public void setFeesDescription(String feesDescription) {
        this.feesDescription = feesDescription;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public NeedCategory[] getCategories() {
        return categories.clone();
    }

    public void setCategories(NeedCategory[] categories) {
        this.categories = categories == null ? new NeedCategory[0] : categories.clone();
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages);
    }

    public SkillGroup[] getSkills() {
        return skills.clone();
    }

    public void setSkills(SkillGroup[] skills) {
        this.skills = skills == null ? new SkillGroup[0] : skills.clone();
    }

    public String getDocumentsToBring() {
        return documentsToBring;
    }

    public void setDocumentsToBring(String documentsToBring) {
        this.documentsToBring = documentsToBring;
    }

    public List<RuleRow> getRules() {
        return rules;
    }

    /** One eligibility rule as typed: kept as typed until the directory accepts it. */
    public static class RuleRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Criterion criterion;
        private String value;

        RuleRow(Criterion criterion, String value) {
            this.criterion = criterion;
            this.value = value;
        }

        public Criterion getCriterion() {
            return criterion;
        }

        public void setCriterion(Criterion criterion) {
            this.criterion = criterion;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }
    }
}
