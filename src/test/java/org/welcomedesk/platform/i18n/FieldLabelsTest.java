package org.welcomedesk.platform.i18n;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Fields named by domain exceptions become labels the user reads, also inside lists. */
class FieldLabelsTest {

    @Test
    void aMembersFieldNamesTheMember() {
        assertEquals("Family names (member 3)", FieldLabels.label(Locale.ENGLISH, "members[2].familyNames"));
    }

    @Test
    void aFieldOfAnImportedObjectNamesTheObject() {
        assertEquals("Email (services no. 4)", FieldLabels.label(Locale.ENGLISH, "services[3].email"));
        assertEquals("Courriel (services n° 4)", FieldLabels.label(Locale.FRENCH, "services[3].email"));
    }
}
