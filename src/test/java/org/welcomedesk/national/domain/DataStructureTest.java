package org.welcomedesk.national.domain;

import org.junit.jupiter.api.Test;
import org.welcomedesk.devstack.democity.SyntheticPopulation;
import org.welcomedesk.statistics.domain.AgeGroup;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped data structure and what its validation refuses. */
class DataStructureTest {

    private static final DataStructure STRUCTURE = DataStructure.shipped();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    // --- the structure as shipped ---

    @Test
    void theNationalTablesAreTheAgreedOnesAndMovesWithinTheCityAreNoneOfThem() {
        assertEquals(
                List.of(
                        "MIGR_IMM1CTZ",
                        "MIGR_IMM3CTB",
                        "MIGR_IMM5PRV",
                        "MIGR_EMI1CTZ",
                        "MIGR_EMI3NXT",
                        "MIGR_INTIN",
                        "MIGR_INTOUT",
                        "MIGR_TMPMOB"),
                STRUCTURE.dataflows().stream().map(Dataflow::id).toList());
        assertEquals("WD:DSD_MIGR(1.0)", STRUCTURE.reference());
        assertFalse(STRUCTURE.codes("FLOW").contains("MOVE_INTRA"));
        Dataflow byCitizenship = STRUCTURE.dataflow("MIGR_IMM1CTZ").orElseThrow();
        assertEquals(List.of("SEX", "AGE", "CITIZEN"), byCitizenship.varying());
        assertEquals(List.of("IMM"), byCitizenship.codes("FLOW"));
        assertEquals(List.of("TOTAL"), byCitizenship.codes("PARTNER"));
        Dataflow internal = STRUCTURE.dataflow("MIGR_INTIN").orElseThrow();
        assertTrue(internal.codes("PARTNER").contains("LISBOA"));
        assertFalse(internal.codes("PARTNER").contains("FR"));
        assertFalse(STRUCTURE
                .dataflow("MIGR_EMI3NXT")
                .orElseThrow()
                .codes("PARTNER")
                .contains("NAT"));
    }

    @Test
    void ageGroupsAreTheStatisticsFeatures() {
        List<String> codes =
                new ArrayList<>(AgeGroup.all().stream().map(AgeGroup::code).toList());
        List<String> shipped = new ArrayList<>(STRUCTURE.codes("AGE").ids());
        assertTrue(shipped.remove("TOTAL") && shipped.remove("UNK"));
        assertEquals(codes, shipped);
    }

    @Test
    void countriesAreTheRegistrysCountries() throws IOException {
        String sql = Files.readString(Path.of("src/main/resources/db/migration/V2__reference_data.sql"));
        String countries =
                sql.substring(sql.indexOf("insert into country (code"), sql.indexOf("insert into country_name"));
        Set<String> registry = new TreeSet<>();
        Matcher m = Pattern.compile("\\('([A-Z]{2})', '[A-Z]{3}'\\)").matcher(countries);
        while (m.find()) {
            registry.add(m.group(1));
        }
        Set<String> shipped = new TreeSet<>(STRUCTURE.codes("CITIZEN").ids());
        shipped.removeAll(Set.of("TOTAL", "NAT", "FOR", "STLS", "UNK"));
        assertTrue(registry.size() > 200);
        assertEquals(registry, shipped);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyMunicipalityTheDemoCityKnowsHasACodeAndARegion() throws ReflectiveOperationException {
        Field field = SyntheticPopulation.class.getDeclaredField("MUNICIPALITIES");
        field.setAccessible(true);
        List<String> names = new ArrayList<>((List<String>) field.get(null));
        names.addAll(List.of("Odemira", "Beja"));
        CodeList regions = STRUCTURE.codeList(DataStructure.REGIONS).orElseThrow();
        for (String name : names) {
            String code = STRUCTURE.municipalityCode(name);
            assertNotEquals("UNK", code, name);
            String region = STRUCTURE.region(code).orElseThrow();
            assertTrue(regions.contains(region), name + " lies in no region");
        }
        for (String city : List.of("DEMO", "PORTO", "LISBOA")) {
            assertTrue(STRUCTURE.codes("REF_AREA").contains(city));
        }
    }

    @Test
    void municipalityNamesAreMatchedWhateverTheCaseAccentsAndSpaces() {
        assertEquals("LISBOA", STRUCTURE.municipalityCode(" lisboa "));
        assertEquals("SETUBAL", STRUCTURE.municipalityCode("Setubal"));
        assertEquals("SETUBAL", STRUCTURE.municipalityCode("SETÚBAL"));
        assertEquals("VILA_NOVA_DE_GAIA", STRUCTURE.municipalityCode("Vila-Nova de Gaia"));
        assertEquals("UNK", STRUCTURE.municipalityCode("Atlantis"));
        assertEquals("UNK", STRUCTURE.municipalityCode(null));
    }

    // --- validation ---

    /** A consistent release of the temporary mobility table and a corner of the citizenship table. */
    private static NationalRelease release(Protection protection, UnaryOperator<List<Observation>> change) {
        List<Observation> observations = new ArrayList<>();
        observations.add(observation("MIGR_TMPMOB", Map.of("SEX", "T"), 25, "A"));
        observations.add(observation("MIGR_TMPMOB", Map.of("SEX", "F"), 12, "P"));
        observations.add(observation("MIGR_TMPMOB", Map.of("SEX", "M"), 11, "A"));
        observations.add(observation("MIGR_IMM1CTZ", Map.of("SEX", "T", "AGE", "TOTAL", "CITIZEN", "TOTAL"), 40, "A"));
        observations.add(observation("MIGR_IMM1CTZ", Map.of("SEX", "T", "AGE", "TOTAL", "CITIZEN", "UA"), 30, "A"));
        observations.add(withheld("MIGR_IMM1CTZ", Map.of("SEX", "T", "AGE", "TOTAL", "CITIZEN", "UNK")));
        return new NationalRelease(
                "r-1",
                "DEMO",
                "1.0",
                "2025",
                SdmxAction.A,
                0,
                protection,
                Instant.parse("2026-01-15T10:00:00Z"),
                change.apply(observations));
    }

    static Observation observation(String dataflow, Map<String, String> codes, long value, String status) {
        return new Observation(dataflow, key(dataflow, codes), OptionalLong.of(value), status, "F");
    }

    static Observation withheld(String dataflow, Map<String, String> codes) {
        return new Observation(dataflow, key(dataflow, codes), OptionalLong.empty(), "A", "A");
    }

    /** Every dimension's code: the table's fixed ones and the given ones. */
    static Map<String, String> key(String dataflow, Map<String, String> codes) {
        Dataflow table = STRUCTURE.dataflow(dataflow).orElseThrow();
        Map<String, String> key = new LinkedHashMap<>();
        for (String dimension : STRUCTURE.dimensions()) {
            key.put(
                    dimension,
                    switch (dimension) {
                        case "FREQ" -> "A";
                        case "REF_AREA" -> "DEMO";
                        default ->
                            codes.getOrDefault(dimension, table.codes(dimension).get(0));
                    });
        }
        return key;
    }

    private static List<Finding> findings(NationalRelease release) {
        return STRUCTURE.validate(release, TODAY);
    }

    private static Finding only(List<Finding> findings) {
        assertEquals(1, findings.size(), findings.toString());
        return findings.get(0);
    }

    @Test
    void aConsistentReleasePasses() {
        assertEquals(List.of(), findings(release(Protection.CELL_KEY, o -> o)));
    }

    @Test
    void anUnknownCitizenshipIsRefusedNamingTheCodeAndTheTable() {
        Finding finding = only(findings(release(Protection.CELL_KEY, o -> {
            o.add(withheld("MIGR_IMM1CTZ", Map.of("SEX", "T", "AGE", "TOTAL", "CITIZEN", "XX")));
            return o;
        })));
        assertEquals(DataStructure.UNKNOWN_CODE, finding.code());
        assertEquals("MIGR_IMM1CTZ", finding.dataflow());
        assertEquals("CITIZEN=XX", finding.location());
        assertEquals("national.finding.unknownCode.CITIZEN", finding.messageKey());
        assertEquals(List.of("XX", "MIGR_IMM1CTZ", "MIGR_IMM1CTZ"), finding.arguments());
    }

    @Test
    void aKnownCodeATableDoesNotUseIsRefused() {
        Finding finding = only(findings(release(Protection.CELL_KEY, o -> {
            o.add(withheld("MIGR_IMM5PRV", Map.of("SEX", "T", "PARTNER", "LISBOA")));
            return o;
        })));
        assertEquals(DataStructure.UNKNOWN_CODE, finding.code());
        assertEquals("national.finding.codeNotAllowed", finding.messageKey());
    }

    @Test
    void aTotalThatCannotBeTheSumOfItsPartsIsRefused() {
        // 100 stands for 97..103; the parts for 9..15 and 8..14
        Finding finding = only(findings(release(Protection.CELL_KEY, o -> {
            o.set(0, observation("MIGR_TMPMOB", Map.of("SEX", "T"), 100, "A"));
            return o;
        })));
        assertEquals(DataStructure.TOTAL_INCONSISTENT, finding.code());
        assertEquals("MIGR_TMPMOB", finding.dataflow());
        assertTrue(finding.location().startsWith("SEX=T"), finding.location());

        // a withheld total stands for at most 9 + 3; parts of 30 and more cannot be in it
        assertEquals(
                DataStructure.TOTAL_INCONSISTENT,
                only(findings(release(Protection.CELL_KEY, o -> {
                            o.set(3, withheld("MIGR_IMM1CTZ", Map.of("SEX", "T", "AGE", "TOTAL", "CITIZEN", "TOTAL")));
                            return o;
                        })))
                        .code());
    }

    @Test
    void perturbedTotalsNeedNotAddUpButUnperturbedOnesMust() {
        // 25 against 12 + 11 = 23: within the deviation when perturbed, wrong when exact
        assertEquals(List.of(), findings(release(Protection.CELL_KEY, o -> o)));
        Finding finding = only(findings(release(Protection.UNPERTURBED, o -> new ArrayList<>(o.subList(0, 3)))));
        assertEquals(DataStructure.TOTAL_INCONSISTENT, finding.code());
        assertEquals("MIGR_TMPMOB", finding.dataflow());
        assertEquals(List.of(), findings(release(Protection.UNPERTURBED, o -> {
            List<Observation> exact = new ArrayList<>(o.subList(0, 3));
            exact.set(0, observation("MIGR_TMPMOB", Map.of("SEX", "T"), 23, "A"));
            return exact;
        })));
    }

    @Test
    void periodsMustHaveEndedAndBeWellFormed() {
        assertEquals(
                DataStructure.PERIOD_OUT_OF_RANGE,
                only(findings(withPeriod("2026", "A"))).code());
        assertEquals(
                DataStructure.PERIOD_OUT_OF_RANGE,
                only(findings(withPeriod("2026-Q4", "Q"))).code());
        assertEquals(List.of(), findings(withPeriod("2026-Q3", "Q")));
        assertEquals(
                DataStructure.PERIOD_OUT_OF_RANGE,
                only(findings(withPeriod("2011", "A"))).code());
        assertEquals(
                DataStructure.PERIOD_INVALID,
                only(findings(withPeriod("2025-13", "A"))).code());
        Finding frequency = findings(withPeriod("2025", "Q")).get(0);
        assertEquals(DataStructure.PERIOD_INVALID, frequency.code());
        assertEquals("national.finding.frequencyMismatch", frequency.messageKey());
    }

    private static NationalRelease withPeriod(String period, String frequency) {
        NationalRelease release = release(Protection.CELL_KEY, o -> o);
        List<Observation> observations = release.observations().stream()
                .map(o -> {
                    Map<String, String> key = new LinkedHashMap<>(o.key());
                    key.put("FREQ", frequency);
                    return new Observation(
                            o.dataflow(), key, o.value(), o.observationStatus(), o.confidentialityStatus());
                })
                .toList();
        return new NationalRelease(
                release.releaseId(),
                release.cityCode(),
                "1.0",
                period,
                SdmxAction.A,
                0,
                release.protection(),
                release.prepared(),
                observations);
    }

    @Test
    void everyRowIsTheReleasesCity() {
        NationalRelease porto = release(Protection.CELL_KEY, o -> o);
        NationalRelease asPorto = new NationalRelease(
                "r-1",
                "PORTO",
                "1.0",
                "2025",
                SdmxAction.A,
                0,
                Protection.CELL_KEY,
                porto.prepared(),
                porto.observations());
        List<Finding> findings = findings(asPorto);
        assertFalse(findings.isEmpty());
        assertTrue(findings.stream().allMatch(f -> f.code().equals(DataStructure.WRONG_AREA)), findings.toString());
        NationalRelease nowhere = new NationalRelease(
                "r-1", "NOWHERE", "1.0", "2025", SdmxAction.A, 0, Protection.CELL_KEY, porto.prepared(), List.of());
        assertTrue(findings(nowhere).stream().anyMatch(f -> f.code().equals(DataStructure.WRONG_AREA)));
    }

    @Test
    void cellsAndValuesAreChecked() {
        Map<String, String> female = Map.of("SEX", "F");
        assertEquals(
                DataStructure.DUPLICATE_CELL,
                only(findings(release(Protection.CELL_KEY, o -> {
                            o.add(observation("MIGR_TMPMOB", female, 12, "P"));
                            return o;
                        })))
                        .code());
        assertEquals(
                "national.finding.negativeValue",
                findings(release(Protection.CELL_KEY, o -> {
                            o.set(1, observation("MIGR_TMPMOB", female, -4, "A"));
                            return o;
                        }))
                        .get(0)
                        .messageKey());
        assertEquals(
                "national.finding.neverPublished",
                findings(release(Protection.CELL_KEY, o -> {
                            o.set(1, observation("MIGR_TMPMOB", female, 2, "A"));
                            return o;
                        }))
                        .get(0)
                        .messageKey());
        assertEquals(
                "national.finding.withheldNotConfidential",
                only(findings(release(Protection.CELL_KEY, o -> {
                            o.set(
                                    1,
                                    new Observation(
                                            "MIGR_TMPMOB", key("MIGR_TMPMOB", female), OptionalLong.empty(), "A", "F"));
                            return o;
                        })))
                        .messageKey());
        assertEquals(
                "national.finding.unknownStatus",
                only(findings(release(Protection.CELL_KEY, o -> {
                            o.set(
                                    1,
                                    new Observation(
                                            "MIGR_TMPMOB", key("MIGR_TMPMOB", female), OptionalLong.of(12), "E", "F"));
                            return o;
                        })))
                        .messageKey());
        Map<String, String> noAge = new LinkedHashMap<>(key("MIGR_IMM1CTZ", Map.of("CITIZEN", "UA")));
        noAge.remove("AGE");
        assertEquals(
                DataStructure.MISSING_DIMENSION,
                only(findings(release(Protection.CELL_KEY, o -> {
                            o.set(4, new Observation("MIGR_IMM1CTZ", noAge, OptionalLong.of(30), "A", "F"));
                            return o;
                        })))
                        .code());
        assertEquals(
                "national.finding.unknownDataflow",
                only(findings(release(Protection.CELL_KEY, o -> {
                            o.add(new Observation(
                                    "MIGR_ASYLUM", key("MIGR_TMPMOB", female), OptionalLong.of(12), "A", "F"));
                            return o;
                        })))
                        .messageKey());
    }

    @Test
    void theReleaseItselfIsChecked() {
        NationalRelease release = release(Protection.CELL_KEY, o -> o);
        NationalRelease revisionZeroReplacing = new NationalRelease(
                "r-1",
                "DEMO",
                "1.0",
                "2025",
                SdmxAction.R,
                0,
                Protection.CELL_KEY,
                release.prepared(),
                release.observations());
        assertEquals(
                "national.finding.actionMismatch",
                only(findings(revisionZeroReplacing)).messageKey());
        NationalRelease unknownVersion = new NationalRelease(
                "r-1",
                "DEMO",
                "9.9",
                "2025",
                SdmxAction.A,
                0,
                Protection.CELL_KEY,
                release.prepared(),
                release.observations());
        assertEquals(
                DataStructure.STRUCTURE_UNKNOWN, only(findings(unknownVersion)).code());
    }

    @Test
    void everyFindingIsExplainedInTheFourLanguages() throws IOException {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(findings(release(Protection.CELL_KEY, o -> {
            o.add(withheld("MIGR_IMM1CTZ", Map.of("SEX", "T", "AGE", "TOTAL", "CITIZEN", "XX")));
            o.add(withheld("MIGR_IMM5PRV", Map.of("SEX", "T", "PARTNER", "LISBOA")));
            o.set(0, observation("MIGR_TMPMOB", Map.of("SEX", "T"), 100, "A"));
            o.set(
                    1,
                    new Observation(
                            "MIGR_TMPMOB", key("MIGR_TMPMOB", Map.of("SEX", "F")), OptionalLong.of(2), "E", "F"));
            return o;
        })));
        findings.addAll(findings(withPeriod("2026", "Q")));
        findings.addAll(UnreadableMessage.at("line 2", "x").findings());
        assertTrue(findings.size() >= 6, findings.toString());
        for (String language : List.of("", "_fr", "_pt", "_ar")) {
            Properties bundle = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/i18n/messages" + language + ".properties")) {
                bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (Finding finding : findings) {
                assertTrue(bundle.containsKey(finding.messageKey()), finding.messageKey() + " in messages" + language);
            }
        }
    }
}
