package org.welcomedesk.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.privacy.application.AuditTrail;
import org.welcomedesk.privacy.domain.AuditEntry;
import org.welcomedesk.registry.domain.BirthDate;
import org.welcomedesk.registry.domain.IdentityDocument;
import org.welcomedesk.registry.domain.NameKeys;
import org.welcomedesk.registry.domain.Person;
import org.welcomedesk.registry.domain.PersonRepository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Search before registering, so nobody is registered twice. Names are matched across
 * scripts, spellings and typos: candidates come from the name key index, then are ranked by
 * name similarity; a date of birth, document number or phone narrows them.
 */
@ApplicationScoped
public class PersonSearch {

    /** How many name candidates are ranked; more than any clerk pages through. */
    static final int CANDIDATES = 400;
    /** Below this similarity a name candidate is not shown. */
    static final double MIN_SIMILARITY = 0.72;
    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    PersonRepository people;

    @Inject
    AuditTrail audit;

    /** One page of people matching {@code query}, best first. */
    @Transactional
    public SearchPage search(PersonQuery query, int page, int size) {
        if (query == null || query.isEmpty()) {
            throw new RuleViolation("name", "search.empty");
        }
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new RuleViolation("size", "search.page.invalid");
        }
        List<Match> matches = rank(query);
        int from = Math.min(page * size, matches.size());
        int to = Math.min(from + size, matches.size());
        audit.record(AuditEntry.Action.SEARCH, "registry", "search", criteria(query));
        List<Match> shown = matches.subList(from, to);
        // each person shown in the results was read, and their history says so
        shown.forEach(m -> audit.record(AuditEntry.Action.VIEW, AuditTrail.PERSON, m.person().getId(), Set.of("search")));
        return new SearchPage(shown, matches.size(), page, size);
    }

    private List<Match> rank(PersonQuery query) {
        Stream<Person> candidates;
        if (!PersonQuery.blank(query.documentNumber())) {
            candidates = people.withDocumentNumber(IdentityDocument.numberKey(query.documentNumber())).stream();
        } else if (!PersonQuery.blank(query.phone())) {
            candidates = people.withPhoneDigits(query.phone().replaceAll("[^0-9]", "")).stream();
        } else if (!PersonQuery.blank(query.name())) {
            candidates = people.findAll(people.candidatesByNameKeys(NameKeys.skeletons(query.name()),
                    NameKeys.trigrams(query.name()), CANDIDATES)).stream();
        } else {
            // estimated years match within two years either way (see bornAsQueried)
            candidates = people.findAll(people.bornBetween(query.birthYear() - 2, query.birthYear() + 2)).stream();
        }
        List<Match> matches = new ArrayList<>();
        candidates.filter(bornAsQueried(query)).forEach(person -> {
            double score = PersonQuery.blank(query.name()) ? 1.0
                    : Math.max(NameKeys.similarity(query.name(), person.getName().allForms()),
                    NameKeys.similarity(query.name(), person.getName().displayLatin()));
            if (score >= MIN_SIMILARITY) {
                matches.add(new Match(person, score));
            }
        });
        matches.sort(Comparator.comparingDouble(Match::score).reversed()
                .thenComparing(m -> m.person().getName().sortKey()));
        return matches;
    }

    /**
     * A partial or estimated date matches loosely: an estimated year within two years, and
     * only the parts both dates have are compared.
     */
    private static Predicate<Person> bornAsQueried(PersonQuery query) {
        if (query.birthYear() == null) {
            return person -> true;
        }
        return person -> {
            BirthDate born = person.getBirthDate();
            if (born == null || !born.isKnown()) {
                return true;
            }
            int tolerance = born.isEstimated() ? 2 : 0;
            boolean year = Math.abs(born.getYear() - query.birthYear()) <= tolerance;
            boolean month = query.birthMonth() == null || born.getMonth() == null || born.isEstimated()
                    || Objects.equals(born.getMonth(), query.birthMonth())
                    || Objects.equals(born.getDay(), query.birthMonth()); // day and month swapped
            boolean day = query.birthDay() == null || born.getDay() == null || born.isEstimated()
                    || Objects.equals(born.getDay(), query.birthDay())
                    || Objects.equals(born.getMonth(), query.birthDay());
            return year && month && day;
        };
    }

    private static Set<String> criteria(PersonQuery query) {
        Set<String> used = new java.util.TreeSet<>();
        if (!PersonQuery.blank(query.name())) {
            used.add("name");
        }
        if (query.birthYear() != null) {
            used.add("birthDate");
        }
        if (!PersonQuery.blank(query.documentNumber())) {
            used.add("documentNumber");
        }
        if (!PersonQuery.blank(query.phone())) {
            used.add("phone");
        }
        return used;
    }

    /** A person found, with how well their name matched (1 when no name was searched). */
    public record Match(Person person, double score) {
    }

    /** One page of matches and the total number found. */
    public record SearchPage(List<Match> matches, int total, int page, int size) {
        public int pages() {
            return (total + size - 1) / size;
        }
    }
}
