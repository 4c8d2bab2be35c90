package org.welcomedesk.services.web;

import org.welcomedesk.platform.web.PageNotices;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.services.application.Directory;
import org.welcomedesk.services.domain.Location;

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

    private String id;
    private Long version;
    private String organizationId;
    private String organizationName;
    private String name;
    private String description;
    private String address;
    private String postalCode;
    private String city;
    private String stateProvince;
    private String country;
    private String districtCode;
    private Double latitude;
    private Double longitude;
    private boolean loaded;

    /** On the first request: the location as saved, or the organisation a new one belongs to. */
    public void load() {
        if (loaded) {
            return;
        }
        if (id != null) {
            fill(directory.location(id));
        } else if (organizationId != null) {
            organizationName = directory.organization(organizationId).getName();
        }
        loaded = true;
    }

    private void fill(Location location) {
        id = location.getId();
        version = location.getVersion();
        organizationId = location.getOrganization().getId();
        organizationName = location.getOrganization().getName();
        name = location.getName();
        description = location.getDescription();
        address = location.getAddress();
        postalCode = location.getPostalCode();
        city = location.getCity();
        stateProvince = location.getStateProvince();
        country = location.getCountry();
        districtCode = location.getDistrictCode();
        latitude = location.getLatitude();
        longitude = location.getLongitude();
    }

    /** Saves over the version this form was opened on, then back to the organisation. */
    public void save() throws IOException {
        directory.save(new Directory.LocationForm(id, version, organizationId, name, description, address, postalCode,
                city, stateProvince, country, districtCode, latitude, longitude));
        PageNotices.confirmAndGo("directoryAdmin.saved",
                "/admin/organization.xhtml?id=" + PageNotices.encode(organizationId));
    }

    public boolean isCreating() {
        return id == null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
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

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getStateProvince() {
        return stateProvince;
    }

    public void setStateProvince(String stateProvince) {
        this.stateProvince = stateProvince;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public void setDistrictCode(String districtCode) {
        this.districtCode = districtCode;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }
}
