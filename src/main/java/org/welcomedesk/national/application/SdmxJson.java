package org.welcomedesk.national.application;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.welcomedesk.national.domain.DataStructure;
import org.welcomedesk.national.domain.NationalRelease;
import org.welcomedesk.national.domain.Observation;
import org.welcomedesk.national.domain.UnreadableMessage;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SDMX-JSON 2.0 data messages (media type {@value #MEDIA_TYPE}): one structure and one data set
 * per national table, every dimension at observation level, observations keyed by their codes'
 * positions ("0:2:0:...") holding [OBS_VALUE, OBS_STATUS, CONF_STATUS] where a withheld value is
 * null, never 0. The release id is the header's id and, with REVISION and PROTECTION, a
 * dataset-level attribute; PREPARED is the header's prepared; ACTION the data set's action.
 */
public final class SdmxJson {

    /** The media type of SDMX-JSON 2.0 data. */
    public static final String MEDIA_TYPE = "application/vnd.sdmx.data+json;version=2.0.0";

    static final String SCHEMA =
            "https://raw.githubusercontent.com/sdmx-twg/sdmx-json/master/data-message/tools/schemas/2.0.0/sdmx-json-data-schema.json";
    private static final String URN = "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=";
    private static final Pattern STRUCTURE_URN =
            Pattern.compile(Pattern.quote(URN) + "([A-Za-z0-9_.-]+):([A-Za-z0-9_]+)\\(([0-9.]+)\\)");
    private static final List<String> OBSERVATION_ATTRIBUTES =
            List.of(DataStructure.OBS_STATUS, DataStructure.CONF_STATUS);
    private static final List<String> RELEASE_ATTRIBUTES =
            List.of(SdmxCsv.RELEASE_ID, SdmxCsv.REVISION, SdmxCsv.PROTECTION);

    private SdmxJson() {}

    /** A release as SDMX-JSON 2.0. */
    public static String write(NationalRelease release) {
        return write(release.observations(), release.period(), release.structureVersion(), release);
    }

    /** Observations that are no city's release (the hub's pooled data) as SDMX-JSON 2.0 with action Information. */
    public static String writeData(String period, List<Observation> observations) {
        return write(observations, period, DataStructure.shipped().version(), null);
    }

    private static String write(
            List<Observation> observations, String period, String version, NationalRelease release) {
        DataStructure structure = DataStructure.version(version).orElse(DataStructure.shipped());
        Map<String, List<Observation>> byDataflow = new LinkedHashMap<>();
        observations.forEach(o ->
                byDataflow.computeIfAbsent(o.dataflow(), k -> new ArrayList<>()).add(o));
        JsonArrayBuilder structures = Json.createArrayBuilder();
        JsonArrayBuilder dataSets = Json.createArrayBuilder();
        int index = 0;
        for (Map.Entry<String, List<Observation>> table : byDataflow.entrySet()) {
            Set<String> dimensions = new LinkedHashSet<>(structure.dimensions());
            table.getValue().forEach(o -> dimensions.addAll(o.key().keySet()));
            // each dimension's codes as they occur in this table, so a key is positions in these lists
            Map<String, List<String>> values = new LinkedHashMap<>();
            dimensions.forEach(d -> values.put(d, new ArrayList<>()));
            for (Observation observation : table.getValue()) {
                for (String dimension : dimensions) {
                    List<String> codes = values.get(dimension);
                    String code = observation.key().getOrDefault(dimension, "");
                    if (!codes.contains(code)) {
                        codes.add(code);
                    }
                }
            }
            JsonArrayBuilder dimensionsJson = Json.createArrayBuilder();
            int position = 0;
            for (Map.Entry<String, List<String>> dimension : values.entrySet()) {
                JsonArrayBuilder codes = Json.createArrayBuilder();
                dimension
                        .getValue()
                        .forEach(code -> codes.add(Json.createObjectBuilder().add("id", code)));
                dimensionsJson.add(Json.createObjectBuilder()
                        .add("id", dimension.getKey())
                        .add("keyPosition", position++)
                        .add("values", codes));
            }
            dimensionsJson.add(Json.createObjectBuilder()
                    .add("id", DataStructure.TIME_PERIOD)
                    .add("keyPosition", position)
                    .add("roles", Json.createArrayBuilder().add("TIME_PERIOD"))
                    .add(
                            "values",
                            Json.createArrayBuilder()
                                    .add(Json.createObjectBuilder()
                                            .add("id", period)
                                            .add("value", period))));
            JsonObjectBuilder attributes = Json.createObjectBuilder();
            JsonArrayBuilder dataSetAttributes = Json.createArrayBuilder();
            JsonArrayBuilder dataSetAttributeValues = Json.createArrayBuilder();
            if (release != null) {
                List<String> releaseValues = List.of(
                        release.releaseId(),
                        String.valueOf(release.revision()),
                        release.protection().name());
                for (int i = 0; i < RELEASE_ATTRIBUTES.size(); i++) {
                    dataSetAttributes.add(Json.createObjectBuilder()
                            .add("id", RELEASE_ATTRIBUTES.get(i))
                            .add(
                                    "values",
                                    Json.createArrayBuilder()
                                            .add(Json.createObjectBuilder().add("value", releaseValues.get(i)))));
                    dataSetAttributeValues.add(0);
                }
            }
            attributes.add("dataSet", dataSetAttributes);
            JsonArrayBuilder observationAttributes = Json.createArrayBuilder();
            for (String attribute : OBSERVATION_ATTRIBUTES) {
                JsonArrayBuilder codes = Json.createArrayBuilder();
                structure
                        .codes(attribute)
                        .ids()
                        .forEach(code -> codes.add(Json.createObjectBuilder().add("id", code)));
                observationAttributes.add(
                        Json.createObjectBuilder().add("id", attribute).add("values", codes));
            }
            attributes.add("observation", observationAttributes);
            structures.add(Json.createObjectBuilder()
                    .add("structure", URN + structure.agency() + ":" + table.getKey() + "(" + version + ")")
                    .add(
                            "dimensions",
                            Json.createObjectBuilder()
                                    .add("dataSet", Json.createArrayBuilder())
                                    .add("series", Json.createArrayBuilder())
                                    .add("observation", dimensionsJson))
                    .add(
                            "measures",
                            Json.createObjectBuilder()
                                    .add(
                                            "observation",
                                            Json.createArrayBuilder()
                                                    .add(Json.createObjectBuilder()
                                                            .add("id", SdmxCsv.OBS_VALUE))))
                    .add("attributes", attributes));
            JsonObjectBuilder observationsJson = Json.createObjectBuilder();
            for (Observation observation : table.getValue()) {
                StringBuilder key = new StringBuilder();
                for (Map.Entry<String, List<String>> dimension : values.entrySet()) {
                    key.append(dimension.getValue().indexOf(observation.key().getOrDefault(dimension.getKey(), "")))
                            .append(':');
                }
                key.append('0');
                JsonArrayBuilder cell = Json.createArrayBuilder();
                if (observation.value().isPresent()) {
                    cell.add(observation.value().getAsLong());
                } else {
                    cell.addNull();
                }
                addIndex(
                        cell, structure.codes(DataStructure.OBS_STATUS).ids().indexOf(observation.observationStatus()));
                addIndex(
                        cell,
                        structure.codes(DataStructure.CONF_STATUS).ids().indexOf(observation.confidentialityStatus()));
                observationsJson.add(key.toString(), cell);
            }
            dataSets.add(Json.createObjectBuilder()
                    .add("structure", index++)
                    .add(
                            "action",
                            release == null
                                    ? "Information"
                                    : release.action() == org.welcomedesk.national.domain.SdmxAction.A
                                            ? "Append"
                                            : "Replace")
                    .add("attributes", dataSetAttributeValues)
                    .add("observations", observationsJson));
        }
        JsonObjectBuilder meta = Json.createObjectBuilder()
                .add("schema", SCHEMA)
                .add("id", release == null ? "DATA-" + period : release.releaseId())
                .add("test", false)
                .add("prepared", (release == null ? Instant.now() : release.prepared()).toString())
                .add("contentLanguages", Json.createArrayBuilder().add("en"));
        if (release != null && release.cityCode() != null) {
            meta.add("sender", Json.createObjectBuilder().add("id", release.cityCode()));
        }
        return Json.createObjectBuilder()
                .add("meta", meta)
                .add(
                        "data",
                        Json.createObjectBuilder().add("structures", structures).add("dataSets", dataSets))
                .build()
                .toString();
    }

    /** An attribute's value index, or null for a code the attribute does not have (validation names it). */
    private static void addIndex(JsonArrayBuilder cell, int index) {
        if (index < 0) {
            cell.addNull();
        } else {
            cell.add(index);
        }
    }

    /**
     * Reads a release. Codes are taken as they come (validation is {@link DataStructure#validate});
     * a message that is not a release at all is refused.
     *
     * @throws UnreadableMessage with findings of code MALFORMED
     */
    public static NationalRelease read(String text) {
        JsonObject message;
        try (JsonReader reader = Json.createReader(new StringReader(text == null ? "" : text))) {
            message = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw UnreadableMessage.at("$", "not a JSON object");
        }
        try {
            return read(message);
        } catch (ClassCastException | NullPointerException | IndexOutOfBoundsException | ArithmeticException e) {
            throw UnreadableMessage.at("$.data", "not an SDMX-JSON 2.0 data message of the expected shape");
        }
    }

    private static NationalRelease read(JsonObject message) {
        JsonObject meta = object(message, "meta", "$");
        JsonObject data = object(message, "data", "$");
        JsonArray structures = data.getJsonArray("structures");
        JsonArray dataSets = data.getJsonArray("dataSets");
        if (structures == null || dataSets == null || dataSets.isEmpty()) {
            throw UnreadableMessage.at("$.data", "structures and dataSets are required");
        }
        Map<String, String> release = new LinkedHashMap<>();
        release.put(SdmxCsv.RELEASE_ID, meta.getString("id", null));
        release.put(SdmxCsv.PREPARED, meta.getString("prepared", null));
        List<Observation> observations = new ArrayList<>();
        for (int d = 0; d < dataSets.size(); d++) {
            String at = "$.data.dataSets[" + d + "]";
            JsonObject dataSet = dataSets.getJsonObject(d);
            JsonObject structure = structures.getJsonObject(dataSet.getInt("structure"));
            Matcher urn = STRUCTURE_URN.matcher(structure.getString("structure", ""));
            if (!urn.matches()) {
                throw UnreadableMessage.at(at, "the structure is not a dataflow URN");
            }
            same(release, "version", urn.group(3), at);
            same(
                    release,
                    SdmxCsv.ACTION,
                    switch (dataSet.getString("action", "")) {
                        case "Append" -> "A";
                        case "Replace" -> "R";
                        default -> throw UnreadableMessage.at(at, "action is Append or Replace");
                    },
                    at);
            JsonObject attributes = structure.getJsonObject("attributes");
            JsonArray dataSetAttributes = attributes.getJsonArray("dataSet");
            JsonArray dataSetValues = dataSet.getJsonArray("attributes");
            for (int a = 0; a < dataSetAttributes.size(); a++) {
                JsonObject attribute = dataSetAttributes.getJsonObject(a);
                if (dataSetValues.isNull(a)) {
                    continue;
                }
                JsonObject value = attribute.getJsonArray("values").getJsonObject(dataSetValues.getInt(a));
                same(
                        release,
                        attribute.getString("id"),
                        value.containsKey("value") ? text(value.get("value")) : value.getString("id"),
                        at);
            }
            JsonArray dimensions = structure.getJsonObject("dimensions").getJsonArray("observation");
            List<String> ids = new ArrayList<>();
            List<List<String>> codes = new ArrayList<>();
            for (JsonValue value : dimensions) {
                JsonObject dimension = value.asJsonObject();
                ids.add(dimension.getString("id"));
                List<String> dimensionCodes = new ArrayList<>();
                for (JsonValue code : dimension.getJsonArray("values")) {
                    JsonObject c = code.asJsonObject();
                    dimensionCodes.add(c.containsKey("id") ? c.getString("id") : text(c.get("value")));
                }
                codes.add(dimensionCodes);
            }
            List<JsonObject> observationAttributes =
                    attributes.getJsonArray("observation").getValuesAs(JsonObject.class);
            for (Map.Entry<String, JsonValue> entry :
                    dataSet.getJsonObject("observations").entrySet()) {
                String[] positions = entry.getKey().split(":");
                if (positions.length != ids.size()) {
                    throw UnreadableMessage.at(
                            at + ".observations",
                            "a key has " + positions.length + " positions for " + ids.size() + " dimensions");
                }
                Map<String, String> key = new LinkedHashMap<>();
                for (int i = 0; i < ids.size(); i++) {
                    String code = codes.get(i).get(Integer.parseInt(positions[i]));
                    if (ids.get(i).equals(DataStructure.TIME_PERIOD)) {
                        same(release, DataStructure.TIME_PERIOD, code, at);
                    } else if (!code.isEmpty()) {
                        key.put(ids.get(i), code);
                    }
                }
                JsonArray cell = entry.getValue().asJsonArray();
                OptionalLong value = cell.isEmpty() || cell.isNull(0) ? OptionalLong.empty() : number(cell.get(0), at);
                Map<String, String> attributeCodes = new LinkedHashMap<>();
                for (int a = 0; a < observationAttributes.size(); a++) {
                    JsonObject attribute = observationAttributes.get(a);
                    String code = cell.size() <= a + 1 || cell.isNull(a + 1)
                            ? null
                            : attribute
                                    .getJsonArray("values")
                                    .getJsonObject(cell.getInt(a + 1))
                                    .getString("id");
                    attributeCodes.put(attribute.getString("id"), code);
                }
                observations.add(new Observation(
                        urn.group(2),
                        key,
                        value,
                        attributeCodes.get(DataStructure.OBS_STATUS),
                        attributeCodes.get(DataStructure.CONF_STATUS)));
            }
        }
        if (observations.isEmpty()) {
            throw UnreadableMessage.at("$.data.dataSets", "the message has no observations");
        }
        return SdmxCsv.release(release, observations);
    }

    private static JsonObject object(JsonObject parent, String name, String at) {
        JsonValue value = parent.get(name);
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw UnreadableMessage.at(at, name + " is missing");
        }
        return value.asJsonObject();
    }

    private static OptionalLong number(JsonValue value, String at) {
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return OptionalLong.of(number.longValueExact());
        }
        throw UnreadableMessage.at(at, "OBS_VALUE " + SdmxCsv.abbreviated(value.toString()) + " is not a whole number");
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : value.toString();
    }

    private static void same(Map<String, String> release, String attribute, String value, String at) {
        String earlier = release.putIfAbsent(attribute, value);
        if (earlier != null && !earlier.equals(value)) {
            throw UnreadableMessage.at(at, attribute + " differs between data sets (one release per message)");
        }
    }
}
