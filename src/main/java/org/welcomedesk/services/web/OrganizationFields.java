package org.welcomedesk.services.web;

import org.welcomedesk.services.application.Directory;
import org.welcomedesk.services.domain.Organization;

/** The organisation editor's form: an organisation's details and partner code as typed. */
public class OrganizationFields extends DirectoryEntryFields {

    private static final long serialVersionUID = 1L;

    private String email;
    private String website;
    private String partnerCode;

    /** The form filled from the organisation as saved. */
    static OrganizationFields of(Organization organization) {
        OrganizationFields form = new OrganizationFields();
        form.fill(
                organization.getId(), organization.getVersion(), organization.getName(), organization.getDescription());
        form.email = organization.getEmail();
        form.website = organization.getWebsite();
        form.partnerCode = organization.getPartnerCode();
        return form;
    }

    /** What was typed, as the directory takes it. */
    Directory.OrganizationForm toForm() {
        return new Directory.OrganizationForm(
                getId(), getVersion(), getName(), getDescription(), email, website, partnerCode);
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
