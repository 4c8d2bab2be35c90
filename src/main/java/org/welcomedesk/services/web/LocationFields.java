package org.welcomedesk.services.web;

import org.welcomedesk.services.application.Directory;
import org.welcomedesk.services.domain.Location;

/** The location editor's form: where an organisation receives people, as typed. */
public class LocationFields extends OrganizationPartFields {

    private static final long serialVersionUID = 1L;

    private String address;
    private String postalCode;
    private String city;
    private String stateProvince;
    private String country;
    private String districtCode;
    private Double latitude;
    private Double longitude;

    /** The form filled from the location as saved. */
    static LocationFields of(Location location) {
        LocationFields form = new LocationFields();
        form.fill(location.getId(), location.getVersion(), location.getName(), location.getDescription());
        form.belongTo(location.getOrganization());
        form.address = location.getAddress();
        form.postalCode = location.getPostalCode();
        form.city = location.getCity();
        form.stateProvince = location.getStateProvince();
        form.country = location.getCountry();
        form.districtCode = location.getDistrictCode();
        form.latitude = location.getLatitude();
        form.longitude = location.getLongitude();
        return form;
    }

    /** What was typed, as the directory takes it. */
    Directory.LocationForm toForm() {
        return new Directory.LocationForm(
                getId(),
                getVersion(),
                getOrganizationId(),
                getName(),
                getDescription(),
                address,
                postalCode,
                city,
                stateProvince,
                country,
                districtCode,
                latitude,
                longitude);
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
