package org.welcomedesk.statistics.domain;

import javax.crypto.Mac;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The cell key method's perturbation table: for a true count and a cell key, how much the
 * published count differs. Every row keeps the deviation within the maximum, never publishes
 * 1 or 2 (a count of 1 or 2 becomes 0 or at least 3, so a published 0 does not say that nobody
 * is there), and is unbiased (the expected published count is the true one). Within a row the
 * deviations follow a discretised normal shape of the configured variance, tilted to mean
 * zero where the row's allowed deviations are not symmetric. Which range of cell keys maps to
 * which deviation is shifted per count by the protection secret, so the table cannot be
 * reconstructed from the public method.
 */
public final class PerturbationTable {

    private final ProtectionParameters parameters;
    private final Mac rowShifts;
    /** Rows for small counts, where the allowed deviations are cut by 0 and by 1 and 2. */
    private final List<Row> smallRows = new ArrayList<>();
    /** The row of every count from {@code SMALLEST_PUBLISHED + maxDeviation} up. */
    private final Row generalRow;

    private final ConcurrentMap<Long, Double> shifts = new ConcurrentHashMap<>();

    public PerturbationTable(ProtectionParameters parameters) {
        this.parameters = parameters;
        int general = ProtectionParameters.SMALLEST_PUBLISHED + parameters.maxDeviation();
        smallRows.add(null); // an empty cell has no key and is published as 0
        for (int count = 1; count < general; count++) {
            smallRows.add(Row.of(count, parameters));
        }
        this.generalRow = Row.of(general, parameters);
        this.rowShifts = RecordKey.keyedBy(parameters.secret());
    }

    /** The parameters this table was built from. */
    public ProtectionParameters parameters() {
        return parameters;
    }

    /** The count to publish for a cell (0 for an empty one). */
    public long perturbed(CellKey cell) {
        long count = cell.count();
        if (count == 0) {
            return 0;
        }
        Row row = count < smallRows.size() ? smallRows.get((int) count) : generalRow;
        double key = cell.fraction() + shift(count);
        return count + row.deviation(key - Math.floor(key));
    }

    private double shift(long count) {
        return shifts.computeIfAbsent(count, c -> {
            byte[] digest;
            synchronized (rowShifts) {
                digest = rowShifts.doFinal(ByteBuffer.allocate(Long.BYTES + 4)
                        .putInt(0x726f7773)
                        .putLong(c)
                        .array());
            }
            return (ByteBuffer.wrap(digest).getLong() >>> 11) / (double) (1L << 53);
        });
    }

    /** One count's deviations with their cumulative probabilities. */
    private record Row(int[] deviations, double[] cumulative) {

        static Row of(int count, ProtectionParameters parameters) {
            int d = parameters.maxDeviation();
            List<Integer> allowed = new ArrayList<>();
            for (int deviation = -d; deviation <= d; deviation++) {
                long published = count + deviation;
                if (published == 0 && count > 0 || published >= ProtectionParameters.SMALLEST_PUBLISHED) {
                    allowed.add(deviation);
                }
            }
            int[] deviations = allowed.stream().mapToInt(Integer::intValue).toArray();
            double[] probabilities = unbiased(deviations, parameters.variance());
            double[] cumulative = new double[deviations.length];
            double sum = 0;
            for (int i = 0; i < deviations.length; i++) {
                sum += probabilities[i];
                cumulative[i] = sum;
            }
            cumulative[deviations.length - 1] = 1.0;
            return new Row(deviations, cumulative);
        }

        /**
         * Probabilities proportional to exp(-d^2 / 2v) * exp(lambda d), with lambda found by
         * bisection so that the mean deviation is zero.
         */
        private static double[] unbiased(int[] deviations, double variance) {
            boolean below = false;
            boolean above = false;
            for (int deviation : deviations) {
                below |= deviation < 0;
                above |= deviation > 0;
            }
            if (!below || !above) {
                throw new IllegalStateException("a row needs deviations on both sides of zero");
            }
            double low = -50;
            double high = 50;
            for (int i = 0; i < 200; i++) {
                double lambda = (low + high) / 2;
                if (mean(weights(deviations, variance, lambda), deviations) > 0) {
                    high = lambda;
                } else {
                    low = lambda;
                }
            }
            return weights(deviations, variance, (low + high) / 2);
        }

        private static double[] weights(int[] deviations, double variance, double lambda) {
            double[] weights = new double[deviations.length];
            double total = 0;
            for (int i = 0; i < deviations.length; i++) {
                int d = deviations[i];
                weights[i] = Math.exp(-d * d / (2 * variance) + lambda * d);
                total += weights[i];
            }
            for (int i = 0; i < weights.length; i++) {
                weights[i] /= total;
            }
            return weights;
        }

        private static double mean(double[] probabilities, int[] deviations) {
            double mean = 0;
            for (int i = 0; i < deviations.length; i++) {
                mean += probabilities[i] * deviations[i];
            }
            return mean;
        }

        int deviation(double key) {
            for (int i = 0; i < cumulative.length; i++) {
                if (key < cumulative[i]) {
                    return deviations[i];
                }
            }
            return deviations[deviations.length - 1];
        }
    }
}
