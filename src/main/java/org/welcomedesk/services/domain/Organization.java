package org.welcomedesk.services.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.welcomedesk.platform.error.RuleViolation;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Who provides services: a city department or a partner. A partner's staff carry its
 * {@link #getPartnerCode() partner code} in their Keycloak attribute {@code organisation}, which
 * is what scopes their referral inbox.
 */
@Entity
@NamedQuery(name = "Organization.all", query = "select o from Organization o order by o.name, o.id")
@NamedQuery(name = "Organization.byPartnerCode", query = "select o from Organization o where o.partnerCode = :code")
@Table(name = "organization")
public class Organization {

    private static final Pattern PARTNER_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    @Id
    private String id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 2000)
    private String description;

    private String email;

    private String website;

    @Column(name = "partner_code", unique = true, length = 64)
    private String partnerCode;

    @Version
    private long version;

    protected Organization() {
        // for JPA
    }

    public Organization(String id, String name) {
        this.id = id == null ? UUID.randomUUID().toString() : id;
        rename(name);
    }

    public final void rename(String newName) {
        this.name = Text.required("name", newName, 200);
    }

    public void describe(String description, String email, String website) {
        this.description = Text.optional("description", description, 2000);
        this.email = Text.optional("email", email, 200);
        this.website = Text.optional("website", website, 400);
    }

    /** Sets the code partner staff are known by, or clears it (a city department without an inbox). */
    public void assignPartnerCode(String code) {
        String value = Text.optional("partnerCode", code, 64);
        if (value != null && !PARTNER_CODE.matcher(value).matches()) {
            throw new RuleViolation("partnerCode", "directory.partnerCode.invalid");
        }
        this.partnerCode = value;
    }

    /** Whether staff of the given partner code work this organisation's inbox. */
    public boolean isWorkedBy(String code) {
        return partnerCode != null && partnerCode.equals(code);
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getEmail() {
        return email;
    }

    public String getWebsite() {
        return website;
    }

    public String getPartnerCode() {
        return partnerCode;
    }

    public long getVersion() {
        return version;
    }
}
