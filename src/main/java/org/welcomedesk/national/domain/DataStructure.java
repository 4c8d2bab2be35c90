package org.welcomedesk.national.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.welcomedesk.platform.text.CsvRecords;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The national tables' data structure definition (DSD) WD:DSD_MIGR as shipped in
 * {@code src/main/resources/national/structure-VERSION.json} and its code lists: the dimensions
 * every observation has a code in, the dataflows (one per national table) and what each lets
 * vary, and the validation a release must pass before it is sent and when it is received.
 *
 * <p>Finding codes: STRUCTURE_UNKNOWN, UNKNOWN_CODE, MISSING_DIMENSION, DUPLICATE_CELL,
 * VALUE_INVALID, PERIOD_INVALID, PERIOD_OUT_OF_RANGE, WRONG_AREA, TOTAL_INCONSISTENT, MALFORMED
 * (and OLDER_REVISION, which only the hub can tell).
 */
public final class DataStructure {

    public static final String STRUCTURE_UNKNOWN = "STRUCTURE_UNKNOWN";
    public static final String UNKNOWN_CODE = "UNKNOWN_CODE";
    public static final String MISSING_DIMENSION = "MISSING_DIMENSION";
    public static final String DUPLICATE_CELL = "DUPLICATE_CELL";
    public static final String VALUE_INVALID = "VALUE_INVALID";
    public static final String PERIOD_INVALID = "PERIOD_INVALID";
    public static final String PERIOD_OUT_OF_RANGE = "PERIOD_OUT_OF_RANGE";
    public static final String WRONG_AREA = "WRONG_AREA";
    public static final String TOTAL_INCONSISTENT = "TOTAL_INCONSISTENT";
    public static final String OLDER_REVISION = "OLDER_REVISION";
    public static final String MALFORMED = "MALFORMED";

    public static final String FREQ = "FREQ";
    public static final String REF_AREA = "REF_AREA";
    public static final String FLOW = "FLOW";
    public static final String SEX = "SEX";
    public static final String AGE = "AGE";
    public static final String AGEDEF = "AGEDEF";
    public static final String CITIZEN = "CITIZEN";
    public static final String C_BIRTH = "C_BIRTH";
    public static final String PARTNER = "PARTNER";
    public static final String UNIT_MEASURE = "UNIT_MEASURE";
    public static final String TIME_PERIOD = "TIME_PERIOD";
    public static final String OBS_STATUS = "OBS_STATUS";
    public static final String CONF_STATUS = "CONF_STATUS";
    /** The code list of municipalities (REF_AREA, and PARTNER of internal migration). */
    public static final String MUNICIPALITIES = "CL_AREA";
    /** The code list of regions a municipality belongs to. */
    public static final String REGIONS = "CL_REGION";
    /** The code of something not known (a municipality not in the list, an unknown citizenship). */
    public static final String UNKNOWN = "UNK";

    /** Most findings one validation reports: enough to see what is wrong, not a copy of the release. */
    public static final int MOST_FINDINGS = 100;

    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-Q([1-4]))?");
    private static final Pattern VERSION = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){0,2}");
    private static final String SHIPPED_VERSION = "1.0";
    private static final Map<String, Optional<DataStructure>> LOADED = new ConcurrentHashMap<>();

    private final String agency;
    private final String id;
    private final String version;
    private final int firstYear;
    private final int largestThreshold;
    private final Map<String, CodeList> codeLists;
    private final Map<String, CodeList> dimensions;
    private final Map<String, Dataflow> dataflows;
    private final Map<String, String> municipalitiesByName;

    private DataStructure(JsonObject json, Map<String, CodeList> codeLists) {
        this.agency = json.getString("agency");
        this.id = json.getString("id");
        this.version = json.getString("version");
        this.firstYear = json.getInt("firstYear");
        this.largestThreshold = json.getInt("largestThreshold");
        this.codeLists = codeLists;
        Map<String, CodeList> dims = new LinkedHashMap<>();
        for (JsonValue value : json.getJsonArray("dimensions")) {
            JsonObject dimension = value.asJsonObject();
            dims.put(dimension.getString("id"), list(dimension.getString("codelist")));
        }
        for (JsonValue value : json.getJsonArray("attributes")) {
            JsonObject attribute = value.asJsonObject();
            dims.putIfAbsent(attribute.getString("id"), list(attribute.getString("codelist")));
        }
        this.dimensions = java.util.Collections.unmodifiableMap(dims);
        Map<String, Dataflow> flows = new LinkedHashMap<>();
        for (JsonValue value : json.getJsonArray("dataflows")) {
            Dataflow dataflow = dataflow(value.asJsonObject());
            flows.put(dataflow.id(), dataflow);
        }
        this.dataflows = java.util.Collections.unmodifiableMap(flows);
        Map<String, String> byName = new HashMap<>();
        for (Code code : list(MUNICIPALITIES).codes()) {
            byName.put(normalised(code.name()), code.id());
            byName.put(normalised(code.id()), code.id());
        }
        this.municipalitiesByName = Map.copyOf(byName);
    }

    /** The structure the application ships and sends by. */
    public static DataStructure shipped() {
        return version(SHIPPED_VERSION)
                .orElseThrow(() -> new IllegalStateException("the shipped data structure is missing"));
    }

    /** A version of the structure the application knows (ships), if any. */
    public static Optional<DataStructure> version(String version) {
        if (version == null || !VERSION.matcher(version).matches()) {
            return Optional.empty();
        }
        return LOADED.computeIfAbsent(version, DataStructure::load);
    }

    private static Optional<DataStructure> load(String version) {
        String text = resource("national/structure-" + version + ".json");
        if (text == null) {
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            Map<String, CodeList> lists = new LinkedHashMap<>();
            JsonObject declared = json.getJsonObject("codelists");
            for (String listId : declared.keySet()) {
                lists.put(listId, codeList(listId, declared.getJsonObject(listId)));
            }
            return Optional.of(new DataStructure(json, java.util.Collections.unmodifiableMap(lists)));
        }
    }

    private static CodeList codeList(String listId, JsonObject json) {
        String text = resource("national/" + json.getString("file"));
        if (text == null) {
            throw new IllegalStateException("code list file missing: " + json.getString("file"));
        }
        List<List<String>> records = CsvRecords.parse(text);
        List<String> header = records.get(0);
        int name = header.indexOf("name");
        int presence = header.indexOf("presence");
        // the third column, where there is one besides presence, names the parent (region, country)
        int parent = header.size() > 3 ? 2 : -1;
        List<Code> codes = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            String parentCode = parent < 0 || record.get(parent).isBlank() ? null : record.get(parent);
            codes.add(new Code(record.get(0), record.get(name), parentCode, "ALWAYS".equals(record.get(presence))));
        }
        List<CodeList.Partition> partitions = new ArrayList<>();
        if (json.containsKey("partitions")) {
            for (JsonValue value : json.getJsonArray("partitions")) {
                JsonObject partition = value.asJsonObject();
                boolean rest = partition.containsKey("except");
                partitions.add(new CodeList.Partition(strings(partition.getJsonArray(rest ? "except" : "only")), rest));
            }
        }
        return new CodeList(listId, codes, json.getString("total", null), partitions);
    }

    private Dataflow dataflow(JsonObject json) {
        String flow = json.getString("flow");
        JsonObject vary = json.getJsonObject("vary");
        List<String> varying = new ArrayList<>();
        Map<String, List<String>> codes = new LinkedHashMap<>();
        Map<String, CodeList> lists = new LinkedHashMap<>();
        for (Map.Entry<String, CodeList> dimension : dimensions.entrySet()) {
            String dimensionId = dimension.getKey();
            if (dimensionId.equals(FREQ) || dimensionId.equals(REF_AREA) || isAttribute(dimensionId)) {
                continue;
            }
            CodeList list = dimension.getValue();
            if (vary.containsKey(dimensionId)) {
                JsonObject how = vary.getJsonObject(dimensionId);
                list = how.containsKey("codelist") ? list(how.getString("codelist")) : list;
                Set<String> excluded = how.containsKey("exclude") ? strings(how.getJsonArray("exclude")) : Set.of();
                varying.add(dimensionId);
                lists.put(dimensionId, list);
                codes.put(
                        dimensionId,
                        list.ids().stream().filter(c -> !excluded.contains(c)).toList());
            } else if (dimensionId.equals(FLOW)) {
                codes.put(dimensionId, List.of(flow));
            } else if (list.total() != null) {
                codes.put(dimensionId, List.of(list.total()));
            } else {
                codes.put(dimensionId, list.ids());
            }
        }
        return new Dataflow(json.getString("id"), json.getString("name"), flow, varying, codes, lists);
    }

    private static boolean isAttribute(String id) {
        return id.equals(OBS_STATUS) || id.equals(CONF_STATUS);
    }

    private CodeList list(String listId) {
        CodeList list = codeLists.get(listId);
        if (list == null) {
            throw new IllegalStateException("unknown code list " + listId);
        }
        return list;
    }

    private static Set<String> strings(jakarta.json.JsonArray array) {
        Set<String> strings = new LinkedHashSet<>();
        array.getValuesAs(JsonString.class).forEach(s -> strings.add(s.getString()));
        return strings;
    }

    private static String resource(String path) {
        try (InputStream in = DataStructure.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The maintenance agency (WD). */
    public String agency() {
        return agency;
    }

    /** DSD_MIGR. */
    public String id() {
        return id;
    }

    /** e.g. 1.0 */
    public String version() {
        return version;
    }

    /** The SDMX reference of the structure: WD:DSD_MIGR(1.0). */
    public String reference() {
        return agency + ":" + id + "(" + version + ")";
    }

    /** The dimensions of every observation's key, in order (TIME_PERIOD, which the release carries, not included). */
    public List<String> dimensions() {
        return dimensions.keySet().stream().filter(d -> !isAttribute(d)).toList();
    }

    /** The national tables, in order. */
    public List<Dataflow> dataflows() {
        return List.copyOf(dataflows.values());
    }

    /** The national table with this id. */
    public Optional<Dataflow> dataflow(String dataflowId) {
        return Optional.ofNullable(dataflowId == null ? null : dataflows.get(dataflowId));
    }

    /** The code list of a dimension or attribute (PARTNER: countries; internal tables use municipalities). */
    public CodeList codes(String dimension) {
        CodeList list = dimensions.get(dimension);
        if (list == null) {
            throw new IllegalArgumentException("not a dimension of " + reference() + ": " + dimension);
        }
        return list;
    }

    /** A code list by id (CL_AREA, CL_REGION...). */
    public Optional<CodeList> codeList(String listId) {
        return Optional.ofNullable(codeLists.get(listId));
    }

    /**
     * The municipality code of a name as a clerk may have typed it ("Lisboa", "lisboa ",
     * "Vila Nova de Gaia", "Setubal"), or UNK: case, accents, spaces and hyphens do not count.
     */
    public String municipalityCode(String name) {
        if (name == null || name.isBlank()) {
            return UNKNOWN;
        }
        return municipalitiesByName.getOrDefault(normalised(name), UNKNOWN);
    }

    /** The region (CL_REGION code) a municipality lies in, for regional totals. */
    public Optional<String> region(String municipality) {
        return codes(REF_AREA).code(municipality).map(Code::parent);
    }

    private static String normalised(String name) {
        String decomposed =
                Normalizer.normalize(name.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "");
    }

    /** Whether a code is a well-formed TIME_PERIOD of a release: a year (2025) or a quarter (2025-Q1). */
    public static boolean wellFormedPeriod(String period) {
        return period != null && PERIOD.matcher(period).matches();
    }

    /** The FREQ code of a well-formed period: A for a year, Q for a quarter. */
    public static String frequencyOf(String period) {
        return period.contains("-Q") ? "Q" : "A";
    }

    /** The first day after a well-formed period. */
    static LocalDate endOf(String period) {
        Matcher m = PERIOD.matcher(period);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a period: " + period);
        }
        int year = Integer.parseInt(m.group(1));
        return m.group(2) == null
                ? LocalDate.of(year + 1, 1, 1)
                : LocalDate.of(year, 1, 1).plusMonths(3L * Integer.parseInt(m.group(2)));
    }

    /**
     * What is wrong with a release against its structure version: empty when it may be sent and
     * received. See the class comment for the finding codes; at most {@link #MOST_FINDINGS}.
     *
     * @param today the date the check is made on: the period must have ended by then
     */
    public List<Finding> validate(NationalRelease release, LocalDate today) {
        if (!version.equals(release.structureVersion())) {
            Optional<DataStructure> other = version(release.structureVersion());
            if (other.isPresent()) {
                return other.get().validate(release, today);
            }
            return List.of(new Finding(
                    STRUCTURE_UNKNOWN,
                    null,
                    "STRUCTURE=" + release.structureVersion(),
                    "national.finding.structureUnknown",
                    List.of(String.valueOf(release.structureVersion()))));
        }
        return new Check(release, today).findings();
    }

    /** One validation's state: the findings so far and the cells seen. */
    private final class Check {
        private final NationalRelease release;
        private final LocalDate today;
        private final Set<Finding> findings = new LinkedHashSet<>();
        private final Map<String, Map<Map<String, String>, Observation>> cells = new HashMap<>();

        Check(NationalRelease release, LocalDate today) {
            this.release = release;
            this.today = today;
        }

        List<Finding> findings() {
            checkRelease();
            for (Observation observation : release.observations()) {
                checkObservation(observation);
                if (findings.size() >= MOST_FINDINGS) {
                    break;
                }
            }
            checkTotals();
            return findings.stream().limit(MOST_FINDINGS).toList();
        }

        private void add(String code, String dataflow, String location, String key, String... arguments) {
            if (findings.size() < MOST_FINDINGS) {
                findings.add(new Finding(code, dataflow, location, "national.finding." + key, List.of(arguments)));
            }
        }

        private void checkRelease() {
            String period = release.period();
            if (!wellFormedPeriod(period)) {
                add(PERIOD_INVALID, null, "TIME_PERIOD=" + period, "periodInvalid", String.valueOf(period));
            } else if (Integer.parseInt(period.substring(0, 4)) < firstYear
                    || endOf(period).isAfter(today)) {
                add(
                        PERIOD_OUT_OF_RANGE,
                        null,
                        "TIME_PERIOD=" + period,
                        "periodOutOfRange",
                        period,
                        String.valueOf(firstYear));
            }
            CodeList areas = codes(REF_AREA);
            String city = release.cityCode();
            if (city == null || !areas.contains(city) || city.equals(areas.total()) || city.equals(UNKNOWN)) {
                add(WRONG_AREA, null, "REF_AREA=" + city, "cityUnknown", String.valueOf(city));
            }
            boolean first = release.revision() == 0;
            if (release.revision() < 0 || release.action() == null || first != (release.action() == SdmxAction.A)) {
                add(
                        VALUE_INVALID,
                        null,
                        "ACTION=" + release.action(),
                        "actionMismatch",
                        String.valueOf(release.action()),
                        String.valueOf(release.revision()));
            }
            if (release.protection() == null) {
                add(VALUE_INVALID, null, "PROTECTION", "protectionMissing");
            }
            if (release.observations().isEmpty()) {
                add(MISSING_DIMENSION, null, "OBS_VALUE", "noObservations");
            }
        }

        private void checkObservation(Observation observation) {
            Dataflow dataflow = dataflows.get(observation.dataflow());
            if (dataflow == null) {
                add(
                        UNKNOWN_CODE,
                        observation.dataflow(),
                        "DATAFLOW=" + observation.dataflow(),
                        "unknownDataflow",
                        String.valueOf(observation.dataflow()));
                return;
            }
            String id = dataflow.id();
            String cell = location(dataflow, observation.key());
            boolean complete = true;
            for (String dimension : dimensions()) {
                String code = observation.key().get(dimension);
                if (code == null || code.isBlank()) {
                    add(MISSING_DIMENSION, id, dimension, "missingDimension", dimension, id, cell);
                    complete = false;
                } else if (dimension.equals(REF_AREA)) {
                    if (!code.equals(release.cityCode())) {
                        add(WRONG_AREA, id, "REF_AREA=" + code, "wrongArea", code, String.valueOf(release.cityCode()));
                    }
                } else if (dimension.equals(FREQ)) {
                    if (!codes(FREQ).contains(code)) {
                        add(UNKNOWN_CODE, id, "FREQ=" + code, "unknownCode." + FREQ, code, id);
                    } else if (wellFormedPeriod(release.period()) && !code.equals(frequencyOf(release.period()))) {
                        add(PERIOD_INVALID, id, "FREQ=" + code, "frequencyMismatch", code, release.period(), id);
                    }
                } else if (!dataflow.codes(dimension).contains(code)) {
                    // a code another table uses (a municipality as a country of residence) is misplaced, not unknown
                    boolean known = codes(dimension).contains(code)
                            || dataflows.values().stream()
                                    .anyMatch(other -> other.codes(dimension).contains(code));
                    add(
                            UNKNOWN_CODE,
                            id,
                            dimension + "=" + code,
                            known ? "codeNotAllowed" : "unknownCode." + dimension,
                            known ? dimension : code,
                            known ? code : id,
                            id);
                    complete = false;
                }
            }
            for (String dimension : observation.key().keySet()) {
                if (!dimensions.containsKey(dimension) || isAttribute(dimension)) {
                    add(UNKNOWN_CODE, id, dimension, "unknownDimension", dimension, id);
                    complete = false;
                }
            }
            checkStatus(OBS_STATUS, observation.observationStatus(), id, cell);
            checkStatus(CONF_STATUS, observation.confidentialityStatus(), id, cell);
            checkValue(observation, id, cell);
            if (complete
                    && cells.computeIfAbsent(id, k -> new HashMap<>()).putIfAbsent(observation.key(), observation)
                            != null) {
                add(DUPLICATE_CELL, id, cell, "duplicateCell", id, cell);
            }
        }

        private void checkStatus(String attribute, String code, String dataflow, String cell) {
            if (code == null || !codes(attribute).contains(code)) {
                add(
                        UNKNOWN_CODE,
                        dataflow,
                        attribute + "=" + code,
                        "unknownStatus",
                        attribute,
                        String.valueOf(code),
                        dataflow,
                        cell);
            }
        }

        private void checkValue(Observation observation, String dataflow, String cell) {
            OptionalLong value = observation.value();
            boolean confidential = "A".equals(observation.confidentialityStatus());
            if (value.isEmpty()) {
                if (!confidential) {
                    add(VALUE_INVALID, dataflow, cell, "withheldNotConfidential", dataflow, cell);
                }
                return;
            }
            long v = value.getAsLong();
            if (v < 0) {
                add(VALUE_INVALID, dataflow, cell, "negativeValue", dataflow, cell, String.valueOf(v));
            } else if (release.protection() == Protection.CELL_KEY && v > 0 && v < 3) {
                add(VALUE_INVALID, dataflow, cell, "neverPublished", dataflow, cell, String.valueOf(v));
            } else if (release.protection() == Protection.CELL_KEY && confidential) {
                add(VALUE_INVALID, dataflow, cell, "confidentialWithValue", dataflow, cell, String.valueOf(v));
            }
        }

        /** Every total of a varying dimension against the sum of its parts, as intervals of the true counts. */
        private void checkTotals() {
            for (Map.Entry<String, Map<Map<String, String>, Observation>> table : cells.entrySet()) {
                Dataflow dataflow = dataflows.get(table.getKey());
                Map<Map<String, String>, Observation> byKey = table.getValue();
                for (Observation total : byKey.values()) {
                    for (String dimension : dataflow.varying()) {
                        CodeList list = dataflow.lists().get(dimension);
                        if (!total.key().get(dimension).equals(list.total())) {
                            continue;
                        }
                        for (CodeList.Partition partition : list.partitions()) {
                            Set<String> parts = partition.within(list, dataflow.codes(dimension));
                            if (!parts.isEmpty()) {
                                checkTotal(dataflow, byKey, total, dimension, parts);
                            }
                        }
                    }
                }
            }
        }

        private void checkTotal(
                Dataflow dataflow,
                Map<Map<String, String>, Observation> byKey,
                Observation total,
                String dimension,
                Collection<String> parts) {
            long low = 0;
            long high = 0;
            Map<String, String> key = new HashMap<>(total.key());
            for (String part : parts) {
                key.put(dimension, part);
                Observation observation = byKey.get(key);
                // a code a release leaves out had nothing published: exactly 0 when unperturbed,
                // at most a withheld count under the cell key method
                long[] range = observation == null ? absent() : range(observation);
                low += range[0];
                high += range[1];
            }
            long[] range = range(total);
            if (range[0] > high || low > range[1]) {
                String cell = location(dataflow, total.key());
                add(
                        TOTAL_INCONSISTENT,
                        dataflow.id(),
                        cell + " / " + dimension,
                        "totalInconsistent",
                        dataflow.id(),
                        cell,
                        shown(total),
                        dimension,
                        low + "-" + high);
            }
        }

        private long[] absent() {
            return release.protection() == Protection.UNPERTURBED ? new long[] {0, 0} : withheld();
        }

        private long[] withheld() {
            return new long[] {0, largestThreshold - 1L + deviation()};
        }

        private int deviation() {
            return release.protection() == null ? 0 : release.protection().maximumDeviation();
        }

        private long[] range(Observation observation) {
            if (observation.value().isEmpty()) {
                return withheld();
            }
            long v = observation.value().getAsLong();
            return new long[] {Math.max(0, v - deviation()), v + deviation()};
        }

        private String shown(Observation observation) {
            return observation.value().isPresent()
                    ? String.valueOf(observation.value().getAsLong())
                    : "-";
        }
    }

    /** A cell's place in a table, by the dimensions the table varies (e.g. "SEX=F AGE=Y20-24 CITIZEN=UA"). */
    public static String location(Dataflow dataflow, Map<String, String> key) {
        StringBuilder location = new StringBuilder();
        for (String dimension : dataflow.varying()) {
            if (location.length() > 0) {
                location.append(' ');
            }
            location.append(dimension).append('=').append(key.getOrDefault(dimension, ""));
        }
        return location.toString();
    }

    @Override
    public String toString() {
        return reference();
    }
}
