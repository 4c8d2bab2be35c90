package org.welcomedesk.services.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.platform.web.PageNotices;
import org.welcomedesk.services.application.Directory;
import org.welcomedesk.services.domain.Location;
import org.welcomedesk.services.domain.Organization;
import org.welcomedesk.services.domain.Service;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * admin/organization.xhtml ({@code ?id=} to edit, none for a new one): an organisation's
 * details and partner code, with its locations and services.
 */
@Named
@ViewScoped
public class OrganizationEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Directory directory;

    private OrganizationFields form = new OrganizationFields();
    private boolean loaded;
    private transient List<Location> locations;
    private transient List<Service> services;

    /** On the first request: the organisation as saved. */
    public void load() {
        if (!loaded && form.getId() != null) {
            form = OrganizationFields.of(directory.organization(form.getId()));
        }
        loaded = true;
    }

    /** Saves over the version this form was opened on; a new organisation opens for editing. */
    public void save() throws IOException {
        Organization saved = directory.save(form.toForm());
        if (form.isCreating()) {
            PageNotices.confirmAndGo(
                    "directoryAdmin.saved", "/admin/organization.xhtml?id=" + PageNotices.encode(saved.getId()));
            return;
        }
        form = OrganizationFields.of(directory.organization(form.getId()));
        PageNotices.confirm("directoryAdmin.saved");
    }

    public List<Location> getLocations() {
        if (locations == null) {
            locations = form.isCreating() ? List.of() : directory.locationsOf(form.getId());
        }
        return locations;
    }

    public List<Service> getServices() {
        if (services == null) {
            services = form.isCreating() ? List.of() : directory.servicesOf(form.getId());
        }
        return services;
    }

    public OrganizationFields getForm() {
        return form;
    }
}
