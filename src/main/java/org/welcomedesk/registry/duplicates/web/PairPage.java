package org.welcomedesk.registry.duplicates.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.registry.duplicates.application.DuplicateReview;
import org.welcomedesk.registry.duplicates.domain.matching.Evidence;
import org.welcomedesk.registry.records.domain.Person;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * desk/review/pair.xhtml: two records side by side, field by field, with the engine's evidence;
 * the supervisor keeps one record (merge) or says they are different people.
 */
@Named
@ViewScoped
public class PairPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DuplicateReview review;

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

    public void notSame() throws IOException {
        review.notTheSamePerson(id, version);
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setRedirect(true);
        external.getFlash().put("decided", true);
        external.redirect(external.getRequestContextPath() + "/desk/review/duplicates.xhtml");
    }

    /** The fields of both records in form order, with whether they differ. */
    public List<Row> getRows() {
        Map<String, Object> a = view.a().snapshot();
        Map<String, Object> b = view.b().snapshot();
        List<Row> rows = new ArrayList<>();
        a.forEach((field, value) -> rows.add(
                new Row(field, text(value), text(b.get(field)), !java.util.Objects.equals(value, b.get(field)))));
        rows.add(new Row("documents", documents(view.a()), documents(view.b()), true));
        rows.add(new Row(
                "events",
                String.valueOf(view.a().getEvents().size()),
                String.valueOf(view.b().getEvents().size()),
                false));
        return rows;
    }

    private static String documents(Person person) {
        return String.join(
                ", ",
                person.getDocuments().stream()
                        .map(d -> d.getType() + " " + d.getNumber())
                        .toList());
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof java.util.Collection<?> c
                ? String.join(", ", c.stream().map(String::valueOf).toList())
                : String.valueOf(value);
    }

    public List<Evidence> getEvidence() {
        return view.comparison().evidence();
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

    /** One field of the two records. */
    public record Row(String field, String a, String b, boolean differs) {}
}
