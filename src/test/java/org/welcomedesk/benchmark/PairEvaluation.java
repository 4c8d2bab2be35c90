package org.welcomedesk.benchmark;

import org.welcomedesk.registry.duplicates.domain.matching.Agreement;
import org.welcomedesk.registry.duplicates.domain.matching.CandidatePairs;
import org.welcomedesk.registry.duplicates.domain.matching.MatchThresholds;
import org.welcomedesk.registry.duplicates.domain.matching.RecordComparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores the candidate pairs of one data set against its ground truth, the way record-linkage
 * results are usually reported: by pairs (precision, recall, F1), with blocking recall apart.
 */
final class PairEvaluation {

    /** Whether two records (by position; for linkage left and right) are the same person. */
    @FunctionalInterface
    interface Truth {
        boolean samePerson(int first, int second);
    }

    final String dataset;
    final int records;
    final long truePairs;
    final long candidatePairs;
    final long trueCandidates;
    final long elapsedMillis;
    private final float[] scores;
    private final boolean[] isTrue;
    /** Agreement vectors of the candidate pairs, for learning weights. */
    final List<Agreement[]> agreements;

    private PairEvaluation(
            String dataset,
            int records,
            long truePairs,
            long elapsedMillis,
            float[] scores,
            boolean[] isTrue,
            List<Agreement[]> agreements) {
        this.dataset = dataset;
        this.records = records;
        this.truePairs = truePairs;
        this.candidatePairs = scores.length;
        long t = 0;
        for (boolean b : isTrue) {
            t += b ? 1 : 0;
        }
        this.trueCandidates = t;
        this.elapsedMillis = elapsedMillis;
        this.scores = scores;
        this.isTrue = isTrue;
        this.agreements = agreements;
    }

    /** Compares every candidate pair and records its score and whether it is a true pair. */
    static PairEvaluation run(
            String dataset,
            int records,
            long truePairs,
            CandidatePairs pairs,
            int rightOffset,
            RecordComparison comparison,
            Truth truth,
            long startedNanos,
            boolean keepAgreements) {
        List<Float> scoreList = new ArrayList<>();
        List<Boolean> trueList = new ArrayList<>();
        List<Agreement[]> agreements = new ArrayList<>();
        pairs.forEachIndexPair((i, j) -> {
            var a = pairs.profile(i);
            var b = pairs.profile(rightOffset + j);
            scoreList.add((float) comparison.score(a, b));
            trueList.add(truth.samePerson(i, j));
            if (keepAgreements) {
                agreements.add(RecordComparison.agreements(a, b));
            }
        });
        float[] scores = new float[scoreList.size()];
        boolean[] isTrue = new boolean[scoreList.size()];
        for (int k = 0; k < scores.length; k++) {
            scores[k] = scoreList.get(k);
            isTrue[k] = trueList.get(k);
        }
        long elapsed = (System.nanoTime() - startedNanos) / 1_000_000;
        return new PairEvaluation(dataset, records, truePairs, elapsed, scores, isTrue, agreements);
    }

    double blockingRecall() {
        return truePairs == 0 ? 1 : (double) trueCandidates / truePairs;
    }

    /** Reported pairs, true reported pairs at a score threshold. */
    long[] atThreshold(double threshold) {
        long reported = 0;
        long correct = 0;
        for (int k = 0; k < scores.length; k++) {
            if (scores[k] >= threshold) {
                reported++;
                if (isTrue[k]) {
                    correct++;
                }
            }
        }
        return new long[] {reported, correct};
    }

    double precision(double threshold) {
        long[] r = atThreshold(threshold);
        return r[0] == 0 ? 1 : (double) r[1] / r[0];
    }

    double recall(double threshold) {
        return truePairs == 0 ? 1 : (double) atThreshold(threshold)[1] / truePairs;
    }

    double f1(double threshold) {
        double p = precision(threshold);
        double r = recall(threshold);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static String tableHeader() {
        return "| data set | records | true pairs | candidate pairs | blocking recall | LIKELY pairs | precision | recall | F1 "
                + "| LIKELY+POSSIBLE pairs | precision | recall | F1 | elapsed ms |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n";
    }

    String tableRow(MatchThresholds thresholds) {
        double likely = thresholds.likely();
        double possible = thresholds.possible();
        return String.format(
                Locale.ROOT,
                "| %s | %,d | %,d | %,d | %.4f | %,d | %.4f | %.4f | **%.4f** | %,d | %.4f | %.4f | %.4f | %,d |%n",
                dataset,
                records,
                truePairs,
                candidatePairs,
                blockingRecall(),
                atThreshold(likely)[0],
                precision(likely),
                recall(likely),
                f1(likely),
                atThreshold(possible)[0],
                precision(possible),
                recall(possible),
                f1(possible),
                elapsedMillis);
    }

    /** Precision / recall / F1 of several data sets at several thresholds. */
    static String tradeOffTable(List<PairEvaluation> evaluations, double[] thresholds, MatchThresholds defaults) {
        StringBuilder table = new StringBuilder("| score ≥ |");
        StringBuilder rule = new StringBuilder("| ---: |");
        for (PairEvaluation e : evaluations) {
            table.append(' ').append(e.dataset).append(" P / R / F1 |");
            rule.append(" --- |");
        }
        table.append('\n').append(rule).append('\n');
        for (double t : thresholds) {
            String label = String.format(Locale.ROOT, "%.0f", t)
                    + (t == defaults.likely() ? " (LIKELY)" : t == defaults.possible() ? " (POSSIBLE)" : "");
            table.append("| ").append(label).append(" |");
            for (PairEvaluation e : evaluations) {
                table.append(String.format(Locale.ROOT, " %.3f / %.3f / %.3f |", e.precision(t), e.recall(t), e.f1(t)));
            }
            table.append('\n');
        }
        return table.toString();
    }
}
