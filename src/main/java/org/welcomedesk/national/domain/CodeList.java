package org.welcomedesk.national.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A code list of the data structure, with its total code and the ways its other codes add up
 * to the total (citizenship: every country, stateless and unknown; or nationals, foreigners,
 * stateless and unknown).
 */
public final class CodeList {

    private final String id;
    private final Map<String, Code> codes;
    private final String total;
    private final List<Partition> partitions;

    /**
     * @param id         e.g. CL_COUNTRY
     * @param codes      the codes, in the list's order
     * @param total      the code of the sum over the list (TOTAL, T for sex), or null for lists never summed
     * @param partitions sets of codes each adding up to the total
     */
    public CodeList(String id, List<Code> codes, String total, List<Partition> partitions) {
        this.id = id;
        Map<String, Code> byId = new LinkedHashMap<>();
        codes.forEach(c -> byId.put(c.id(), c));
        this.codes = java.util.Collections.unmodifiableMap(byId);
        this.total = total;
        this.partitions = List.copyOf(partitions);
    }

    /**
     * Codes that add up to the list's total.
     *
     * @param codes the codes
     * @param rest  true: "every code of the list but these" (the codes are the ones left out, and
     *              a table that allows fewer codes adds up over those it allows); false: exactly
     *              these codes, a partition only where a table allows all of them
     */
    public record Partition(Set<String> codes, boolean rest) {
        public Partition {
            codes = Set.copyOf(codes);
        }

        /** The codes adding up to the total in a table allowing these codes; empty where it does not apply. */
        public Set<String> within(CodeList list, Collection<String> allowed) {
            if (!rest) {
                return allowed.containsAll(codes) ? codes : Set.of();
            }
            Set<String> parts = new LinkedHashSet<>(allowed);
            parts.removeAll(codes);
            parts.remove(list.total());
            return parts;
        }
    }

    public String id() {
        return id;
    }

    /** The codes, in the list's order. */
    public List<Code> codes() {
        return List.copyOf(codes.values());
    }

    /** The codes' ids, in the list's order. */
    public List<String> ids() {
        return List.copyOf(codes.keySet());
    }

    /** The code of the sum over the list, or null for a list never summed (FREQ, UNIT_MEASURE). */
    public String total() {
        return total;
    }

    public List<Partition> partitions() {
        return partitions;
    }

    /** Whether the list holds the code. */
    public boolean contains(String code) {
        return codes.containsKey(code);
    }

    /** The code with this id. */
    public Optional<Code> code(String id) {
        return Optional.ofNullable(codes.get(id));
    }

    @Override
    public String toString() {
        return id;
    }
}
