package org.welcomedesk.statistics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.welcomedesk.platform.referencedata.application.CityDistricts;
import org.welcomedesk.platform.referencedata.domain.District;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The district boundaries the map draws: GeoJSON reference data (a FeatureCollection whose
 * features carry the district code as {@code properties.code}, every period of the city's
 * districts, e.g. Eastfield D11 before its 2025 split and D10, D12 after). The demo city ships
 * a schematic one; an administrator replaces it by pointing
 * {@code welcomedesk.statistics.district-boundaries} at a file, read again whenever it changes.
 * Which districts a period shows comes from the districts' validity, not from the file.
 */
@ApplicationScoped
public class DistrictBoundaries {

    /** The shipped boundaries of the demo city. */
    static final String SHIPPED = "statistics/district-boundaries.geojson";

    private static final Logger LOG = Logger.getLogger(DistrictBoundaries.class.getName());

    @Inject
    @ConfigProperty(name = "welcomedesk.statistics.district-boundaries")
    Optional<String> file;

    @Inject
    CityDistricts districts;

    private volatile Loaded loaded;

    private record Loaded(String source, FileTime modified, JsonObject boundaries) {}

    /** The boundaries of the districts that existed at some time in [from, to), as a GeoJSON FeatureCollection. */
    public String of(LocalDate from, LocalDate to) {
        Set<String> existing = districts.history().stream()
                .filter(d -> d.getValidFrom().isBefore(to)
                        && (d.getValidTo() == null || d.getValidTo().isAfter(from)))
                .map(District::getCode)
                .collect(Collectors.toSet());
        JsonArrayBuilder features = Json.createArrayBuilder();
        for (JsonValue feature : boundaries().getJsonArray("features")) {
            if (existing.contains(code(feature.asJsonObject()))) {
                features.add(feature);
            }
        }
        return Json.createObjectBuilder()
                .add("type", "FeatureCollection")
                .add("features", features)
                .build()
                .toString();
    }

    /** The configured file, or the shipped boundaries when none is set or the file cannot be used. */
    JsonObject boundaries() {
        Optional<Path> path = file.map(String::strip).filter(f -> !f.isEmpty()).map(Path::of);
        FileTime modified = path.map(DistrictBoundaries::modified).orElse(null);
        String source = path.map(Path::toString).orElse(SHIPPED);
        Loaded current = loaded;
        if (current != null
                && current.source().equals(source)
                && java.util.Objects.equals(current.modified(), modified)) {
            return current.boundaries();
        }
        JsonObject boundaries = null;
        if (path.isPresent()) {
            try (Reader reader = Files.newBufferedReader(path.get(), StandardCharsets.UTF_8)) {
                boundaries = read(reader);
            } catch (IOException | JsonException | IllegalArgumentException e) {
                // the administrator's file is named in the log (a path, nothing personal); the map keeps working
                LOG.warning("District boundaries in " + path.get() + " cannot be used (" + e.getMessage()
                        + "); the shipped ones are shown instead.");
            }
        }
        if (boundaries == null) {
            try (InputStream in = DistrictBoundaries.class.getClassLoader().getResourceAsStream(SHIPPED)) {
                boundaries = read(
                        new InputStreamReader(java.util.Objects.requireNonNull(in, SHIPPED), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        loaded = new Loaded(source, modified, boundaries);
        return boundaries;
    }

    /** Reads and checks GeoJSON boundaries: a FeatureCollection of polygons, each with its district code. */
    static JsonObject read(Reader geoJson) {
        JsonObject collection;
        try (JsonReader reader = Json.createReader(geoJson)) {
            collection = reader.readObject();
        }
        if (!"FeatureCollection".equals(collection.getString("type", "")) || !collection.containsKey("features")) {
            throw new IllegalArgumentException("not a GeoJSON FeatureCollection");
        }
        List<JsonValue> features = collection.getJsonArray("features");
        for (JsonValue value : features) {
            JsonObject feature = value.asJsonObject();
            String type = feature.containsKey("geometry")
                            && feature.get("geometry").getValueType() == JsonValue.ValueType.OBJECT
                    ? feature.getJsonObject("geometry").getString("type", "")
                    : "";
            if (code(feature) == null || !(type.equals("Polygon") || type.equals("MultiPolygon"))) {
                throw new IllegalArgumentException("every feature needs properties.code and a Polygon or MultiPolygon");
            }
        }
        return collection;
    }

    private static String code(JsonObject feature) {
        JsonValue properties = feature.get("properties");
        if (properties == null || properties.getValueType() != JsonValue.ValueType.OBJECT) {
            return null;
        }
        JsonValue code = properties.asJsonObject().get("code");
        return code != null && code.getValueType() == JsonValue.ValueType.STRING
                ? properties.asJsonObject().getString("code")
                : null;
    }

    private static FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return null;
        }
    }
}
