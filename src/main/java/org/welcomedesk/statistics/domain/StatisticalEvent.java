package org.welcomedesk.statistics.domain;

import java.time.LocalDate;

/**
 * One residence event as statistics see it: what is needed to count it and nothing that names
 * anyone. The counting unit is an opaque reference (a person counts once per flow and period
 * however many events they had), the record key is the event's persistent random key.
 *
 * @param unit             opaque reference of the person, only to count them once
 * @param key              the event's record key (cell key method)
 * @param flow             IMM, IN_INT, EMI, OUT_INT, MOVE_INTRA or TMP_MOB
 * @param eventDate        the date residence was established or ceased
 * @param district         the district as it was on the event date: settled in, or left
 * @param previousDistrict for a move within the city, the district left; otherwise null
 * @param sex              F, M, or another code the registry records
 * @param age              completed years at the event date
 * @param citizenship      ISO 3166-1 alpha-2, or STLS, UNK
 * @param birthCountry     ISO 3166-1 alpha-2, or UNK
 * @param partner          previous or next residence: a country code, or a municipality
 * @param status           provisional (classified on the intended duration) or final
 */
public record StatisticalEvent(
        String unit,
        RecordKey key,
        String flow,
        LocalDate eventDate,
        String district,
        String previousDistrict,
        String sex,
        int age,
        String citizenship,
        String birthCountry,
        String partner,
        ObservationStatus status) {

    /** A flow within the city: counted in and out of districts, never as migration for the city. */
    public static final String MOVE_INTRA = "MOVE_INTRA";
    /** District-level flow codes of a move within the city. */
    public static final String MOVE_IN = "MOVE_IN";

    public static final String MOVE_OUT = "MOVE_OUT";
}
