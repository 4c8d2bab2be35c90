package org.welcomedesk.registry.duplicates.domain.matching;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The pairs of people worth comparing, in memory: those that share a blocking key
 * ({@link PreparedProfile#blockingKeys()}). Either within one collection (looking for duplicates
 * in the registry) or between two (linking one list to another).
 *
 * <p>Each unordered pair is produced once, whatever the number of keys it shares, in a
 * deterministic order (by key hash, then by position in the input). Pairs are not stored but
 * enumerated on demand, so memory stays at two {@code long}s per key and person (about 200 MB for
 * a million people) however many pairs there are.
 *
 * <p><b>Block size cap.</b> A key shared by more than {@code maxBlockSize} people (default
 * {@value #DEFAULT_MAX_BLOCK_SIZE}) is skipped as a whole: such a block would cost
 * maxBlockSize²/2 comparisons and says little (a very common full name, a shelter's phone). The
 * recall cost: a duplicate pair that shares <em>only</em> skipped keys is not found. Pairs in
 * a skipped block are usually also in a small block of another key (name with birth date),
 * so the cost is limited to people with a very common name and no birth date, document or phone.
 * {@link #skippedBlocks()} tells how much was skipped.
 */
public final class CandidatePairs {

    public static final int DEFAULT_MAX_BLOCK_SIZE = 500;

    private final PreparedProfile[] profiles;
    /** Profiles [0, leftSize) on the left; for deduplication there is no right side. */
    private final int leftSize;

    private final boolean linkage;
    private final int maxBlockSize;
    private final int indexBits;
    private final long indexMask;
    /** (key hash prefix | profile index), sorted: blocks are runs of equal prefix. */
    private final long[] entries;
    /** Per profile, the sorted key hash prefixes of its kept blocks, at keyStart[i]..keyStart[i+1]. */
    private final long[] keysOfProfile;

    private final int[] keyStart;
    private int skippedBlocks;

    /** Visits a pair by the profiles' positions (for linkage: left position, right position). */
    @FunctionalInterface
    public interface IndexPairVisitor {
        void visit(int first, int second);
    }

    private CandidatePairs(List<PreparedProfile> left, List<PreparedProfile> right, int maxBlockSize) {
        if (maxBlockSize < 2) {
            throw new IllegalArgumentException("maxBlockSize must be at least 2");
        }
        this.linkage = right != null;
        this.leftSize = left.size();
        int total = left.size() + (right == null ? 0 : right.size());
        this.profiles = new PreparedProfile[total];
        for (int i = 0; i < left.size(); i++) {
            profiles[i] = left.get(i);
        }
        for (int i = leftSize; i < total; i++) {
            profiles[i] = right.get(i - leftSize);
        }
        this.maxBlockSize = maxBlockSize;
        this.indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, total - 1)));
        this.indexMask = (1L << indexBits) - 1;

        int count = 0;
        for (PreparedProfile p : profiles) {
            count += p.blockingKeys().size();
        }
        long[] all = new long[count];
        int n = 0;
        for (int i = 0; i < total; i++) {
            for (String key : profiles[i].blockingKeys()) {
                all[n++] = (hash(key) & ~indexMask) | i;
            }
        }
        Arrays.sort(all);
        // Two keys of one profile with the same hash prefix would pair the profile with itself.
        int unique = 0;
        for (int k = 0; k < all.length; k++) {
            if (k == 0 || all[k] != all[k - 1]) {
                all[unique++] = all[k];
            }
        }
        this.entries = unique == all.length ? all : Arrays.copyOf(all, unique);

        // Keep the blocks worth enumerating; note them per profile for the "first shared key" test.
        boolean[] kept = new boolean[entries.length];
        int[] perProfile = new int[total];
        for (int start = 0; start < entries.length; ) {
            int end = blockEnd(start);
            int leftCount = 0;
            for (int k = start; k < end; k++) {
                if (index(entries[k]) < leftSize) {
                    leftCount++;
                }
            }
            int rightCount = (end - start) - leftCount;
            boolean hasPairs = linkage ? leftCount > 0 && rightCount > 0 : end - start > 1;
            boolean tooLarge =
                    linkage ? leftCount > maxBlockSize || rightCount > maxBlockSize : end - start > maxBlockSize;
            if (hasPairs && tooLarge) {
                skippedBlocks++;
            } else if (hasPairs) {
                for (int k = start; k < end; k++) {
                    kept[k] = true;
                    perProfile[index(entries[k])]++;
                }
            }
            start = end;
        }
        this.keyStart = new int[total + 1];
        for (int i = 0; i < total; i++) {
            keyStart[i + 1] = keyStart[i] + perProfile[i];
        }
        this.keysOfProfile = new long[keyStart[total]];
        int[] fill = Arrays.copyOf(keyStart, total);
        for (int k = 0; k < entries.length; k++) {
            if (kept[k]) {
                int i = index(entries[k]);
                // Entries are sorted by prefix, so each profile's list comes out sorted too.
                keysOfProfile[fill[i]++] = entries[k] & ~indexMask;
            }
        }
    }

    /** Prepares the profiles and pairs them within the collection, with the default block size cap. */
    public static CandidatePairs of(List<MatchProfile> profiles) {
        return within(prepare(profiles));
    }

    /** Prepares the profiles and pairs each of {@code left} with those of {@code right}, default cap. */
    public static CandidatePairs linking(List<MatchProfile> left, List<MatchProfile> right) {
        return between(prepare(left), prepare(right));
    }

    /** Pairs within one collection, for finding duplicates, with the default block size cap. */
    public static CandidatePairs within(List<PreparedProfile> profiles) {
        return within(profiles, DEFAULT_MAX_BLOCK_SIZE);
    }

    public static CandidatePairs within(List<PreparedProfile> profiles, int maxBlockSize) {
        return new CandidatePairs(profiles, null, maxBlockSize);
    }

    /** Pairs with one profile from each collection, for linking two lists, with the default cap. */
    public static CandidatePairs between(List<PreparedProfile> left, List<PreparedProfile> right) {
        return between(left, right, DEFAULT_MAX_BLOCK_SIZE);
    }

    public static CandidatePairs between(List<PreparedProfile> left, List<PreparedProfile> right, int maxBlockSize) {
        return new CandidatePairs(left, right, maxBlockSize);
    }

    /** Prepares profiles, in order (transliteration is the slow part: about 20-50 µs per name). */
    public static List<PreparedProfile> prepare(Collection<MatchProfile> profiles) {
        return profiles.stream().map(PreparedProfile::of).toList();
    }

    /** Visits each candidate pair once: the earlier profile first (for linkage: left, right). */
    public void forEachPair(BiConsumer<PreparedProfile, PreparedProfile> visitor) {
        forEachIndexPair((i, j) -> visitor.accept(profiles[i], profiles[linkage ? leftSize + j : j]));
    }

    /**
     * Visits each candidate pair once by position: for deduplication i &lt; j; for linkage i in
     * the left list and j in the right list.
     */
    public void forEachIndexPair(IndexPairVisitor visitor) {
        for (int start = 0; start < entries.length; ) {
            int end = blockEnd(start);
            long prefix = entries[start] & ~indexMask;
            if (end - start > 1 && isKept(entries[start])) {
                for (int x = start; x < end; x++) {
                    int i = index(entries[x]);
                    for (int y = x + 1; y < end; y++) {
                        int j = index(entries[y]);
                        if (linkage && (i >= leftSize) == (j >= leftSize)) {
                            continue;
                        }
                        if (firstSharedKey(i, j) == prefix) {
                            if (!linkage) {
                                visitor.visit(i, j);
                            } else if (i < leftSize) {
                                visitor.visit(i, j - leftSize);
                            } else {
                                visitor.visit(j, i - leftSize);
                            }
                        }
                    }
                }
            }
            start = end;
        }
    }

    /** The number of candidate pairs (enumerates them). */
    public long count() {
        long[] count = new long[1];
        forEachIndexPair((i, j) -> count[0]++);
        return count[0];
    }

    /** Blocks skipped for being larger than the cap. */
    public int skippedBlocks() {
        return skippedBlocks;
    }

    /** The profile at a position (for linkage: of the left list, then of the right list). */
    public PreparedProfile profile(int position) {
        return profiles[position];
    }

    private boolean isKept(long entry) {
        int i = index(entry);
        long prefix = entry & ~indexMask;
        for (int k = keyStart[i]; k < keyStart[i + 1]; k++) {
            if (keysOfProfile[k] == prefix) {
                return true;
            }
        }
        return false;
    }

    /** The smallest key prefix of a kept block that both profiles are in. */
    private long firstSharedKey(int i, int j) {
        int a = keyStart[i];
        int aEnd = keyStart[i + 1];
        int b = keyStart[j];
        int bEnd = keyStart[j + 1];
        while (a < aEnd && b < bEnd) {
            long x = keysOfProfile[a];
            long y = keysOfProfile[b];
            if (x == y) {
                return x;
            }
            if (x < y) {
                a++;
            } else {
                b++;
            }
        }
        return Long.MIN_VALUE; // cannot happen for two members of one kept block
    }

    private int blockEnd(int start) {
        long prefix = entries[start] & ~indexMask;
        int end = start + 1;
        while (end < entries.length && (entries[end] & ~indexMask) == prefix) {
            end++;
        }
        return end;
    }

    private int index(long entry) {
        return (int) (entry & indexMask);
    }

    /**
     * A 64-bit hash of a key, the same on every JVM: FNV-1a over the UTF-16 units, then the
     * MurmurHash3 finaliser to spread the bits (the low bits are replaced by the profile index).
     */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe9a5e2b5L;
        h ^= h >>> 33;
        return h;
    }
}
