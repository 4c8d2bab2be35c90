package org.welcomedesk.national.domain;

import java.util.List;

/**
 * A reason a release does not conform to the data structure, as the hub reports it and the
 * city's planner reads it (translated from its message key on the city's side).
 *
 * @param code       a stable code: UNKNOWN_CODE, MISSING_DIMENSION, TOTAL_INCONSISTENT,
 *                   PERIOD_OUT_OF_RANGE, PERIOD_INVALID, WRONG_AREA, OLDER_REVISION, DUPLICATE_CELL,
 *                   VALUE_INVALID, STRUCTURE_UNKNOWN, MALFORMED (constants in {@link DataStructure})
 * @param dataflow   the table concerned, when one is
 * @param location   the dimension or cell concerned (e.g. "CITIZEN=XX" or the cell's key), never personal data
 * @param messageKey the resource bundle key of the explanation
 * @param arguments  the explanation's arguments
 */
public record Finding(String code, String dataflow, String location, String messageKey, List<String> arguments) {

    public Finding {
        arguments = List.copyOf(arguments);
    }
}
