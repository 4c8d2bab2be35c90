package org.welcomedesk.services.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.welcomedesk.platform.error.RuleViolation;

import java.util.UUID;

/** Where an organisation receives people: a physical place with an address and a map position. */
@Entity
@NamedQuery(name = "Location.all", query = "select l from Location l order by l.organization.name, l.name, l.id")
@NamedQuery(
        name = "Location.of",
        query = "select l from Location l where l.organization = :organization order by l.name, l.id")
@Table(name = "location")
public class Location {

    @Id
    private String id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    private Organization organization;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 2000)
    private String description;

    @Column(name = "address_1")
    private String address;

    @Column(name = "postal_code")
    private String postalCode;

    private String city;

    @Column(name = "state_province")
    private String stateProvince;

    private String country;

    @Column(name = "district_code")
    private String districtCode;

    private Double latitude;

    private Double longitude;

    @Version
    private long version;

    protected Location() {
        // for JPA
    }

    public Location(String id, Organization organization, String name) {
        this.id = id == null ? UUID.randomUUID().toString() : id;
        this.organization = organization;
        rename(name);
    }

    public final void rename(String newName) {
        this.name = Text.required("name", newName, 200);
    }

    public void describe(String description) {
        this.description = Text.optional("description", description, 2000);
    }

    /** The street address; the district is the city district the place lies in. */
    public void placeAt(
            String address, String postalCode, String city, String stateProvince, String country, String districtCode) {
        this.address = Text.optional("address", address, 200);
        this.postalCode = Text.optional("postalCode", postalCode, 20);
        this.city = Text.optional("city", city, 100);
        this.stateProvince = Text.optional("stateProvince", stateProvince, 100);
        String countryCode = Text.optional("country", country, 2);
        if (countryCode != null && !countryCode.matches("[A-Z]{2}")) {
            throw new RuleViolation("country", "directory.country.invalid");
        }
        this.country = countryCode;
        this.districtCode = Text.optional("districtCode", districtCode, 16);
    }

    public void position(Double latitude, Double longitude) {
        if ((latitude == null) != (longitude == null)) {
            throw new RuleViolation(latitude == null ? "latitude" : "longitude", "validation.required");
        }
        // written so that NaN, which compares false with everything, is refused too
        if (latitude != null && !(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)) {
            throw new RuleViolation(
                    !(Math.abs(latitude) <= 90) ? "latitude" : "longitude", "directory.position.invalid");
        }
        this.latitude = latitude;
        this.longitude = longitude;
    }

    /** The address on one line, as printed on a slip. */
    public String addressLine() {
        StringBuilder line = new StringBuilder();
        for (String part :
                new String[] {address, postalCode == null ? city : postalCode + (city == null ? "" : " " + city)}) {
            if (part != null && !part.isBlank()) {
                line.append(line.isEmpty() ? "" : ", ").append(part);
            }
        }
        return line.toString();
    }

    public GeoPoint point() {
        return GeoPoint.ofNullable(latitude, longitude);
    }

    public String getId() {
        return id;
    }

    public Organization getOrganization() {
        return organization;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getAddress() {
        return address;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public String getStateProvince() {
        return stateProvince;
    }

    public String getCountry() {
        return country;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public long getVersion() {
        return version;
    }
}
