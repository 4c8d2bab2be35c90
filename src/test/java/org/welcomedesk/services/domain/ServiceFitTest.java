package org.welcomedesk.services.domain;

import org.junit.jupiter.api.Test;
import org.welcomedesk.registry.records.domain.DocumentType;
import org.welcomedesk.registry.records.domain.NeedCategory;
import org.welcomedesk.registry.records.domain.ResidenceStatus;
import org.welcomedesk.registry.records.domain.Sex;
import org.welcomedesk.registry.records.domain.SkillGroup;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ranking: eligibility decides, then needs, language, skills, distance, hours and places left order. */
class ServiceFitTest {

    private static final Organization CLINIC = new Organization("org-1", "Harbour Community Clinic");
    private static final Location HARBOUR = location("loc-1", 41.1400, -8.6300, "D02");
    private static final Location HILLCREST = location("loc-2", 41.1700, -8.6250, "D06");
    // a Monday morning
    private static final LocalDateTime MONDAY_TEN = LocalDateTime.of(2026, 11, 23, 10, 0);

    private static Location location(String id, double lat, double lon, String district) {
        Location location = new Location(id, CLINIC, "Place " + id);
        location.position(lat, lon);
        location.placeAt("Rua 1", "4000-001", "Riverside", null, "PT", district);
        return location;
    }

    private static ServiceAtLocation place(
            String name, Location where, List<EligibilityRule> rules, Set<String> languages) {
        Service service = new Service(null, CLINIC, name, OfferKind.SERVICE);
        service.meets(Set.of(NeedCategory.HEALTH));
        service.speaks(languages);
        service.restrictTo(rules);
        service.limitTo(10);
        ServiceAtLocation place = new ServiceAtLocation(null, service, where);
        place.openOn(List.of(new OpeningHours("MO,TU,WE,TH,FR", LocalTime.of(9, 0), LocalTime.of(17, 0), null)));
        return place;
    }

    private static PersonProfile omar(Set<SkillGroup> skills) {
        return new PersonProfile(
                41,
                Sex.M,
                ResidenceStatus.NEWCOMER,
                2,
                Set.of(),
                "D02",
                new GeoPoint(41.1400, -8.6300),
                Set.of("ar", "en"),
                skills,
                Set.of(NeedCategory.HEALTH, NeedCategory.EMPLOYMENT));
    }

    @Test
    void eligibleNearbyPlacesInThePersonsLanguageComeFirst() {
        List<ServiceFit> fits = new ArrayList<>(List.of(
                place("Far, Portuguese only", HILLCREST, List.of(), Set.of("pt"))
                        .fitFor(omar(Set.of()), null, MONDAY_TEN),
                place("Women only", HARBOUR, List.of(new EligibilityRule(Criterion.SEX, "F")), Set.of("ar"))
                        .fitFor(omar(Set.of()), null, MONDAY_TEN),
                place("Near, Arabic", HARBOUR, List.of(), Set.of("ar", "pt")).fitFor(omar(Set.of()), 3, MONDAY_TEN),
                place("Near, full", HARBOUR, List.of(), Set.of("ar")).fitFor(omar(Set.of()), 0, MONDAY_TEN)));
        fits.sort(ServiceFit.BEST_FIRST);

        assertEquals(
                List.of("Near, Arabic", "Near, full", "Far, Portuguese only", "Women only"),
                fits.stream().map(f -> f.place().getService().getName()).toList());
        ServiceFit best = fits.get(0);
        assertTrue(best.eligible());
        assertEquals(0.0, best.distanceKm());
        List<String> keys = best.reasons().stream().map(Reason::messageKey).toList();
        assertTrue(
                keys.containsAll(List.of(
                        "match.need",
                        "match.language.spoken",
                        "match.distance",
                        "match.district.same",
                        "match.hours.openNow",
                        "match.capacity.left")),
                keys.toString());

        ServiceFit womenOnly = fits.get(3);
        assertFalse(womenOnly.eligible());
        assertEquals("eligibility.SEX.unmet", womenOnly.unmet().get(0).messageKey());
        assertTrue(fits.get(2).reasons().stream().anyMatch(r -> r.messageKey().equals("match.language.none")));
        assertTrue(fits.get(1).reasons().stream().anyMatch(r -> r.messageKey().equals("match.capacity.full")));
    }

    @Test
    void jobsRankByTheSkillsThePersonHas() {
        Service kitchen = new Service(null, CLINIC, "Kitchen assistant", OfferKind.JOB);
        kitchen.meets(Set.of(NeedCategory.EMPLOYMENT));
        kitchen.asksForSkills(Set.of(SkillGroup.FOOD_PREPARATION, SkillGroup.PERSONAL_SERVICE));
        ServiceAtLocation place = new ServiceAtLocation(null, kitchen, HARBOUR);

        ServiceFit cook = place.fitFor(omar(Set.of(SkillGroup.FOOD_PREPARATION)), null, MONDAY_TEN);
        ServiceFit none = place.fitFor(omar(Set.of()), null, MONDAY_TEN);

        assertTrue(cook.score() > none.score());
        Reason held = cook.reasons().stream()
                .filter(r -> r.messageKey().equals("match.skills.held"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of(List.of(SkillGroup.FOOD_PREPARATION)), held.arguments());
        assertTrue(cook.reasons().stream()
                .anyMatch(r -> r.messageKey().equals("match.skills.missing")
                        && r.arguments().equals(List.of(List.of(SkillGroup.PERSONAL_SERVICE)))));
    }

    @Test
    void anExpiredOrMissingDocumentIsAReasonNotASilentDrop() {
        ServiceAtLocation registration = place(
                "Health registration",
                HARBOUR,
                List.of(new EligibilityRule(Criterion.DOCUMENT, "PASSPORT,RESIDENCE_PERMIT")),
                Set.of("pt"));
        ServiceFit without = registration.fitFor(omar(Set.of()), null, MONDAY_TEN);
        assertFalse(without.eligible());
        assertEquals(
                List.of("eligibility.DOCUMENT.unmet"),
                without.unmet().stream().map(Reason::messageKey).toList());

        PersonProfile withPassport = new PersonProfile(
                41,
                Sex.M,
                ResidenceStatus.NEWCOMER,
                2,
                Set.of(DocumentType.PASSPORT),
                "D02",
                null,
                Set.of("ar"),
                Set.of(),
                Set.of(NeedCategory.HEALTH));
        assertTrue(registration.fitFor(withPassport, null, MONDAY_TEN).eligible());
    }
}
