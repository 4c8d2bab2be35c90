package org.welcomedesk.registry.duplicates.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * One blocking key of the matching engine under which a person is filed
 * ({@link org.welcomedesk.registry.duplicates.domain.matching.MatchProfile#blockingKeys()}). Written in
 * JDBC batches by {@link JpaMatchIndex}; mapped so the lookups below, and the profiles the index
 * reads, are named JPQL.
 */
@Entity
@Table(name = "person_match_key")
@IdClass(MatchKey.Id.class)
@NamedQuery(
        name = MatchKey.CANDIDATES,
        query = "select k.personId, count(k) as shared from MatchKey k"
                + " where k.key in :keys group by k.personId order by shared desc, k.personId")
@NamedQuery(
        name = MatchKey.UNINDEXED,
        query = "select p.id from Person p where p.mergedInto is null"
                + " and not exists (select k.personId from MatchKey k where k.personId = p.id) order by p.id")
@NamedQuery(name = MatchKey.PEOPLE_OF_KEYS, query = "select k.key, k.personId from MatchKey k where k.key in :keys")
@NamedQuery(
        name = MatchKey.PROFILES,
        query = "select p.id, p.name.givenNames, p.name.familyNames,"
                + " p.name.givenNamesLatin, p.name.familyNamesLatin, p.sex, p.birthDate.year, p.birthDate.month,"
                + " p.birthDate.day, p.birthDate.estimated, p.countryOfBirth, p.phoneDigits, p.address"
                + " from Person p where p.id in :ids and p.mergedInto is null order by p.id")
@NamedQuery(
        name = MatchKey.PROFILES_AFTER,
        query = "select p.id, p.name.givenNames, p.name.familyNames,"
                + " p.name.givenNamesLatin, p.name.familyNamesLatin, p.sex, p.birthDate.year, p.birthDate.month,"
                + " p.birthDate.day, p.birthDate.estimated, p.countryOfBirth, p.phoneDigits, p.address"
                + " from Person p where p.id > :after and p.mergedInto is null order by p.id")
@NamedQuery(
        name = MatchKey.DOCUMENT_NUMBERS_OF,
        query = "select d.person.id, d.numberKey from IdentityDocument d where d.person.id in :ids")
// For a whole batch of people read in id order: a range of the person index, where H2 would
// compare every document with each of thousands of listed ids.
@NamedQuery(
        name = MatchKey.DOCUMENT_NUMBERS_IN_RANGE,
        query = "select d.person.id, d.numberKey from IdentityDocument d"
                + " where d.person.id > :after and d.person.id <= :last")
class MatchKey {

    static final String CANDIDATES = "MatchKey.candidates";
    static final String PEOPLE_OF_KEYS = "MatchKey.peopleOfKeys";
    static final String UNINDEXED = "MatchKey.unindexed";
    static final String PROFILES = "MatchKey.profiles";
    static final String PROFILES_AFTER = "MatchKey.profilesAfter";
    static final String DOCUMENT_NUMBERS_OF = "MatchKey.documentNumbersOf";
    static final String DOCUMENT_NUMBERS_IN_RANGE = "MatchKey.documentNumbersInRange";

    @jakarta.persistence.Id
    @Column(name = "person_id")
    private String personId;

    @jakarta.persistence.Id
    @Column(name = "match_key")
    private String key;

    protected MatchKey() {
        // for JPA
    }

    /** Composite key. */
    public static class Id implements Serializable {
        private static final long serialVersionUID = 1L;
        private String personId;
        private String key;

        public Id() {}

        @Override
        public boolean equals(Object o) {
            return o instanceof Id other && Objects.equals(personId, other.personId) && Objects.equals(key, other.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(personId, key);
        }
    }
}
