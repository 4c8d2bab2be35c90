package org.welcomedesk.registry.duplicates.domain.matching;

/** How the values of one field of two records agree, in words a clerk can check. */
public enum Agreement {
    /** The same value. */
    EXACT,
    /** Another spelling of the same name: the same phonetic skeleton (Mohammed / Muhammad). */
    VARIANT_SPELLING,
    /** The same name written in different scripts (محمد / Mohammed, ተስፋዬ / Tesfaye). */
    TRANSLITERATION,
    /** Nearly the same value: a typing error (a letter or digit wrong, two swapped). */
    TYPO,
    /** Given and family names entered the other way round. */
    SWAPPED,
    /** The same birth date with day and month swapped (03/12 and 12/03). */
    DAY_MONTH_SWAPPED,
    /** Birth years within two years of each other, where one of them is estimated. */
    WITHIN_ESTIMATE,
    /** Only part of the value is recorded on one side, and that part agrees (a year only, a missing middle name). */
    PARTIAL,
    /** Different values. */
    DIFFERENT,
    /** Not recorded on one side or both: no evidence either way. */
    MISSING
}
