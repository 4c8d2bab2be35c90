package org.welcomedesk.rollup.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.welcomedesk.national.domain.Finding;
import org.welcomedesk.national.domain.NationalRelease;
import org.welcomedesk.national.domain.Observation;
import org.welcomedesk.statistics.application.PublishedTable;
import org.welcomedesk.statistics.application.StatisticsTables;
import org.welcomedesk.statistics.domain.Dimension;
import org.welcomedesk.statistics.domain.Period;
import org.welcomedesk.statistics.domain.ProtectedCount;
import org.welcomedesk.statistics.domain.TableDefinition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the national side defines and the city fills in: a period's observations of the
 * national tables, their validation against the data structure, and the message as it
 * travels (SDMX-CSV 2.0). The one place the city's workflow meets the national side's
 * definitions (natcore: NationalTables, DataStructure, SdmxCsv).
 */
@ApplicationScoped
public class ReleaseContents {

    /** The SDMX-CSV 2.0 media type the release is sent as. */
    public static final String SDMX_CSV = "application/vnd.sdmx.data+csv;version=2.0.0";

    @Inject
    StatisticsTables tables;

    @Inject
    @ConfigProperty(name = "welcomedesk.city.code", defaultValue = "DEMO")
    String cityCode;

    public String cityCode() {
        return cityCode;
    }

    public String structureVersion() {
        return "1.0";
    }

    /**
     * The observations of a period (provisional until natcore's NationalTables lands: the
     * flows by sex, protected like every other output).
     */
    public List<Observation> observations(String period) {
        Period parsed = Period.parse(period, "period");
        PublishedTable table = tables.flows(new TableDefinition(List.of(Dimension.FLOW, Dimension.SEX), Map.of(),
                List.of(parsed)));
        List<Observation> observations = new ArrayList<>();
        Map<String, String> dataflows = Map.of("IMM", "MIGR_IMM1CTZ", "EMI", "MIGR_EMI1CTZ", "IN_INT", "MIGR_INTIN",
                "OUT_INT", "MIGR_INTOUT", "TMP_MOB", "MIGR_TMPMOB");
        for (var flow : new TreeMap<>(dataflows).entrySet()) {
            for (String sex : List.of("F", "M", "T")) {
                ProtectedCount count = table.count(period, Map.of(Dimension.FLOW, flow.getKey(), Dimension.SEX, sex))
                        .orElse(null);
                if (count == null) {
                    continue;
                }
                Map<String, String> key = new LinkedHashMap<>();
                key.put("FREQ", period.contains("Q") ? "Q" : "A");
                key.put("REF_AREA", cityCode);
                key.put("FLOW", flow.getKey());
                key.put("SEX", sex);
                key.put("AGE", "TOTAL");
                key.put("AGEDEF", "COMPLET");
                key.put("CITIZEN", "TOTAL");
                key.put("C_BIRTH", "TOTAL");
                key.put("PARTNER", "TOTAL");
                key.put("UNIT_MEASURE", "PER");
                observations.add(new Observation(flow.getValue(), key, count.value(), count.status().name(),
                        count.confidentialityStatus()));
            }
        }
        return observations;
    }

    /** What the data structure finds wrong in a release (none until natcore's validation lands). */
    public List<Finding> validate(NationalRelease release) {
        return List.of();
    }

    /** The release as SDMX-CSV 2.0 (natcore's SdmxCsv replaces this provisional writer). */
    public String serialise(NationalRelease release) {
        StringBuilder csv = new StringBuilder("STRUCTURE,STRUCTURE_ID,ACTION,RELEASE_ID,REVISION,PROTECTION,TIME_PERIOD,"
                + "FREQ,REF_AREA,FLOW,SEX,AGE,AGEDEF,CITIZEN,C_BIRTH,PARTNER,UNIT_MEASURE,OBS_VALUE,OBS_STATUS,CONF_STATUS\n");
        for (Observation o : release.observations()) {
            csv.append("dataflow,WD:").append(o.dataflow()).append("(").append(release.structureVersion()).append("),")
                    .append(release.action()).append(',').append(release.releaseId()).append(',')
                    .append(release.revision()).append(',').append(release.protection()).append(',')
                    .append(release.period());
            for (String dimension : List.of("FREQ", "REF_AREA", "FLOW", "SEX", "AGE", "AGEDEF", "CITIZEN", "C_BIRTH",
                    "PARTNER", "UNIT_MEASURE")) {
                csv.append(',').append(o.key().getOrDefault(dimension, ""));
            }
            csv.append(',').append(o.value().isPresent() ? Long.toString(o.value().getAsLong()) : "")
                    .append(',').append(o.observationStatus()).append(',').append(o.confidentialityStatus()).append('\n');
        }
        return csv.toString();
    }

    public String contentType() {
        return SDMX_CSV;
    }
}
