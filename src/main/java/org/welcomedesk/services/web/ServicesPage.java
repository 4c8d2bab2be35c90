package org.welcomedesk.services.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.platform.web.PageNotices;
import org.welcomedesk.registry.records.application.PersonRecords;
import org.welcomedesk.registry.records.domain.NeedCategory;
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.services.application.Referrals;
import org.welcomedesk.services.application.RoutingTexts;
import org.welcomedesk.services.application.ServiceMatching;
import org.welcomedesk.services.domain.Referral;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * desk/services.xhtml: the services, jobs and training that suit a person, with reasons, and
 * their referrals; the clerk picks a place and drafts a referral.
 */
@Named
@ViewScoped
public class ServicesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonRecords records;

    @Inject
    ServiceMatching matching;

    @Inject
    Referrals referrals;

    @Inject
    RoutingTexts texts;

    private String id;
    private String personName;
    private List<NeedCategory> needs = new ArrayList<>();
    private List<FitView> eligible = List.of();
    private List<FitView> ineligible = List.of();
    private List<FitView> opportunities = List.of();
    private List<NeedCategory> unmetNeeds = List.of();
    private List<ReferralRow> referralRows = List.of();

    // the referral being drafted
    private String placeId;
    private NeedCategory need;
    private LocalDate dueDate;
    private String note;

    /** Loads the person and matches all their open needs, from every visit (f:viewAction). */
    public void load() {
        if (personName == null && id != null) {
            Person person = records.view(id);
            personName = person.getName().display();
            needs = referrals.openNeeds(id).stream().sorted().collect(Collectors.toCollection(ArrayList::new));
            match();
        }
    }

    /** Matches again for the needs ticked. */
    public void match() {
        Locale locale = PageNotices.locale();
        var found =
                matching.forPerson(id, needs.isEmpty() ? EnumSet.noneOf(NeedCategory.class) : EnumSet.copyOf(needs));
        needs = new ArrayList<>(found.needs());
        eligible = found.eligibleServices().stream()
                .map(f -> FitView.of(f, texts, locale))
                .toList();
        ineligible = found.ineligibleServices().stream()
                .map(f -> FitView.of(f, texts, locale))
                .toList();
        opportunities = found.opportunities().stream()
                .map(f -> FitView.of(f, texts, locale))
                .toList();
        unmetNeeds = found.unmetNeeds();
        referralRows = referrals.ofPerson(id).stream().map(ReferralRow::of).toList();
    }

    /**
     * Chooses the place to refer to; the need defaults to the first of the person's needs it
     * meets. A due date or note already typed is kept for the new place.
     */
    public void choose(FitView place) {
        placeId = place.placeId();
        need = needs.stream()
                .filter(n -> place.needs().contains(n))
                .findFirst()
                .orElse(place.needs().get(0));
    }

    /** Drafts the referral and opens it, with a confirmation, to check consent and send. */
    public void refer() throws IOException {
        Referral referral = referrals.draft(id, placeId, need, note, dueDate);
        PageNotices.confirmAndGo(
                "services.referred", "/desk/referral.xhtml?code=" + PageNotices.encode(referral.getCode()));
    }

    /** The chosen place, for the referral form. */
    public FitView getChosen() {
        return java.util.stream.Stream.of(eligible, ineligible, opportunities)
                .flatMap(List::stream)
                .filter(f -> f.placeId().equals(placeId))
                .findFirst()
                .orElse(null);
    }

    public NeedCategory[] getNeedCategories() {
        return NeedCategory.values();
    }

    /** A referral in the person's list. */
    public record ReferralRow(
            String code, String serviceName, String locationName, String need, String status, LocalDate dueDate)
            implements Serializable {
        static ReferralRow of(Referral r) {
            return new ReferralRow(
                    r.getCode(),
                    r.getPlace().getService().getName(),
                    r.getPlace().getLocation().getName(),
                    r.getNeed().name(),
                    r.getStatus().name(),
                    r.getDueDate());
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPersonName() {
        return personName;
    }

    public List<NeedCategory> getNeeds() {
        return needs;
    }

    public void setNeeds(List<NeedCategory> needs) {
        this.needs = needs == null ? new ArrayList<>() : new ArrayList<>(needs);
    }

    public List<FitView> getEligible() {
        return eligible;
    }

    public List<FitView> getIneligible() {
        return ineligible;
    }

    public List<FitView> getOpportunities() {
        return opportunities;
    }

    public List<NeedCategory> getUnmetNeeds() {
        return unmetNeeds;
    }

    public List<ReferralRow> getReferrals() {
        return referralRows;
    }

    public String getPlaceId() {
        return placeId;
    }

    public NeedCategory getNeed() {
        return need;
    }

    public void setNeed(NeedCategory need) {
        this.need = need;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
