package org.welcomedesk.services.web;

import org.welcomedesk.platform.web.PageNotices;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.platform.i18n.Messages;
import org.welcomedesk.registry.records.domain.NeedCategory;
import org.welcomedesk.registry.records.domain.SkillGroup;
import org.welcomedesk.services.application.Directory;
import org.welcomedesk.services.domain.Criterion;
import org.welcomedesk.services.domain.EligibilityRule;
import org.welcomedesk.services.domain.Location;
import org.welcomedesk.services.domain.OfferKind;
import org.welcomedesk.services.domain.OpeningHours;
import org.welcomedesk.services.domain.Service;
import org.welcomedesk.services.domain.ServiceAtLocation;
import org.welcomedesk.services.domain.ServiceStatus;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * admin/service.xhtml ({@code ?id=} to edit, {@code ?organization=} for a new one): what a
 * service offers, to whom (eligibility rules as data), and where and when (the locations it is
 * offered at, each with its opening hours). The domain checks everything; this page only turns
 * the form into the directory's forms and back, and keeps what was typed when a save is refused.
 */
@Named
@ViewScoped
public class ServiceEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** iCalendar BYDAY codes, Monday first, as HSDS schedules use them. */
    private static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    @Inject
    Directory directory;

    private String id;
    private Long version;
    private String organizationId;
    private String organizationName;
    private String name;
    private String description;
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
    private final List<PlaceRow> places = new ArrayList<>();
    private String newLocationId;
    private boolean loaded;
    private transient List<SelectItem> locationChoices;

    /** On the first request: the service as saved, or the organisation a new one belongs to. */
    public void load() {
        if (loaded) {
            return;
        }
        if (id != null) {
            fill(directory.service(id));
            loadPlaces();
        } else if (organizationId != null) {
            organizationName = directory.organization(organizationId).getName();
        }
        loaded = true;
    }

    private void fill(Service service) {
        id = service.getId();
        version = service.getVersion();
        organizationId = service.getOrganization().getId();
        organizationName = service.getOrganization().getName();
        name = service.getName();
        description = service.getDescription();
        url = service.getUrl();
        email = service.getEmail();
        phone = service.getPhone();
        status = service.getStatus();
        offer = service.getOffer();
        eligibilityDescription = service.getEligibilityDescription();
        applicationProcess = service.getApplicationProcess();
        feesDescription = service.getFeesDescription();
        capacity = service.getCapacity();
        categories = service.getCategories().stream().sorted().toArray(NeedCategory[]::new);
        languages = service.getLanguages().stream().sorted().collect(Collectors.toCollection(ArrayList::new));
        skills = service.getSkills().stream().sorted().toArray(SkillGroup[]::new);
        documentsToBring = String.join("\n", service.getDocumentsToBring());
        rules.clear();
        for (EligibilityRule rule : service.getRules()) {
            rules.add(new RuleRow(rule.getCriterion(), rule.getValue()));
        }
    }

    private void loadPlaces() {
        places.clear();
        for (ServiceAtLocation place : directory.placesOf(id)) {
            places.add(PlaceRow.of(place));
        }
        locationChoices = null;
    }

    /** Saves over the version this form was opened on; a new service opens for editing. */
    public void save() throws IOException {
        Service saved = directory.save(new Directory.ServiceForm(id, version, organizationId, name, description, url,
                email, phone, status, offer, eligibilityDescription, applicationProcess, feesDescription, capacity,
                Set.of(categories), List.copyOf(languages), Set.of(skills), lines(documentsToBring),
                rules.stream().map(r -> new Directory.RuleForm(r.getCriterion(), r.getValue())).toList()));
        if (id == null) {
            PageNotices.confirmAndGo("directoryAdmin.saved", "/admin/service.xhtml?id=" + PageNotices.encode(saved.getId()));
            return;
        }
        fill(directory.service(id));
        PageNotices.confirm("directoryAdmin.saved");
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().toList();
    }

    public void addRule() {
        rules.add(new RuleRow(null, null));
    }

    public void removeRule(RuleRow rule) {
        rules.remove(rule);
    }

    // ---- where the service is offered --------------------------------------------------------

    /** Offers the service at the chosen location of its organisation. */
    public void offerAtLocation() {
        directory.save(new Directory.PlaceForm(null, null, id, newLocationId, null, List.of()));
        newLocationId = null;
        loadPlaces();
        PageNotices.confirm("directoryAdmin.place.added");
    }

    /** Saves one location's description and opening hours over the version shown. */
    public void savePlace(PlaceRow place) {
        directory.save(new Directory.PlaceForm(place.getId(), place.getVersion(), id, place.getLocationId(),
                place.getDescription(), place.getHours().stream()
                .map(h -> new Directory.HoursForm(String.join(",", h.getDays()), h.getOpensAt(), h.getClosesAt(),
                        h.getDescription())).toList()));
        loadPlaces();
        PageNotices.confirm("directoryAdmin.saved");
    }

    /** Stops offering the service at a location (refused by the directory once anyone was referred there). */
    public void removePlace(PlaceRow place) {
        directory.remove(place.getId());
        loadPlaces();
        PageNotices.confirm("directoryAdmin.place.removed");
    }

    public void addHours(PlaceRow place) {
        place.getHours().add(new HoursRow(new String[0], null, null, null));
    }

    public void removeHours(PlaceRow place, HoursRow hours) {
        place.getHours().remove(hours);
    }

    /**
     * The locations the service is not offered at yet: its organisation's own first, then those
     * of other organisations (a partner may hold sessions in another organisation's building).
     */
    public List<SelectItem> getLocationChoices() {
        if (locationChoices == null) {
            List<Location> free = directory.locations().stream()
                    .filter(l -> places.stream().noneMatch(p -> p.getLocationId().equals(l.getId())))
                    .toList();
            List<Location> own = free.stream().filter(l -> l.getOrganization().getId().equals(organizationId)).toList();
            List<Location> others = free.stream().filter(l -> !own.contains(l)).toList();
            List<SelectItem> groups = new ArrayList<>();
            if (!own.isEmpty()) {
                groups.add(group(Messages.text(PageNotices.locale(), "directoryAdmin.place.ownLocations", organizationName),
                        own.stream().map(l -> new SelectItem(l.getId(), l.getName()))));
            }
            if (!others.isEmpty()) {
                groups.add(group(Messages.text(PageNotices.locale(), "directoryAdmin.place.otherLocations"),
                        others.stream().map(l -> new SelectItem(l.getId(),
                                l.getName() + " (" + l.getOrganization().getName() + ")"))));
            }
            locationChoices = groups;
        }
        return locationChoices;
    }

    private static SelectItemGroup group(String label, Stream<SelectItem> items) {
        return new SelectItemGroup(label, null, false, items.toArray(SelectItem[]::new));
    }

    // ---- choices --------------------------------------------------------------------------------

    public ServiceStatus[] getStatuses() {
        return ServiceStatus.values();
    }

    public OfferKind[] getOfferKinds() {
        return OfferKind.values();
    }

    public NeedCategory[] getNeedCategories() {
        return NeedCategory.values();
    }

    public SkillGroup[] getSkillGroups() {
        return SkillGroup.values();
    }

    public Criterion[] getCriteria() {
        return Criterion.values();
    }

    public List<String> getDays() {
        return DAYS;
    }

    // ---- form state -----------------------------------------------------------------------------

    public boolean isCreating() {
        return id == null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(String organizationId) {
        this.organizationId = organizationId;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
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

    public List<PlaceRow> getPlaces() {
        return places;
    }

    public String getNewLocationId() {
        return newLocationId;
    }

    public void setNewLocationId(String newLocationId) {
        this.newLocationId = newLocationId;
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

    /** The service at one location as edited: its description and weekly opening hours. */
    public static class PlaceRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String id;
        private final long version;
        private final String locationId;
        private final String locationName;
        private final String address;
        private String description;
        private final List<HoursRow> hours = new ArrayList<>();

        private PlaceRow(String id, long version, String locationId, String locationName, String address) {
            this.id = id;
            this.version = version;
            this.locationId = locationId;
            this.locationName = locationName;
            this.address = address;
        }

        static PlaceRow of(ServiceAtLocation place) {
            PlaceRow row = new PlaceRow(place.getId(), place.getVersion(), place.getLocation().getId(),
                    place.getLocation().getName(), place.getLocation().addressLine());
            row.description = place.getDescription();
            for (OpeningHours h : place.getHours()) {
                row.hours.add(new HoursRow(h.getByDay().split(","), h.getOpensAt(), h.getClosesAt(), h.getDescription()));
            }
            return row;
        }

        public String getId() {
            return id;
        }

        public long getVersion() {
            return version;
        }

        public String getLocationId() {
            return locationId;
        }

        public String getLocationName() {
            return locationName;
        }

        public String getAddress() {
            return address;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public List<HoursRow> getHours() {
            return hours;
        }
    }

    /** One weekly opening period as edited: days ticked, opening and closing time. */
    public static class HoursRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String[] days;
        private LocalTime opensAt;
        private LocalTime closesAt;
        private String description;

        HoursRow(String[] days, LocalTime opensAt, LocalTime closesAt, String description) {
            this.days = days.clone();
            this.opensAt = opensAt;
            this.closesAt = closesAt;
            this.description = description;
        }

        /** The ticked days as BYDAY codes (MO..SU). */
        public String[] getDays() {
            return days.clone();
        }

        public void setDays(String[] days) {
            this.days = days == null ? new String[0] : days.clone();
        }

        public LocalTime getOpensAt() {
            return opensAt;
        }

        public void setOpensAt(LocalTime opensAt) {
            this.opensAt = opensAt;
        }

        public LocalTime getClosesAt() {
            return closesAt;
        }

        public void setClosesAt(LocalTime closesAt) {
            this.closesAt = closesAt;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }
}
