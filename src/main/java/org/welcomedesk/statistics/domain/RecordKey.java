package org.welcomedesk.statistics.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * A record's persistent random key for the cell key method, as a whole number in
 * [0, 2<sup>32</sup>). Whole numbers so that a cell's key, their sum, is the same whatever
 * order the records are added in (sums of doubles are not).
 *
 * @param value the key, 0 &lt;= value &lt; 2<sup>32</sup>
 */
public record RecordKey(long value) {

    static final long MODULUS = 1L << 32;

    public RecordKey {
        if (value < 0 || value >= MODULUS) {
            throw new IllegalArgumentException("a record key lies in [0, 2^32)");
        }
    }

    /** The key stored with a residence event, a random number in [0, 1). */
    public static RecordKey ofFraction(double fraction) {
        if (!(fraction >= 0 && fraction < 1)) {
            throw new IllegalArgumentException("a stored record key lies in [0, 1)");
        }
        return new RecordKey((long) Math.floor(fraction * MODULUS));
    }

    /**
     * A key for a record that has none stored (a person counted in a table of needs): derived
     * from its identifier with the protection secret, so it is as persistent as a stored key
     * and as unpredictable to anyone without the secret.
     */
    public static RecordKey derived(byte[] secret, String recordId) {
        return derived(keyedBy(secret), recordId);
    }

    /** The same, with a keyed hash made once by {@link #keyedBy} (not shared between threads). */
    static RecordKey derived(Mac keyed, String recordId) {
        byte[] digest = keyed.doFinal(("record:" + recordId).getBytes(StandardCharsets.UTF_8));
        long value = ((digest[0] & 0xFFL) << 24)
                | ((digest[1] & 0xFFL) << 16)
                | ((digest[2] & 0xFFL) << 8)
                | (digest[3] & 0xFFL);
        return new RecordKey(value);
    }

    /** A keyed hash (HMAC-SHA256) with the protection secret. */
    static Mac keyedBy(byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
