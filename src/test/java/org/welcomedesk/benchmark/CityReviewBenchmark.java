package org.welcomedesk.benchmark;

import org.welcomedesk.devstack.democity.SyntheticPopulation;
import org.welcomedesk.registry.duplicates.domain.matching.Agreement;
import org.welcomedesk.registry.duplicates.domain.matching.CandidatePairs;
import org.welcomedesk.registry.duplicates.domain.matching.Comparison;
import org.welcomedesk.registry.duplicates.domain.matching.Evidence;
import org.welcomedesk.registry.duplicates.domain.matching.Likelihood;
import org.welcomedesk.registry.duplicates.domain.matching.MatchProfile;
import org.welcomedesk.registry.duplicates.domain.matching.PreparedProfile;
import org.welcomedesk.registry.duplicates.domain.matching.RecordComparison;
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.registry.registration.application.NewPerson;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a city's review queue would hold with no duplicate in it: every person of the synthetic
 * city ({@link SyntheticPopulation}, the demo's and the scale benchmark's people) is someone
 * else, so every pair the engine reports is a false one that a supervisor would have to clear.
 * The application's blocking, comparison, weights and thresholds, in memory; sizes from the
 * arguments (default 50,000 and 200,000 people). {@code mvn -o -Pbenchmark -Dbenchmark=city}.
 *
 * <p>The namesakes of a city grow with the square of its size, so this measures the queue at
 * the scale the registry is meant for, which FEBRL and the cross-script set (a few thousand
 * records each) cannot.
 */
public final class CityReviewBenchmark {

    static final String COMMAND = "mvn -o -Pbenchmark -Dbenchmark=city";
    private static final long SEED = 20240611L;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);
    private static final Instant REGISTERED = Instant.parse("2026-11-01T12:00:00Z");
    private static final int PATTERNS = 5;

    private CityReviewBenchmark() {}

    public static void main(String[] args) throws IOException {
        List<Integer> sizes = args.length == 0
                ? List.of(50_000, 200_000)
                : java.util.Arrays.stream(args).map(Integer::parseInt).toList();
        RecordComparison comparison = RecordComparison.defaults();
        StringBuilder table = new StringBuilder("| people | candidate pairs | LIKELY pairs | POSSIBLE pairs | "
                + "review pairs per 1,000 people | of them in one household | elapsed s |\n"
                + "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        StringBuilder patterns = new StringBuilder();
        for (int size : sizes) {
            Result r = measure(size, comparison);
            table.append(String.format(
                    Locale.ROOT,
                    "| %,d | %,d | %,d | %,d | %.1f | %,d | %.1f |%n",
                    r.people,
                    r.candidatePairs,
                    r.likely,
                    r.possible,
                    1000.0 * (r.likely + r.possible) / r.people,
                    r.sameHousehold,
                    r.seconds));
            if (size == sizes.get(sizes.size() - 1)) {
                patterns.append(String.format(
                        Locale.ROOT,
                        "The %d most frequent ways reported pairs agree at %,d "
                                + "people (fields recorded on both sides; weight in bits):%n%n",
                        PATTERNS,
                        r.people));
                patterns.append("| pairs | evidence |\n| ---: | --- |\n");
                r.patterns.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .limit(PATTERNS)
                        .forEach(e -> patterns.append("| ")
                                .append(String.format(Locale.ROOT, "%,d", e.getValue()))
                                .append(" | ")
                                .append(e.getKey())
                                .append(" |\n"));
            }
        }
        System.out.println();
        System.out.print(table);
        System.out.println();
        System.out.print(patterns);
        String section = BenchmarkDoc.provenance(COMMAND) + "\n\n"
                + String.format(
                        Locale.ROOT,
                        "People of `SyntheticPopulation` (seed %d, as registered up to %s), "
                                + "every one a different person: each pair reported is one a supervisor would clear for "
                                + "nothing.%n%n",
                        SEED,
                        TODAY)
                + table + "\n" + patterns;
        BenchmarkDoc.replaceSection("city", section);
    }

    private record Result(
            int people,
            long candidatePairs,
            int likely,
            int possible,
            int sameHousehold,
            Map<String, Integer> patterns,
            double seconds) {}

    private static Result measure(int size, RecordComparison comparison) {
        long started = System.nanoTime();
        List<MatchProfile> profiles = new ArrayList<>(size);
        List<Integer> household = new ArrayList<>(size);
        int h = 0;
        for (SyntheticPopulation.Household house : new SyntheticPopulation(SEED).households(size, TODAY)) {
            for (NewPerson person : house.members()) {
                profiles.add(profile(person));
                household.add(h);
            }
            h++;
        }
        List<PreparedProfile> prepared = CandidatePairs.prepare(profiles);
        long[] candidates = {0};
        int[] counts = new int[3];
        Map<String, Integer> patterns = new HashMap<>();
        CandidatePairs.within(prepared).forEachIndexPair((i, j) -> {
            candidates[0]++;
            Comparison c = comparison.compare(prepared.get(i), prepared.get(j));
            if (c.likelihood() == Likelihood.UNLIKELY) {
                return;
            }
            counts[c.likelihood() == Likelihood.LIKELY ? 0 : 1]++;
            if (household.get(i).equals(household.get(j))) {
                counts[2]++;
            }
            patterns.merge(pattern(c), 1, Integer::sum);
        });
        return new Result(
                profiles.size(),
                candidates[0],
                counts[0],
                counts[1],
                counts[2],
                patterns,
                (System.nanoTime() - started) / 1e9);
    }

    /** The person as the registry would hold them, profiled as the application profiles them. */
    private static MatchProfile profile(NewPerson registered) {
        Person person = new Person(registered.details(), "benchmark", REGISTERED);
        registered
                .documents()
                .forEach(d -> person.addDocument(d.type(), d.number(), d.issuingCountry(), d.expiryDate()));
        return MatchProfile.of(person);
    }

    private static String pattern(Comparison c) {
        return c.evidence().stream()
                .filter(e -> e.agreement() != Agreement.MISSING)
                .filter(e -> !(e.field().name().equals("NAME") && e.agreement() == Agreement.EXACT))
                .map(CityReviewBenchmark::describe)
                .collect(Collectors.joining(", "));
    }

    private static String describe(Evidence e) {
        return String.format(
                Locale.ROOT,
                "%s %s (%+.1f)",
                e.field().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                e.agreement().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                e.weight());
    }
}
