package org.welcomedesk.registry.records.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** One search key of a person's name: a word (S), a pair of words (P) or a word and a prefix (Q). */
@Entity
@Table(name = "person_name_key")
@IdClass(NameKey.Id.class)
@NamedQuery(
        name = NameKey.CANDIDATES,
        query = "select k.personId, count(k) as shared from NameKey k"
                + " where k.kind = :kind and k.key in :keys group by k.personId order by shared desc, k.personId")
class NameKey {

    static final String CANDIDATES = "NameKey.candidates";

    @jakarta.persistence.Id
    @Column(name = "person_id")
    private String personId;

    @jakarta.persistence.Id
    @Column(name = "kind", length = 1)
    private String kind;

    @jakarta.persistence.Id
    @Column(name = "name_key")
    private String key;

    protected NameKey() {
        // for JPA
    }

    /** Composite key. */
    public static class Id implements Serializable {
        private static final long serialVersionUID = 1L;
        private String personId;
        private String kind;
        private String key;

        public Id() {}

        @Override
        public boolean equals(Object o) {
            return o instanceof Id other
                    && Objects.equals(personId, other.personId)
                    && Objects.equals(kind, other.kind)
                    && Objects.equals(key, other.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(personId, kind, key);
        }
    }
}
