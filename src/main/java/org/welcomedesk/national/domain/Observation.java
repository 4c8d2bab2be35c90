package org.welcomedesk.national.domain;

import java.util.Map;
import java.util.OptionalLong;

/**
 * One value of a national table as it travels from a city to the hub: a code for every
 * dimension of the data structure (TOTAL is a code, never a wildcard), the count (absent when
 * withheld, never 0 in its place) and its SDMX attributes.
 *
 * @param dataflow              the national table it belongs to (e.g. MIGR_IMM1CTZ)
 * @param key                   dimension id to code, for every dimension of the structure except TIME_PERIOD
 * @param value                 the count, absent when withheld
 * @param observationStatus     OBS_STATUS: A final, P provisional
 * @param confidentialityStatus CONF_STATUS: F free, A primary confidential (small count)
 */
public record Observation(
        String dataflow,
        Map<String, String> key,
        OptionalLong value,
        String observationStatus,
        String confidentialityStatus) {

    public Observation {
        key = Map.copyOf(key);
    }
}
