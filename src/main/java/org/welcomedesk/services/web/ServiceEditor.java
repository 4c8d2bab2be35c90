package org.welcomedesk.services.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.platform.i18n.Messages;
import org.welcomedesk.platform.web.PageNotices;
import org.welcomedesk.registry.records.domain.NeedCategory;
import org.welcomedesk.registry.records.domain.SkillGroup;
import org.welcomedesk.services.application.Directory;
import org.welcomedesk.services.domain.Criterion;
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
import java.util.stream.Stream;

/**
 * admin/service.xhtml ({@code ?id=} to edit, {@code ?organization=} for a new one): what a
 * service offers, to whom (eligibility rules as data), and where and when (the locations it is
 * offered at, each with its opening hours). The domain checks everything; the service's fields
 * ({@link ServiceFields}) keep what was typed when a save is refused, and each place is saved apart.
 */
@Named
@ViewScoped
public class ServiceEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** iCalendar BYDAY codes, Monday first, as HSDS schedules use them. */
    private static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    @Inject
    Directory directory;

    private ServiceFields form = new ServiceFields();
    private final List<PlaceRow> places = new ArrayList<>();
    private String newLocationId;
    private boolean loaded;
    private transient List<SelectItem> locationChoices;

    /** On the first request: the service as saved, or the organisation a new one belongs to. */
    public void load() {
        if (loaded) {
            return;
        }
        if (form.getId() != null) {
            form = ServiceFields.of(directory.service(form.getId()));
            loadPlaces();
        } else if (form.getOrganizationId() != null) {
            form.belongTo(directory.organization(form.getOrganizationId()));
        }
        loaded = true;
    }

    private void loadPlaces() {
        places.clear();
        for (ServiceAtLocation place : directory.placesOf(form.getId())) {
            places.add(PlaceRow.of(place));
        }
        locationChoices = null;
    }

    /** Saves over the version this form was opened on; a new service opens for editing. */
    public void save() throws IOException {
        Service saved = directory.save(form.toForm());
        if (form.isCreating()) {
            PageNotices.confirmAndGo(
                    "directoryAdmin.saved", "/admin/service.xhtml?id=" + PageNotices.encode(saved.getId()));
            return;
        }
        form = ServiceFields.of(directory.service(form.getId()));
        PageNotices.confirm("directoryAdmin.saved");
    }

    public void addRule() {
        form.addRule();
    }

    public void removeRule(ServiceFields.RuleRow rule) {
        form.removeRule(rule);
    }

    // ---- where the service is offered --------------------------------------------------------

    /** Offers the service at the chosen location of its organisation. */
    public void offerAtLocation() {
        directory.save(new Directory.PlaceForm(null, null, form.getId(), newLocationId, null, List.of()));
        newLocationId = null;
        loadPlaces();
        PageNotices.confirm("directoryAdmin.place.added");
    }

    /** Saves one location's description and opening hours over the version shown. */
    public void savePlace(PlaceRow place) {
        directory.save(new Directory.PlaceForm(
                place.getId(),
                place.getVersion(),
                form.getId(),
                place.getLocationId(),
                place.getDescription(),
                place.getHours().stream()
                        .map(h -> new Directory.HoursForm(
                                String.join(",", h.getDays()), h.getOpensAt(), h.getClosesAt(), h.getDescription()))
                        .toList()));
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
                    .filter(l ->
                            places.stream().noneMatch(p -> p.getLocationId().equals(l.getId())))
                    .toList();
            List<Location> own = free.stream()
                    .filter(l -> l.getOrganization().getId().equals(form.getOrganizationId()))
                    .toList();
            List<Location> others = free.stream().filter(l -> !own.contains(l)).toList();
            List<SelectItem> groups = new ArrayList<>();
            if (!own.isEmpty()) {
                groups.add(group(
                        Messages.text(
                                PageNotices.locale(), "directoryAdmin.place.ownLocations", form.getOrganizationName()),
                        own.stream().map(l -> new SelectItem(l.getId(), l.getName()))));
            }
            if (!others.isEmpty()) {
                groups.add(group(
                        Messages.text(PageNotices.locale(), "directoryAdmin.place.otherLocations"),
                        others.stream()
                                .map(l -> new SelectItem(
                                        l.getId(),
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

    public ServiceFields getForm() {
        return form;
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
            PlaceRow row = new PlaceRow(
                    place.getId(),
                    place.getVersion(),
                    place.getLocation().getId(),
                    place.getLocation().getName(),
                    place.getLocation().addressLine());
            row.description = place.getDescription();
            for (OpeningHours h : place.getHours()) {
                row.hours.add(
                        new HoursRow(h.getByDay().split(","), h.getOpensAt(), h.getClosesAt(), h.getDescription()));
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
