package org.welcomedesk.services.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.welcomedesk.platform.error.RuleViolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Where a place is: a point on the map or nowhere, never a point off it. */
class LocationTest {

    @ParameterizedTest
    @CsvSource({
        "91, 0, latitude",
        "-90.5, 0, latitude",
        "NaN, 0, latitude",
        "Infinity, 0, latitude",
        "41.1, 180.5, longitude",
        "41.1, NaN, longitude",
        "41.1, -Infinity, longitude"
    })
    void aPositionOffTheMapIsRefusedNamingTheCoordinate(double latitude, double longitude, String field) {
        Location location = new Location("loc-1", new Organization("org-1", "Clinic"), "Clinic");

        RuleViolation refused = assertThrows(RuleViolation.class, () -> location.position(latitude, longitude));

        assertEquals(field, refused.field());
        assertEquals("directory.position.invalid", refused.messageKey());
    }
}
