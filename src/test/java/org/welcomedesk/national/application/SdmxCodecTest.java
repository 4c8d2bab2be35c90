package org.welcomedesk.national.application;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.welcomedesk.national.domain.DataStructure;
import org.welcomedesk.national.domain.Dataflow;
import org.welcomedesk.national.domain.NationalRelease;
import org.welcomedesk.national.domain.Observation;
import org.welcomedesk.national.domain.Protection;
import org.welcomedesk.national.domain.SdmxAction;
import org.welcomedesk.national.domain.UnreadableMessage;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SDMX-CSV 2.0 and SDMX-JSON 2.0, both ways. */
class SdmxCodecTest {

    private static final DataStructure STRUCTURE = DataStructure.shipped();

    private static Map<String, String> key(String dataflow, Map<String, String> codes) {
        Dataflow table = STRUCTURE.dataflow(dataflow).orElseThrow();
        Map<String, String> key = new LinkedHashMap<>();
        for (String dimension : STRUCTURE.dimensions()) {
            key.put(
                    dimension,
                    switch (dimension) {
                        case "FREQ" -> "Q";
                        case "REF_AREA" -> "PORTO";
                        default ->
                            codes.getOrDefault(dimension, table.codes(dimension).get(0));
                    });
        }
        return key;
    }

    /** A revision with a withheld cell, a provisional one, a name with a comma and quotes in its codes' neighbourhood. */
    private static NationalRelease release() {
        List<Observation> observations = new ArrayList<>();
        observations.add(new Observation(
                "MIGR_IMM1CTZ",
                key("MIGR_IMM1CTZ", Map.of("SEX", "F", "AGE", "Y20-24", "CITIZEN", "UA")),
                OptionalLong.of(41),
                "P",
                "F"));
        observations.add(new Observation(
                "MIGR_IMM1CTZ",
                key("MIGR_IMM1CTZ", Map.of("SEX", "M", "AGE", "Y20-24", "CITIZEN", "UA")),
                OptionalLong.empty(),
                "A",
                "A"));
        observations.add(new Observation(
                "MIGR_INTOUT",
                key("MIGR_INTOUT", Map.of("SEX", "T", "PARTNER", "LISBOA")),
                OptionalLong.of(0),
                "A",
                "F"));
        observations.add(
                new Observation("MIGR_TMPMOB", key("MIGR_TMPMOB", Map.of("SEX", "T")), OptionalLong.of(17), "A", "F"));
        return new NationalRelease(
                "9b2e3c4d-1111-4222-8333-444455556666",
                "PORTO",
                "1.0",
                "2025-Q3",
                SdmxAction.R,
                2,
                Protection.UNPERTURBED,
                Instant.parse("2026-01-15T10:15:30Z"),
                observations);
    }

    @Test
    void aReleaseComesBackAsItWasSentInBothFormats() {
        NationalRelease release = release();
        for (SdmxFormat format : SdmxFormat.values()) {
            assertEquals(release, format.read(format.write(release)), format.name());
        }
    }

    @Test
    void csvNamesEachRowsTableAndCarriesTheReleaseOnEveryRow() {
        String csv = SdmxCsv.write(release());
        List<String> lines = csv.lines().toList();
        assertEquals(5, lines.size());
        assertTrue(lines.get(0).startsWith("STRUCTURE,STRUCTURE_ID,ACTION,FREQ,REF_AREA,FLOW,"), lines.get(0));
        assertTrue(lines.get(0)
                .contains(",TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS,RELEASE_ID,REVISION,PROTECTION,PREPARED"));
        assertTrue(lines.get(1).startsWith("dataflow,WD:MIGR_IMM1CTZ(1.0),R,Q,PORTO,IMM,F,Y20-24,"), lines.get(1));
        assertTrue(lines.get(1)
                .endsWith(",2025-Q3,41,P,F,9b2e3c4d-1111-4222-8333-444455556666,2,UNPERTURBED,2026-01-15T10:15:30Z"));
        // withheld: an empty value, never 0; a true 0 (unperturbed) stays 0
        assertTrue(lines.get(2).contains(",2025-Q3,,A,A,"), lines.get(2));
        assertTrue(lines.get(3).contains(",2025-Q3,0,A,F,"), lines.get(3));
    }

    @Test
    void jsonHasOneDataSetPerTableWithNullForWithheldValues() {
        JsonObject message =
                Json.createReader(new StringReader(SdmxJson.write(release()))).readObject();
        assertEquals(
                "9b2e3c4d-1111-4222-8333-444455556666",
                message.getJsonObject("meta").getString("id"));
        JsonArray dataSets = message.getJsonObject("data").getJsonArray("dataSets");
        assertEquals(3, dataSets.size());
        assertEquals("Replace", dataSets.getJsonObject(0).getString("action"));
        JsonObject structure =
                message.getJsonObject("data").getJsonArray("structures").getJsonObject(0);
        assertEquals(
                "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=WD:MIGR_IMM1CTZ(1.0)",
                structure.getString("structure"));
        List<JsonArray> cells = dataSets.getJsonObject(0).getJsonObject("observations").values().stream()
                .map(v -> v.asJsonArray())
                .toList();
        assertEquals(2, cells.size());
        assertTrue(cells.stream().anyMatch(c -> c.isNull(0)), "the withheld value is null");
        assertTrue(cells.stream().anyMatch(c -> !c.isNull(0) && c.getInt(0) == 41));
    }

    @Test
    void pooledDataOfSeveralCitiesIsWrittenWithoutReleaseAttributes() {
        NationalRelease release = release();
        List<Observation> pooled = new ArrayList<>(release.observations());
        Map<String, String> lisboa = new LinkedHashMap<>(key("MIGR_TMPMOB", Map.of("SEX", "T")));
        lisboa.put("REF_AREA", "LISBOA");
        pooled.add(new Observation("MIGR_TMPMOB", lisboa, OptionalLong.of(90), "A", "F"));
        String csv = SdmxFormat.CSV.writeData("2025-Q3", pooled);
        assertFalse(csv.contains("RELEASE_ID"));
        assertTrue(csv.contains("dataflow,WD:MIGR_TMPMOB(1.0),I,Q,LISBOA,TMP_MOB,"));
        JsonObject json = Json.createReader(new StringReader(SdmxFormat.JSON.writeData("2025-Q3", pooled)))
                .readObject();
        assertEquals(
                "Information",
                json.getJsonObject("data")
                        .getJsonArray("dataSets")
                        .getJsonObject(0)
                        .getString("action"));
    }

    @Test
    void formatsAreChosenByMediaType() {
        assertEquals(Optional.of(SdmxFormat.CSV), SdmxFormat.of("application/vnd.sdmx.data+csv;version=2.0.0"));
        assertEquals(
                Optional.of(SdmxFormat.CSV),
                SdmxFormat.of("application/vnd.sdmx.data+csv; charset=utf-8; version=2.0.0"));
        assertEquals(Optional.of(SdmxFormat.JSON), SdmxFormat.of("Application/VND.SDMX.DATA+JSON;version=2.0"));
        assertEquals(Optional.of(SdmxFormat.JSON), SdmxFormat.of("application/vnd.sdmx.data+json"));
        assertEquals(Optional.empty(), SdmxFormat.of("application/vnd.sdmx.data+json;version=1.0.0"));
        assertEquals(Optional.empty(), SdmxFormat.of("text/csv"));
        assertEquals(Optional.empty(), SdmxFormat.of(null));
    }

    private static String malformed(SdmxFormat format, String message) {
        UnreadableMessage unreadable = assertThrows(UnreadableMessage.class, () -> format.read(message));
        assertEquals(DataStructure.MALFORMED, unreadable.findings().get(0).code());
        assertEquals("national.finding.malformed", unreadable.findings().get(0).messageKey());
        return unreadable.findings().get(0).location();
    }

    @Test
    void csvThatIsNoReleaseIsRefusedSayingWhere() {
        String csv = SdmxCsv.write(release());
        assertEquals("line 3", malformed(SdmxFormat.CSV, csv.replace(",2025-Q3,,A,A,", ",2025-Q3,many,A,A,")));
        assertEquals("line 3", malformed(SdmxFormat.CSV, csv.replace(",2025-Q3,,A,A,", ",2025-Q4,,A,A,")));
        assertEquals("line 1", malformed(SdmxFormat.CSV, csv.replace(",RELEASE_ID,", ",RELEASE,")));
        assertEquals(
                "line 2",
                malformed(
                        SdmxFormat.CSV,
                        csv.replace("WD:MIGR_IMM1CTZ(1.0),R,Q,PORTO,IMM,F", "MIGR_IMM1CTZ,R,Q,PORTO,IMM,F")));
        assertEquals("line 1", malformed(SdmxFormat.CSV, " "));
        assertEquals(ACTION_AT, malformed(SdmxFormat.CSV, csv.replace(",R,Q,", ",D,Q,")));
    }

    private static final String ACTION_AT = "ACTION";

    @Test
    void jsonThatIsNoReleaseIsRefused() {
        String json = SdmxJson.write(release());
        assertEquals("$", malformed(SdmxFormat.JSON, "not json"));
        assertEquals("$", malformed(SdmxFormat.JSON, "{\"data\":{}}"));
        malformed(SdmxFormat.JSON, json.replace("\"action\":\"Replace\"", "\"action\":\"Delete\""));
        malformed(SdmxFormat.JSON, json.replace("[41,", "[41.5,"));
        malformed(SdmxFormat.JSON, json.replace("\"dataSets\":[", "\"dataSets\":[7,"));
    }

    @Test
    void codesAreReadAsTheyComeForValidationToJudge() {
        NationalRelease release = release();
        String csv = SdmxCsv.write(release).replace(",UA,", ",XX,");
        NationalRelease read = SdmxCsv.read(csv);
        assertTrue(
                read.observations().stream().anyMatch(o -> "XX".equals(o.key().get("CITIZEN"))));
        assertTrue(STRUCTURE.validate(read, java.time.LocalDate.of(2026, 1, 15)).stream()
                .anyMatch(f -> f.location().equals("CITIZEN=XX")));
    }
}
