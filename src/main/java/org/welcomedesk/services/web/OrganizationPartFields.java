package org.welcomedesk.services.web;

import org.welcomedesk.services.domain.Organization;

/** The form of an entry that belongs to an organisation: a location or a service. */
public abstract class OrganizationPartFields extends DirectoryEntryFields {

    private static final long serialVersionUID = 1L;

    private String organizationId;
    private String organizationName;

    /** The organisation the entry belongs to, or will. */
    void belongTo(Organization organization) {
        organizationId = organization.getId();
        organizationName = organization.getName();
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
}
