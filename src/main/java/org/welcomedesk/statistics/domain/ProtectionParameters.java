package org.welcomedesk.statistics.domain;

import java.util.Arrays;

/**
 * The parameters of the city's disclosure control: how far a count may be moved, how widely
 * the moves spread, the secret that decides which cells move which way, the thresholds below
 * which a count is withheld, and a version recorded with every release. Server configuration,
 * a secret in production: never shown in a page, the API or a log ({@link #toString()} names
 * the version only).
 *
 * @param version            recorded with each release, so a release can say which protection it had
 * @param maxDeviation       the most a published count differs from the true one (3)
 * @param variance           how widely the deviations spread (larger: more cells move, further)
 * @param secret             decides, with the cell key, each cell's deviation
 * @param threshold          counts published below this are withheld (k, 5 by default)
 * @param sensitiveThreshold the same for breakdowns the city marks sensitive (10 by default)
 */
public record ProtectionParameters(
        String version, int maxDeviation, double variance, byte[] secret, int threshold, int sensitiveThreshold) {

    /** The smallest count ever published other than 0: 1 and 2 never are. */
    public static final int SMALLEST_PUBLISHED = 3;

    public ProtectionParameters {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("the protection needs a version");
        }
        if (maxDeviation < 1 || maxDeviation > 10) {
            throw new IllegalArgumentException("the maximum deviation lies between 1 and 10");
        }
        if (!(variance > 0 && variance <= 25)) {
            throw new IllegalArgumentException("the variance lies in (0, 25]");
        }
        if (secret == null || secret.length < 16) {
            throw new IllegalArgumentException("the protection secret has at least 16 bytes");
        }
        if (threshold < SMALLEST_PUBLISHED || sensitiveThreshold < threshold) {
            throw new IllegalArgumentException("thresholds: 3 <= k <= sensitive k");
        }
        secret = secret.clone();
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    /** The threshold for a cell of the given sensitivity. */
    public int threshold(Sensitivity sensitivity) {
        return sensitivity == Sensitivity.SENSITIVE ? sensitiveThreshold : threshold;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProtectionParameters p
                && p.version.equals(version)
                && p.maxDeviation == maxDeviation
                && p.variance == variance
                && Arrays.equals(p.secret, secret)
                && p.threshold == threshold
                && p.sensitiveThreshold == sensitiveThreshold;
    }

    @Override
    public int hashCode() {
        return version.hashCode();
    }

    @Override
    public String toString() {
        return "ProtectionParameters[version=" + version + "]";
    }
}
