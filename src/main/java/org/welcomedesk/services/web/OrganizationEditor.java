package org.welcomedesk.services.web;

import org.welcomedesk.platform.web.PageNotices;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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

    private String id;
    private Long version;
    private String name;
    private String description;
    private String email;
    private String website;
    private String partnerCode;
    private boolean loaded;
    private transient List<Location> locations;
    private transient List<Service> services;

    /** On the first request: the organisation as saved. */
    public void load() {
        if (!loaded && id != null) {
            fill(directory.organization(id));
        }
        loaded = true;
    }

    private void fill(Organization organization) {
        id = organization.getId();
        version = organization.getVersion();
        name = organization.getName();
        description = organization.getDescription();
        email = organization.getEmail();
        website = organization.getWebsite();
        partnerCode = organization.getPartnerCode();
    }

    /** Saves over the version this form was opened on; a new organisation opens for editing. */
    public void save() throws IOException {
        Organization saved = directory.save(new Directory.OrganizationForm(id, version, name, description, email,
                website, partnerCode));
        if (id == null) {
            PageNotices.confirmAndGo("directoryAdmin.saved", "/admin/organization.xhtml?id=" + PageNotices.encode(saved.getId()));
            return;
        }
        fill(directory.organization(id));
        PageNotices.confirm("directoryAdmin.saved");
    }

    public boolean isCreating() {
        return id == null;
    }

    public List<Location> getLocations() {
        if (locations == null) {
            locations = id == null ? List.of() : directory.locationsOf(id);
        }
        return locations;
    }

    public List<Service> getServices() {
        if (services == null) {
            services = id == null ? List.of() : directory.servicesOf(id);
        }
        return services;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getPartnerCode() {
        return partnerCode;
    }

    public void setPartnerCode(String partnerCode) {
        this.partnerCode = partnerCode;
    }
}
