package org.welcomedesk.platform.referencedata.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.welcomedesk.platform.error.RuleViolation;

import java.time.LocalDate;

/**
 * A district of the city for a period of time. Boundaries change: a district that is split
 * or renamed ends (validTo) and new ones begin, so events dated in the past stay attached to
 * the district as it was then.
 */
@Entity
@Table(name = "district")
@NamedQuery(
        name = District.VALID_ON,
        query = "select d from District d where d.cityCode = :city and d.validFrom <= :date"
                + " and (d.validTo is null or d.validTo > :date) order by d.code")
@NamedQuery(
        name = District.WITH_CODE,
        query = "select d from District d where d.cityCode = :city and d.code = :code order by d.validFrom")
@NamedQuery(
        name = District.ALL_IN_CITY,
        query = "select d from District d where d.cityCode = :city order by d.code, d.validFrom")
public class District {

    static final String VALID_ON = "District.validOn";
    static final String WITH_CODE = "District.withCode";
    static final String ALL_IN_CITY = "District.allInCity";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "district_seq")
    @SequenceGenerator(name = "district_seq", sequenceName = "district_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Column(name = "city_code", nullable = false, updatable = false)
    private String cityCode;

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{0,15}", message = "{district.code.pattern}")
    @Column(nullable = false, updatable = false)
    private String code;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    @Column(nullable = false)
    private String name;

    @NotNull(message = "{validation.required}")
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    /** Where distances to services are measured from: the district's centre, if known. */
    private Double latitude;

    private Double longitude;

    @Version
    private long version;

    protected District() {
        // for JPA
    }

    public District(String cityCode, String code, String name, LocalDate validFrom, LocalDate validTo) {
        if (validFrom != null && validTo != null && !validTo.isAfter(validFrom)) {
            throw new RuleViolation("validTo", "district.validTo.beforeFrom");
        }
        this.cityCode = cityCode;
        this.code = code == null ? null : code.strip();
        this.name = name == null ? null : name.strip();
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /** Whether this district existed on {@code date}. */
    public boolean isValidOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || validTo.isAfter(date));
    }

    /** Whether the two periods share at least one day (open ends run forever). */
    public boolean overlaps(District other) {
        boolean otherEndsAfterThisStarts = other.validTo == null || other.validTo.isAfter(validFrom);
        boolean thisEndsAfterOtherStarts = validTo == null || validTo.isAfter(other.validFrom);
        return otherEndsAfterThisStarts && thisEndsAfterOtherStarts;
    }

    public Long getId() {
        return id;
    }

    public String getCityCode() {
        return cityCode;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
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
