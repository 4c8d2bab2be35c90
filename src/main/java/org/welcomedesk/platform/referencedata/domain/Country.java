package org.welcomedesk.platform.referencedata.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** A country by its ISO 3166-1 alpha-2 code, named in each interface language. */
@Entity
@Table(name = "country")
// one query with the names, not one per country
@NamedQuery(name = Country.ALL, query = "select distinct c from Country c left join fetch c.names order by c.code")
public class Country {

    static final String ALL = "Country.all";

    @Id
    @Column(length = 2)
    private String code;

    @Column(length = 3, nullable = false)
    private String alpha3;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "country_name", joinColumns = @JoinColumn(name = "country_code"))
    @MapKeyColumn(name = "language_tag")
    @Column(name = "name")
    private Map<String, String> names = new HashMap<>();

    protected Country() {
        // for JPA
    }

    public String getCode() {
        return code;
    }

    /** The name in {@code locale}'s language, or in English when there is none. */
    public String nameIn(Locale locale) {
        return names.getOrDefault(locale.getLanguage(), names.getOrDefault("en", code));
    }
}
