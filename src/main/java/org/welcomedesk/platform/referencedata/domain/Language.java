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

/** A language by its ISO 639 code (639-1 where one exists, else 639-3), named in each interface language. */
@Entity
@Table(name = "language")
// one query with the names, not one per language
@NamedQuery(name = Language.ALL, query = "select distinct c from Language c left join fetch c.names order by c.code")
public class Language {

    static final String ALL = "Language.all";

    @Id
    @Column(length = 3)
    private String code;

    @Column(length = 3, nullable = false)
    private String alpha3;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "language_name", joinColumns = @JoinColumn(name = "language_code"))
    @MapKeyColumn(name = "language_tag")
    @Column(name = "name")
    private Map<String, String> names = new HashMap<>();

    protected Language() {
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
