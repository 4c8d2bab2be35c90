package org.welcomedesk.registry.records.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.privacy.application.AuditTrail;
import org.welcomedesk.privacy.domain.AuditEntry;
import org.welcomedesk.registry.records.domain.IdentityDocument;
import org.welcomedesk.registry.records.domain.NameKeys;
import org.welcomedesk.registry.records.domain.NameSimilarity;
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.registry.records.domain.PersonRepository;
import org.welcomedesk.registry.records.domain.SearchProfile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Search before registering, so nobody is registered twice. Names are matched across
 * scripts, spellings and typos: candidates come from the name key index, then are ranked by
 * name similarity; a date of birth, document number or phone narrows them.
 */
@ApplicationScoped
public class PersonSearch {

    /** How many name candidates are ranked; more than any clerk pages through. */
    static final int CANDIDATES = 300;
    /** Fewer candidates than this from the selective keys, and the next, broader keys are tried. */
    static final int ENOUGH = 20;
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
        List<Ranked> ranked = rank(query);
        int from = (int) Math.min((long) page * size, ranked.size());
        int to = Math.min(from + size, ranked.size());
        audit.record(AuditEntry.Action.SEARCH, "registry", "search", criteria(query));
        // only the page shown is loaded as records, in rank order
        List<Ranked> shownRanks = ranked.subList(from, to);
        java.util.Map<String, Person> loaded = new java.util.HashMap<>();
        people.findAll(shownRanks.stream().map(Ranked::id).toList()).forEach(p -> loaded.put(p.getId(), p));
        List<Match> shown = shownRanks.stream()
                .filter(r -> loaded.containsKey(r.id()))
                .map(r -> new Match(loaded.get(r.id()), r.score()))
                .toList();
        // each person shown in the results was read, and their history says so
        shown.forEach(m -> audit.record(
                AuditEntry.Action.VIEW, AuditTrail.PERSON, m.person().getId(), Set.of("search")));
        return new SearchPage(shown, ranked.size(), page, size);
    }

    /** A candidate ranked: who, how well the name matched, and the name to order ties by. */
    private record Ranked(String id, double score, String sortName) {}

    private List<Ranked> rank(PersonQuery query) {
        List<String> ids;
        if (!PersonQuery.blank(query.documentNumber())) {
            ids = people.withDocumentNumber(IdentityDocument.numberKey(query.documentNumber())).stream()
                    .map(Person::getId)
                    .toList();
        } else if (!PersonQuery.blank(query.phone())) {
            ids = people.withPhoneDigits(query.phone().replaceAll("[^0-9]", "")).stream()
                    .map(Person::getId)
                    .toList();
        } else if (!PersonQuery.blank(query.name())) {
            ids = nameCandidates(query.name());
        } else {
            // estimated years match within two years either way (see bornAsQueried)
            ids = people.bornBetween(query.birthYear() - 2, query.birthYear() + 2);
        }
        List<String> queryTokens = PersonQuery.blank(query.name()) ? List.of() : NameKeys.tokens(query.name());
        List<Ranked> ranked = new ArrayList<>();
        // ranked by name and birth date alone: their documents are not read
        for (SearchProfile candidate : people.searchProfiles(ids)) {
            if (!bornAsQueried(query, candidate)) {
                continue;
            }
            String latin = candidate.latinName();
            double score = 1.0;
            if (!queryTokens.isEmpty()) {
                score = NameSimilarity.score(queryTokens, NameKeys.tokens(latin));
                String asWritten = candidate.name();
                if (score < MIN_SIMILARITY && !asWritten.equals(latin)) {
                    score = Math.max(score, NameSimilarity.score(queryTokens, NameKeys.tokens(asWritten)));
                }
            }
            if (score >= MIN_SIMILARITY) {
                ranked.add(new Ranked(candidate.id(), score, latin.toLowerCase(java.util.Locale.ROOT)));
            }
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score)
                .reversed()
                .thenComparing(Ranked::sortName)
                .thenComparing(Ranked::id));
        return ranked;
    }

    /**
     * Candidates by name, from the most selective keys to the broadest: two words of the name
     * together; with few of those, also one word with the start of another (a typo further on);
     * only for a one-word name, or when nothing matched, any one word.
     * Each stage is one indexed lookup, so a search stays fast in a registry of millions.
     */
    private List<String> nameCandidates(String name) {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>(
                people.candidatesByNameKeys(PersonRepository.NameKeyKind.PAIR, NameKeys.pairKeys(name), CANDIDATES));
        if (ids.size() < ENOUGH) {
            ids.addAll(people.candidatesByNameKeys(
                    PersonRepository.NameKeyKind.PREFIX_PAIR, NameKeys.prefixPairKeys(name), CANDIDATES));
        }
        Set<String> words = NameKeys.wordKeys(name);
        if (ids.isEmpty() || words.size() == 1) {
            // one word, or no pair matched at all: the broad lookup by single words
            ids.addAll(people.candidatesByNameKeys(PersonRepository.NameKeyKind.WORD, words, CANDIDATES));
        }
        return List.copyOf(ids);
    }

    /**
     * A partial or estimated date matches loosely: an estimated year within two years, and
     * only the parts both dates have are compared.
     */
    private static boolean bornAsQueried(PersonQuery query, SearchProfile born) {
        if (query.birthYear() == null || born.birthYear() == null) {
            return true;
        }
        int tolerance = born.birthEstimated() ? 2 : 0;
        boolean year = Math.abs(born.birthYear() - query.birthYear()) <= tolerance;
        boolean month = query.birthMonth() == null
                || born.birthMonth() == null
                || born.birthEstimated()
                || Objects.equals(born.birthMonth(), query.birthMonth())
                || Objects.equals(born.birthDay(), query.birthMonth()); // day and month swapped
        boolean day = query.birthDay() == null
                || born.birthDay() == null
                || born.birthEstimated()
                || Objects.equals(born.birthDay(), query.birthDay())
                || Objects.equals(born.birthMonth(), query.birthDay());
        return year && month && day;
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
    public record Match(Person person, double score) {}

    /** One page of matches and the total number found. */
    public record SearchPage(List<Match> matches, int total, int page, int size) {
        public int pages() {
            return (total + size - 1) / size;
        }
    }
}
