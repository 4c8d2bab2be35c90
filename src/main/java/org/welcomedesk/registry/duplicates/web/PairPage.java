package org.welcomedesk.registry.duplicates.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.platform.i18n.DayFormat;
import org.welcomedesk.platform.i18n.Messages;
import org.welcomedesk.platform.referencedata.web.Choices;
import org.welcomedesk.platform.web.PageNotices;
import org.welcomedesk.registry.duplicates.application.DuplicateReview;
import org.welcomedesk.registry.duplicates.domain.matching.Evidence;
import org.welcomedesk.registry.records.domain.BirthDate;
import org.welcomedesk.registry.records.domain.Person;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * desk/review/pair.xhtml: two records side by side, field by field in the reviewer's words,
 * with the engine's evidence and each record's household; the supervisor keeps one record
 * (merge) or says they are different people.
 */
@Named
@ViewScoped
public class PairPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Fields written left to right inside any text (numbers, addresses of mail), isolated on the page. */
    private static final Set<String> LEFT_TO_RIGHT = Set.of("birthDate", "phone", "email", "documents");

    @Inject
    DuplicateReview review;

    @Inject
    Choices choices;

    private Long id;
    private long version;
    private String survivorId;
    private transient DuplicateReview.PairView view;

    public void load() {
        if (view == null && id != null) {
            view = review.pair(id);
            version = view.pair().getVersion();
            if (survivorId == null) {
                survivorId = view.suggestedSurvivor();
            }
        }
    }

    public void merge() throws IOException {
        var merge = review.merge(id, version, survivorId);
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setRedirect(true);
        external.getFlash().put("merged", merge.getId());
        external.redirect(external.getRequestContextPath() + "/desk/person.xhtml?id=" + merge.getSurvivorId());
    }

    /** Records the decision and stays on this pair (its key in the URL), which now shows it decided. */
    public void notSame() throws IOException {
        review.notTheSamePerson(id, version);
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setRedirect(true);
        external.getFlash().put("decided", true);
        external.redirect(external.getRequestContextPath() + "/desk/review/pair.xhtml?id=" + id);
    }

    /** The fields of both records in form order, in words, with whether they differ. */
    public List<Row> getRows() {
        Locale locale = PageNotices.locale();
        Map<String, Object> a = view.a().snapshot();
        Map<String, Object> b = view.b().snapshot();
        List<Row> rows = new ArrayList<>();
        a.forEach((field, value) -> {
            Object other = b.get(field);
            boolean birth = field.equals("birthDate");
            rows.add(new Row(
                    field,
                    birth ? day(view.a().getBirthDate(), locale) : words(field, value, locale),
                    birth ? day(view.b().getBirthDate(), locale) : words(field, other, locale),
                    !Objects.equals(value, other),
                    LEFT_TO_RIGHT.contains(field)));
        });
        String documentsA = documents(view.a(), locale);
        String documentsB = documents(view.b(), locale);
        rows.add(new Row("documents", documentsA, documentsB, !documentsA.equals(documentsB), true));
        rows.add(new Row(
                "events",
                String.valueOf(view.a().getEvents().size()),
                String.valueOf(view.b().getEvents().size()),
                false,
                false));
        return rows;
    }

    /** Full dates in the viewer's pattern; partial ones as recorded (a year, a year and month). */
    private static String day(BirthDate birth, Locale locale) {
        if (birth == null || birth.getDay() == null) {
            return birth == null ? "" : birth.toString();
        }
        String text = DayFormat.format(LocalDate.of(birth.getYear(), birth.getMonth(), birth.getDay()), locale);
        return birth.isEstimated() ? "~" + text : text;
    }

    /** A recorded value as a reviewer reads it: names of codes, yes or no, lists joined. */
    private String words(String field, Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        return switch (field) {
            case "nameOrder" -> Messages.text(locale, "nameOrder." + value);
            case "sex" -> Messages.text(locale, "sex." + value);
            case "countryOfBirth" -> choices.countryName((String) value);
            case "citizenships" -> joined(value, choices::countryName);
            case "preferredLanguage" -> choices.languageName((String) value);
            case "languages" -> joined(value, choices::languageName);
            case "interpreterNeeded" -> Messages.text(locale, Boolean.TRUE.equals(value) ? "answer.yes" : "answer.no");
            default -> value instanceof Collection<?> ? joined(value, String::valueOf) : String.valueOf(value);
        };
    }

    private static String joined(Object values, Function<String, String> name) {
        return String.join(
                ", ",
                ((Collection<?>) values)
                        .stream().map(v -> name.apply(String.valueOf(v))).toList());
    }

    private static String documents(Person person, Locale locale) {
        return String.join(
                ", ",
                person.getDocuments().stream()
                        .map(d -> Messages.text(locale, "document." + d.getType()) + " " + d.getNumber())
                        .toList());
    }

    /** The score in the viewer's notation, to one decimal (16.1): more digits say nothing to a reviewer. */
    public String getScore() {
        return String.format(PageNotices.locale(), "%.1f", view.comparison().score());
    }

    public List<Evidence> getEvidence() {
        return view.comparison().evidence();
    }

    /** Each record's household: who lives with the person, so the reviewer sees whether both are one family. */
    public List<Household> getHouseholds() {
        return List.of(household("A", view.a()), household("B", view.b()));
    }

    private Household household(String side, Person person) {
        List<Member> members = person.getHousehold() == null
                ? List.of()
                : person.getHousehold().getMembers().stream()
                        .filter(m -> !m.getId().equals(person.getId()) && !m.isMerged())
                        .map(m -> new Member(
                                m.getId(),
                                m.getName().display(),
                                m.getHouseholdRole() == null
                                        ? null
                                        : m.getHouseholdRole().name(),
                                m.getBirthDate() == null || m.getBirthDate().getYear() == null
                                        ? ""
                                        : String.valueOf(m.getBirthDate().getYear())))
                        .toList();
        return new Household(
                side,
                person.getId(),
                person.getHouseholdRole() == null
                        ? null
                        : person.getHouseholdRole().name(),
                choices.districtName(person.getDistrictId()),
                person.getAddress() == null ? "" : person.getAddress(),
                members);
    }

    public DuplicateReview.PairView getView() {
        return view;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getSurvivorId() {
        return survivorId;
    }

    public void setSurvivorId(String survivorId) {
        this.survivorId = survivorId;
    }

    /** One field of the two records, in words; {@code leftToRight} for numbers and codes to isolate in right-to-left text. */
    public record Row(String field, String a, String b, boolean differs, boolean leftToRight) {}

    /**
     * One record's household as the pair page shows it.
     *
     * @param relationship the person's relationship in it (a {@code relationship.} key's end), or null
     */
    public record Household(
            String side, String personId, String relationship, String district, String address, List<Member> members) {}

    /** Another member of the household: name, relationship, year of birth. */
    public record Member(String personId, String name, String relationship, String birthYear) {}
}
