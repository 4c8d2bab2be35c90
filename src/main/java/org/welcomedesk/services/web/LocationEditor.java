package org.welcomedesk.services.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.platform.web.PageNotices;
import org.welcomedesk.services.application.Directory;

import java.io.IOException;
import java.io.Serializable;

/**
 * admin/location.xhtml ({@code ?id=} to edit, {@code ?organization=} for a new one): where an
 * organisation receives people: address, city district and position on the map.
 */
@Named
@ViewScoped
public class LocationEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Directory directory;

    private LocationFields form = new LocationFields();
    private boolean loaded;

    /** On the first request: the location as saved, or the organisation a new one belongs to. */
    public void load() {
        if (loaded) {
            return;
        }
        if (form.getId() != null) {
            form = LocationFields.of(directory.location(form.getId()));
        } else if (form.getOrganizationId() != null) {
            form.belongTo(directory.organization(form.getOrganizationId()));
        }
        loaded = true;
    }

    /** Saves over the version this form was opened on, then back to the organisation. */
    public void save() throws IOException {
        directory.save(form.toForm());
        PageNotices.confirmAndGo(
                "directoryAdmin.saved", "/admin/organization.xhtml?id=" + PageNotices.encode(form.getOrganizationId()));
    }

    public LocationFields getForm() {
        return form;
    }
}
