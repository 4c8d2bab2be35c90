package org.welcomedesk.platform.referencedata.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
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
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A district of the city for a period of time. Boundaries change: a district that is split
 * or renamed ends (validTo) and new ones begin, so events dated in the past stay attached to
 * the district as it was then. Pages name a district in the viewer's language where a
 * translation was entered ({@link #nameIn}); {@link #getName() the name} is the fallback, and
 * what the API and the statistics files carry.
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

    /** The longest name, in any language, the tables hold. */
    static final int MAX_NAME = 200;

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
    @Size(max = MAX_NAME, message = "{validation.tooLong}")
    @Column(nullable = false)
    private String name;

    @NotNull(message = "{validation.required}")
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    /** The name in other interface languages, by language tag (fr, pt, ar). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "district_name", joinColumns = @JoinColumn(name = "district_id"))
    @MapKeyColumn(name = "language_tag")
    @Column(name = "name")
    private Map<String, String> names = new HashMap<>();

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

    /** The name in {@code locale}'s language, or the district's own name when none was entered. */
    public String nameIn(Locale locale) {
        return names.getOrDefault(locale.getLanguage(), name);
    }

    /** The names entered per language tag, sorted by tag. */
    public Map<String, String> getTranslations() {
        return new TreeMap<>(names);
    }

    /**
     * Replaces the names in other languages: a blank name removes that language's, so pages
     * fall back to the district's own name.
     *
     * @throws RuleViolation naming {@code names.<tag>} when a name is longer than the column holds
     */
    public void translate(Map<String, String> translations) {
        Map<String, String> kept = new HashMap<>();
        translations.forEach((tag, text) -> {
            if (text != null && !text.isBlank()) {
                if (text.strip().length() > MAX_NAME) {
                    throw new RuleViolation("names." + tag, "validation.tooLong");
                }
                kept.put(tag, text.strip());
            }
        });
        names.clear();
        names.putAll(kept);
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
