package org.welcomedesk.benchmark;

import org.welcomedesk.registry.duplicates.domain.matching.Agreement;
import org.welcomedesk.registry.duplicates.domain.matching.CandidatePairs;
import org.welcomedesk.registry.duplicates.domain.matching.MatchField;
import org.welcomedesk.registry.duplicates.domain.matching.MatchProfile;
import org.welcomedesk.registry.duplicates.domain.matching.MatchThresholds;
import org.welcomedesk.registry.duplicates.domain.matching.MatchWeights;
import org.welcomedesk.registry.duplicates.domain.matching.PreparedProfile;
import org.welcomedesk.registry.duplicates.domain.matching.RecordComparison;
import org.welcomedesk.registry.records.domain.IdentityDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Accuracy of the duplicate-matching engine on FEBRL, the standard public benchmark (see
 * ../shared/benchmarks/febrl/README.md): the application's own blocking
 * ({@link CandidatePairs}), comparison and default weights and thresholds, nothing tuned per data
 * set, rec_id used only to score. Also measures comparisons per second.
 *
 * <p>{@code mvn -o -Pbenchmark -Dbenchmark=febrl}; with {@code -Dbenchmark.args=--learn-weights}
 * it instead learns the weights by EM from the candidate pairs of FEBRL and of the cross-script
 * names data set and prints them as Java source for {@link MatchWeights#defaults()}.
 */
public final class FebrlBenchmark {

    static final String COMMAND = "mvn -o -Pbenchmark -Dbenchmark=febrl";

    private FebrlBenchmark() {}

    /** One FEBRL record: the person number N of rec-N-org / rec-N-dup-K, and the profile. */
    record FebrlRecord(int person, MatchProfile profile) {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(System.getProperty("benchmarks.dir", "../shared/benchmarks"))
                .resolve("febrl");
        boolean learn = Arrays.asList(args).contains("--learn-weights");
        RecordComparison comparison = RecordComparison.defaults();
        MatchThresholds thresholds = comparison.thresholds();

        List<PairEvaluation> evaluations = new ArrayList<>();
        evaluations.add(dedup("dataset1 (dedup)", read(dir.resolve("dataset1.csv")), comparison, learn));
        evaluations.add(dedup("dataset2 (dedup)", read(dir.resolve("dataset2.csv")), comparison, learn));
        evaluations.add(linkage(
                "dataset4a × 4b (linkage)",
                read(dir.resolve("dataset4a.csv")),
                read(dir.resolve("dataset4b.csv")),
                comparison,
                learn));

        if (learn) {
            learnWeights(dir, evaluations, comparison);
            return;
        }

        String header = PairEvaluation.tableHeader();
        StringBuilder rows = new StringBuilder();
        for (PairEvaluation e : evaluations) {
            rows.append(e.tableRow(thresholds));
        }
        String speed = comparisonSpeed(read(dir.resolve("dataset2.csv")), comparison);
        double[] cuts = java.util.stream.DoubleStream.of(
                        thresholds.possible() - 4,
                        thresholds.possible(),
                        thresholds.possible() + 2,
                        thresholds.likely() - 2,
                        thresholds.likely(),
                        thresholds.likely() + 4,
                        thresholds.likely() + 8)
                .distinct()
                .sorted()
                .toArray();
        String tradeOff = PairEvaluation.tradeOffTable(evaluations, cuts, thresholds);
        System.out.println();
        System.out.print(header + rows);
        System.out.println();
        System.out.print(tradeOff);
        System.out.println();
        System.out.println(speed);

        String section = BenchmarkDoc.provenance(COMMAND) + "\n\n"
                + String.format(
                        Locale.ROOT,
                        "Thresholds: LIKELY from %.1f bits, POSSIBLE from %.1f bits "
                                + "(MatchThresholds.defaults()); weights MatchWeights.defaults().%n%n",
                        thresholds.likely(),
                        thresholds.possible())
                + header + rows + "\n"
                + "Precision / recall / F1 of the reported pairs at other score thresholds:\n\n" + tradeOff + "\n"
                + speed + "\n";
        BenchmarkDoc.replaceSection("febrl", section);
    }

    private static PairEvaluation dedup(
            String name, List<FebrlRecord> records, RecordComparison comparison, boolean keepAgreements) {
        long started = System.nanoTime();
        List<PreparedProfile> prepared = CandidatePairs.prepare(
                records.stream().map(FebrlRecord::profile).toList());
        CandidatePairs pairs = CandidatePairs.within(prepared);
        Map<Integer, Long> perPerson =
                records.stream().collect(Collectors.groupingBy(FebrlRecord::person, Collectors.counting()));
        long truePairs =
                perPerson.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
        return PairEvaluation.run(
                name,
                records.size(),
                truePairs,
                pairs,
                0,
                comparison,
                (i, j) -> records.get(i).person() == records.get(j).person(),
                started,
                keepAgreements);
    }

    private static PairEvaluation linkage(
            String name,
            List<FebrlRecord> left,
            List<FebrlRecord> right,
            RecordComparison comparison,
            boolean keepAgreements) {
        long started = System.nanoTime();
        CandidatePairs pairs = CandidatePairs.between(
                CandidatePairs.prepare(left.stream().map(FebrlRecord::profile).toList()),
                CandidatePairs.prepare(right.stream().map(FebrlRecord::profile).toList()));
        Map<Integer, Long> rightPerPerson =
                right.stream().collect(Collectors.groupingBy(FebrlRecord::person, Collectors.counting()));
        long truePairs = left.stream()
                .mapToLong(r -> rightPerPerson.getOrDefault(r.person(), 0L))
                .sum();
        return PairEvaluation.run(
                name,
                left.size() + right.size(),
                truePairs,
                pairs,
                left.size(),
                comparison,
                (i, j) -> left.get(i).person() == right.get(j).person(),
                started,
                keepAgreements);
    }

    /** Single-thread comparisons per second, full {@link RecordComparison#compare} with evidence. */
    private static String comparisonSpeed(List<FebrlRecord> records, RecordComparison comparison) {
        List<PreparedProfile> prepared = CandidatePairs.prepare(
                records.stream().map(FebrlRecord::profile).toList());
        List<int[]> pairs = new ArrayList<>();
        CandidatePairs.within(prepared).forEachIndexPair((i, j) -> pairs.add(new int[] {i, j}));
        Random random = new Random(42);
        int candidates = pairs.size();
        for (int k = 0; k < candidates; k++) {
            // as many random pairs as candidate pairs: most comparisons in a scan are of non-matches
            pairs.add(new int[] {random.nextInt(prepared.size()), random.nextInt(prepared.size())});
        }
        double sink = 0;
        int rounds = 0;
        long comparisons = 0;
        long start = System.nanoTime();
        long warmupEnd = start + 2_000_000_000L;
        while (System.nanoTime() < warmupEnd) {
            for (int[] p : pairs) {
                sink += comparison
                        .compare(prepared.get(p[0]), prepared.get(p[1]))
                        .score();
            }
        }
        start = System.nanoTime();
        while (rounds < 3 || System.nanoTime() - start < 3_000_000_000L) {
            for (int[] p : pairs) {
                sink += comparison
                        .compare(prepared.get(p[0]), prepared.get(p[1]))
                        .score();
            }
            comparisons += pairs.size();
            rounds++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // Preparing: transliteration and keys, once per person.
        long prepStart = System.nanoTime();
        List<PreparedProfile> again = CandidatePairs.prepare(
                records.stream().map(FebrlRecord::profile).toList());
        double prepMicros = (System.nanoTime() - prepStart) / 1e3 / again.size();
        return String.format(
                Locale.ROOT,
                "Speed (one thread, dataset2 candidate pairs plus as many random pairs): "
                        + "**%,.0f comparisons per second** (RecordComparison.compare with evidence, %,d comparisons); "
                        + "preparing a profile (transliteration, keys) %.1f µs.%s",
                comparisons / seconds,
                comparisons,
                prepMicros,
                sink == 42.4242 ? " " : "");
    }

    /**
     * Learns the default weights (unsupervised, no ground truth): u from random pairs of FEBRL and
     * of the cross-script names, m by EM from the candidate pairs - of FEBRL for the levels FEBRL
     * shows at least 30 times among its candidates, of the names data set for the others (scripts,
     * estimated years, sex, phone, country). Name order is not learned (see MatchWeights).
     */
    private static void learnWeights(Path dir, List<PairEvaluation> febrl, RecordComparison comparison)
            throws IOException {
        List<Agreement[]> febrlCandidates = new ArrayList<>();
        febrl.forEach(e -> febrlCandidates.addAll(e.agreements));
        CrossScriptNamesBenchmark.Dataset names = CrossScriptNames.generate();
        List<Agreement[]> namesCandidates = CrossScriptNamesBenchmark.evaluate(names, comparison, true).agreements;
        List<Agreement[]> random = new ArrayList<>(randomPairs(
                read(dir.resolve("dataset2.csv")).stream()
                        .map(FebrlRecord::profile)
                        .toList(),
                200_000));
        random.addAll(randomPairs(names.profiles(), 200_000));
        MatchWeights fromFebrl = MatchWeights.estimate(febrlCandidates, random, 100);
        MatchWeights fromNames = MatchWeights.estimate(namesCandidates, random, 100);
        int[][] febrlCounts = new int[MatchField.values().length][Agreement.values().length];
        for (Agreement[] v : febrlCandidates) {
            for (int f = 0; f < v.length; f++) {
                febrlCounts[f][v[f].ordinal()]++;
            }
        }
        MatchWeights learned = MatchWeights.none();
        for (MatchField field : MatchField.values()) {
            for (Agreement level : MatchWeights.levels(field)) {
                MatchWeights source = febrlCounts[field.ordinal()][level.ordinal()] >= 30 ? fromFebrl : fromNames;
                learned = learned.with(field, level, source.m(field, level), source.u(field, level));
            }
        }
        System.out.println("Learned from " + febrlCandidates.size() + " FEBRL and " + namesCandidates.size()
                + " cross-script candidate pairs, u from " + random.size() + " random pairs:");
        System.out.println(learned);
        System.out.println(learned.toJava());
    }

    /** Agreement vectors of random pairs: nearly all of different people, for u. */
    static List<Agreement[]> randomPairs(List<MatchProfile> profiles, int count) {
        List<PreparedProfile> prepared = CandidatePairs.prepare(profiles);
        Random random = new Random(7);
        List<Agreement[]> result = new ArrayList<>(count);
        while (result.size() < count) {
            int i = random.nextInt(prepared.size());
            int j = random.nextInt(prepared.size());
            if (i != j) {
                result.add(RecordComparison.agreements(prepared.get(i), prepared.get(j)));
            }
        }
        return result;
    }

    /** Reads a FEBRL file: a header line, then comma-separated values with a leading space. */
    static List<FebrlRecord> read(Path file) throws IOException {
        List<FebrlRecord> records = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.skip(1).filter(line -> !line.isBlank()).forEach(line -> {
                String[] f =
                        Arrays.stream(line.split(",", -1)).map(String::strip).toArray(String[]::new);
                String id = f[0];
                int person = Integer.parseInt(id.split("-")[1]);
                seen.merge(id, 1, Integer::sum);
                String dob = f[9];
                Integer year = null;
                Integer month = null;
                Integer day = null;
                if (dob.matches("\\d{8}")) {
                    year = Integer.parseInt(dob.substring(0, 4));
                    month = Integer.parseInt(dob.substring(4, 6));
                    day = Integer.parseInt(dob.substring(6, 8));
                }
                String number = IdentityDocument.numberKey(f[10]);
                String address = Stream.of(f[3], f[4], f[5], f[6], f[7], f[8])
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.joining(" "));
                // The id is only a row number: rec_id is the ground truth and is not shown to the engine.
                records.add(new FebrlRecord(
                        person,
                        new MatchProfile(
                                file.getFileName() + ":" + records.size(),
                                emptyToNull(f[1]),
                                emptyToNull(f[2]),
                                null,
                                null,
                                null,
                                year,
                                month,
                                day,
                                false,
                                null,
                                number.isEmpty() ? Set.of() : Set.of(number),
                                null,
                                emptyToNull(address))));
            });
        }
        return records;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
