package org.welcomedesk.statistics.domain;

import java.util.Set;

/**
 * How a table shows countries (citizenship, country of birth, previous or next residence):
 * each ISO code apart, the country's own against all others, or the largest countries with the
 * rest as OTHER. A grouped cell is the sum of its countries' cells, protected as one cell.
 */
public enum CountryGrouping {
    /** Every ISO 3166-1 code apart (and STLS, UNK, municipalities as recorded). */
    ISO,
    /** NAT the country's own, FOR any other country; STLS and UNK kept. */
    NAT_FOR,
    /** The table's largest countries apart, every other country as OTHER; UNK kept. */
    TOP;

    public static final String NATIONAL = "NAT";
    public static final String FOREIGN = "FOR";
    public static final String OTHER = "OTHER";
    public static final String STATELESS = "STLS";
    public static final String UNKNOWN = "UNK";

    /** The code a recorded code is shown under. */
    public String group(String code, String nationalCountry, Set<String> top) {
        if (code == null || UNKNOWN.equals(code) || Recount.TOTAL.equals(code)) {
            return code == null ? UNKNOWN : code;
        }
        return switch (this) {
            case ISO -> code;
            // NAT and FOR stay: a source may have grouped them while counting
            case NAT_FOR ->
                STATELESS.equals(code) || NATIONAL.equals(code) || FOREIGN.equals(code)
                        ? code
                        : code.equals(nationalCountry) ? NATIONAL : FOREIGN;
            case TOP -> top.contains(code) ? code : OTHER;
        };
    }

    /** Whether a dimension's codes are countries this grouping applies to. */
    public static boolean appliesTo(Dimension dimension) {
        return dimension == Dimension.CITIZEN || dimension == Dimension.C_BIRTH || dimension == Dimension.PARTNER;
    }
}
