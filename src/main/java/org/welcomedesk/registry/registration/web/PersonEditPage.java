package org.welcomedesk.registry.registration.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.platform.error.EditConflict;
import org.welcomedesk.platform.i18n.Messages;
import org.welcomedesk.registry.records.application.PersonRecords;
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.registry.records.domain.PersonDetails;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * desk/edit.xhtml?id=: editing a person's details. If another clerk saved the record since
 * this form was opened, nothing is overwritten: the page shows both versions side by side,
 * keeps what this clerk typed, and lets them save it over the new version or take the saved
 * one.
 */
@Named
@ViewScoped
public class PersonEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonRecords records;

    private String id;
    private long version;
    private PersonForm form;
    private List<ConflictRow> conflict = List.of();
    private long conflictVersion;
    // The details as this form loaded them, and as someone else saved them meanwhile.
    private PersonDetails base;
    private PersonDetails saved;

    public void load() {
        if (form == null && id != null) {
            fill(records.view(id));
        }
    }

    private void fill(Person person) {
        version = person.getVersion();
        base = person.details();
        form = PersonForm.of(base);
    }

    /** Saves over the version this form was opened on; a conflict shows both versions. */
    public void save() throws IOException {
        try {
            records.update(id, version, details());
        } catch (EditConflict e) {
            showConflict(e);
            return;
        }
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/desk/person.xhtml?id=" + id);
    }

    /**
     * After seeing both versions: this clerk's changes are saved over the newer version; the
     * fields this clerk did not change keep what the other person saved.
     */
    public void saveMine() throws IOException {
        PersonDetails merged = details().rebase(base, saved);
        version = conflictVersion;
        base = saved;
        conflict = List.of();
        try {
            records.update(id, version, merged);
        } catch (EditConflict again) {
            showConflict();
            return;
        }
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/desk/person.xhtml?id=" + id);
    }

    /** After seeing both versions: drop this clerk's values and start again from the saved record. */
    public void takeSaved() throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/desk/edit.xhtml?id=" + id);
    }

    private void showConflict(EditConflict e) {
        showConflict();
    }

    private void showConflict() {
        Person current = records.view(id);
        saved = current.details();
        Map<String, Object> mine = details().fields();
        Map<String, Object> theirs = saved.fields();
        List<ConflictRow> rows = new ArrayList<>();
        mine.forEach((field, value) -> rows.add(new ConflictRow(
                field, text(value), text(theirs.get(field)), !Objects.equals(text(value), text(theirs.get(field))))));
        conflict = rows;
        conflictVersion = current.getVersion();
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_WARN,
                        Messages.text(faces.getViewRoot().getLocale(), "edit.conflict"),
                        null));
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.util.Collection<?> values) {
            return String.join(
                    ", ", values.stream().map(String::valueOf).sorted().toList());
        }
        return String.valueOf(value);
    }

    private PersonDetails details() {
        return form.toDetails();
    }

    /** One field in the conflict view: this clerk's value and the saved one. */
    public record ConflictRow(String field, String mine, String saved, boolean differs) implements Serializable {
        public String getField() {
            return field;
        }

        public String getMine() {
            return mine;
        }

        public String getSaved() {
            return saved;
        }

        public boolean isDiffers() {
            return differs;
        }
    }

    public boolean isInConflict() {
        return !conflict.isEmpty();
    }

    public List<ConflictRow> getConflict() {
        return conflict;
    }

    public PersonForm getForm() {
        return form;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
