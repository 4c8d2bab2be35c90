package org.welcomedesk.national.application;

import org.welcomedesk.national.domain.DataStructure;
import org.welcomedesk.national.domain.NationalRelease;
import org.welcomedesk.national.domain.Observation;
import org.welcomedesk.national.domain.Protection;
import org.welcomedesk.national.domain.SdmxAction;
import org.welcomedesk.national.domain.UnreadableMessage;
import org.welcomedesk.platform.text.CsvRecords;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SDMX-CSV 2.0 (media type {@value #MEDIA_TYPE}): one row per observation, STRUCTURE=dataflow and
 * STRUCTURE_ID=WD:MIGR_IMM1CTZ(1.0) naming its table and the structure's version, ACTION, one
 * column per dimension, TIME_PERIOD, OBS_VALUE (empty when withheld, never 0), OBS_STATUS,
 * CONF_STATUS, and the release's own attributes RELEASE_ID, REVISION, PROTECTION, PREPARED
 * repeated on every row as SDMX-CSV carries dataset-level attributes.
 */
public final class SdmxCsv {

    /** The media type of SDMX-CSV 2.0 data. */
    public static final String MEDIA_TYPE = "application/vnd.sdmx.data+csv;version=2.0.0";

    static final String STRUCTURE = "STRUCTURE";
    static final String STRUCTURE_ID = "STRUCTURE_ID";
    static final String ACTION = "ACTION";
    static final String OBS_VALUE = "OBS_VALUE";
    static final String RELEASE_ID = "RELEASE_ID";
    static final String REVISION = "REVISION";
    static final String PROTECTION = "PROTECTION";
    static final String PREPARED = "PREPARED";
    private static final List<String> RELEASE_COLUMNS = List.of(RELEASE_ID, REVISION, PROTECTION, PREPARED);
    private static final Pattern STRUCTURE_REFERENCE =
            Pattern.compile("([A-Za-z0-9_.-]+):([A-Za-z0-9_]+)\\(([0-9.]+)\\)");

    private SdmxCsv() {}

    /** A release as SDMX-CSV 2.0. */
    public static String write(NationalRelease release) {
        return write(
                release.observations(),
                release.period(),
                release.structureVersion(),
                release.action().name(),
                release);
    }

    /**
     * Observations that are no city's release (the hub's pooled data: several REF_AREAs) as
     * SDMX-CSV 2.0 with ACTION I and no release columns.
     */
    public static String writeData(String period, List<Observation> observations) {
        return write(observations, period, DataStructure.shipped().version(), "I", null);
    }

    private static String write(
            List<Observation> observations, String period, String version, String action, NationalRelease release) {
        DataStructure structure = DataStructure.version(version).orElse(DataStructure.shipped());
        Set<String> dimensions = new LinkedHashSet<>(structure.dimensions());
        observations.forEach(o -> dimensions.addAll(o.key().keySet()));
        List<String> header = new ArrayList<>(List.of(STRUCTURE, STRUCTURE_ID, ACTION));
        header.addAll(dimensions);
        header.addAll(
                List.of(DataStructure.TIME_PERIOD, OBS_VALUE, DataStructure.OBS_STATUS, DataStructure.CONF_STATUS));
        if (release != null) {
            header.addAll(RELEASE_COLUMNS);
        }
        StringBuilder csv = new StringBuilder(64 * (observations.size() + 1));
        csv.append(CsvRecords.line(header)).append("\r\n");
        for (Observation observation : observations) {
            List<String> row = new ArrayList<>(header.size());
            row.add("dataflow");
            row.add(structure.agency() + ":" + observation.dataflow() + "(" + version + ")");
            row.add(action);
            dimensions.forEach(d -> row.add(observation.key().getOrDefault(d, "")));
            row.add(period);
            row.add(
                    observation.value().isPresent()
                            ? String.valueOf(observation.value().getAsLong())
                            : "");
            row.add(observation.observationStatus());
            row.add(observation.confidentialityStatus());
            if (release != null) {
                row.add(release.releaseId());
                row.add(String.valueOf(release.revision()));
                row.add(release.protection().name());
                row.add(release.prepared().toString());
            }
            csv.append(CsvRecords.line(row)).append("\r\n");
        }
        return csv.toString();
    }

    /**
     * Reads a release. Codes are taken as they come (validation is {@link DataStructure#validate});
     * a message that is not a release at all is refused.
     *
     * @throws UnreadableMessage with findings of code MALFORMED
     */
    public static NationalRelease read(String text) {
        if (text == null || text.isBlank()) {
            throw UnreadableMessage.at("line 1", "the message is empty");
        }
        List<List<String>> records;
        try {
            records = CsvRecords.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CsvRecords.UnclosedQuote unclosed) {
            throw UnreadableMessage.at("line " + unclosed.line(), "a quoted field is not closed");
        }
        List<String> header = records.get(0);
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (column.put(header.get(i).trim(), i) != null) {
                throw UnreadableMessage.at("line 1", "column " + header.get(i) + " appears twice");
            }
        }
        for (String required : List.of(
                STRUCTURE_ID,
                ACTION,
                DataStructure.TIME_PERIOD,
                OBS_VALUE,
                DataStructure.OBS_STATUS,
                DataStructure.CONF_STATUS,
                RELEASE_ID,
                REVISION,
                PROTECTION,
                PREPARED)) {
            if (!column.containsKey(required)) {
                throw UnreadableMessage.at("line 1", "column " + required + " is missing");
            }
        }
        Set<String> reserved = Set.of(
                STRUCTURE,
                STRUCTURE_ID,
                ACTION,
                DataStructure.TIME_PERIOD,
                OBS_VALUE,
                DataStructure.OBS_STATUS,
                DataStructure.CONF_STATUS,
                RELEASE_ID,
                REVISION,
                PROTECTION,
                PREPARED);
        List<String> dimensions = header.stream()
                .map(String::trim)
                .filter(h -> !reserved.contains(h))
                .toList();
        Map<String, String> release = new LinkedHashMap<>();
        List<Observation> observations = new ArrayList<>(records.size());
        for (int line = 1; line < records.size(); line++) {
            List<String> row = records.get(line);
            String at = "line " + (line + 1);
            if (row.size() != header.size()) {
                throw UnreadableMessage.at(at, row.size() + " fields where the header has " + header.size());
            }
            Matcher reference = STRUCTURE_REFERENCE.matcher(row.get(column.get(STRUCTURE_ID)));
            if (!reference.matches()) {
                throw UnreadableMessage.at(at, "STRUCTURE_ID is not AGENCY:ID(VERSION)");
            }
            same(release, "version", reference.group(3), at);
            for (String attribute :
                    List.of(ACTION, DataStructure.TIME_PERIOD, RELEASE_ID, REVISION, PROTECTION, PREPARED)) {
                same(release, attribute, row.get(column.get(attribute)), at);
            }
            Map<String, String> key = new LinkedHashMap<>();
            for (String dimension : dimensions) {
                String code = row.get(column.get(dimension)).trim();
                if (!code.isEmpty()) {
                    key.put(dimension, code);
                }
            }
            observations.add(new Observation(
                    reference.group(2),
                    key,
                    value(row.get(column.get(OBS_VALUE)), at),
                    row.get(column.get(DataStructure.OBS_STATUS)).trim(),
                    row.get(column.get(DataStructure.CONF_STATUS)).trim()));
        }
        if (observations.isEmpty()) {
            throw UnreadableMessage.at("line 2", "the message has no observations");
        }
        return release(release, observations);
    }

    /** A dataset-level value must be the same on every row. */
    private static void same(Map<String, String> release, String attribute, String value, String at) {
        String earlier = release.putIfAbsent(attribute, value.trim());
        if (earlier != null && !earlier.equals(value.trim())) {
            throw UnreadableMessage.at(at, attribute + " differs from the first row's (one release per message)");
        }
    }

    static OptionalLong value(String text, String at) {
        String value = text == null ? "" : text.trim();
        if (value.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw UnreadableMessage.at(at, "OBS_VALUE " + abbreviated(value) + " is not a whole number");
        }
    }

    /** The release from its dataset-level values, as both formats carry them. */
    static NationalRelease release(Map<String, String> values, List<Observation> observations) {
        String releaseId = values.get(RELEASE_ID);
        if (releaseId == null || releaseId.isBlank()) {
            throw UnreadableMessage.at(RELEASE_ID, "the release id is missing");
        }
        int revision;
        try {
            revision = Integer.parseInt(values.get(REVISION));
        } catch (NumberFormatException e) {
            throw UnreadableMessage.at(REVISION, "not a whole number");
        }
        SdmxAction action = switch (String.valueOf(values.get(ACTION))) {
            case "A" -> SdmxAction.A;
            case "R" -> SdmxAction.R;
            default -> throw UnreadableMessage.at(ACTION, "ACTION is A (append) or R (replace)");
        };
        Protection protection;
        try {
            protection = Protection.valueOf(String.valueOf(values.get(PROTECTION)));
        } catch (IllegalArgumentException e) {
            throw UnreadableMessage.at(PROTECTION, "PROTECTION is CELL_KEY or UNPERTURBED");
        }
        Instant prepared;
        try {
            prepared = Instant.parse(String.valueOf(values.get(PREPARED)));
        } catch (DateTimeParseException e) {
            throw UnreadableMessage.at(PREPARED, "not an ISO 8601 instant");
        }
        String period = values.get(DataStructure.TIME_PERIOD);
        // REF_AREA is a dimension: the release's city is the one its rows name
        String city = observations.stream()
                .map(o -> o.key().get(DataStructure.REF_AREA))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
        return new NationalRelease(
                releaseId.trim(),
                city,
                values.get("version"),
                period,
                action,
                revision,
                protection,
                prepared,
                observations);
    }

    /** A value quoted back in a finding, never long. */
    static String abbreviated(String value) {
        return value.length() > 20 ? value.substring(0, 20) + "..." : value;
    }
}
