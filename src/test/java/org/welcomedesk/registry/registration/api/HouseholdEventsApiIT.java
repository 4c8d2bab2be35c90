package org.welcomedesk.registry.registration.api;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.welcomedesk.testsupport.Api;
import org.welcomedesk.testsupport.ThroughTheApi;
import org.welcomedesk.testsupport.UniqueNames;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A household moves together through the API: one request records the same event for every
 * member living in the city but those who stay; a refusal names the field and, when it
 * concerns one member, that member; a refused request records nothing.
 */
class HouseholdEventsApiIT extends ThroughTheApi {

    private static final LocalDate TODAY = LocalDate.now();

    /** The Haddads: father, mother, a daughter and a baby born three weeks ago, arrived two months ago. */
    private record Family(
            String householdId, String father, String mother, String daughter, String baby, List<String> order) {}

    private static Family register() throws Exception {
        String family = "Moves" + UniqueNames.letters(6);
        LocalDate born = TODAY.minusDays(20);
        String arrival = """
                "arrival": {"type": "ARRIVAL_FROM_ABROAD", "eventDate": "%s", "districtId": 3, "otherCountry": "SY"}""".formatted(TODAY.minusDays(60));
        HttpResponse<String> created = desk.post(
                "/households",
                """
                {"members": [
                  {"person": {"givenNames": "Omar", "familyNames": "%1$s", "sex": "M", "birthYear": 1985}, %2$s},
                  {"person": {"givenNames": "Huda", "familyNames": "%1$s", "sex": "F", "birthYear": 1988},
                   "householdRole": "SPOUSE_OR_PARTNER", %2$s},
                  {"person": {"givenNames": "Lina", "familyNames": "%1$s", "sex": "F", "birthYear": 2015},
                   "householdRole": "CHILD", %2$s},
                  {"person": {"givenNames": "Sami", "familyNames": "%1$s", "sex": "M",
                              "birthYear": %3$d, "birthMonth": %4$d, "birthDay": %5$d},
                   "householdRole": "CHILD",
                   "arrival": {"type": "ARRIVAL_FROM_ABROAD", "eventDate": "%6$s", "districtId": 3, "otherCountry": "SY"}}]}
                """.formatted(family, arrival, born.getYear(), born.getMonthValue(), born.getDayOfMonth(), born),
                Map.of());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject household = Api.object(created);
        List<JsonObject> members = household.getJsonArray("members").getValuesAs(JsonObject.class);
        List<String> order = members.stream().map(m -> m.getString("personId")).toList();
        return new Family(
                household.getString("id"),
                idOf(members, "Omar"),
                idOf(members, "Huda"),
                idOf(members, "Lina"),
                idOf(members, "Sami"),
                order);
    }

    private static String idOf(List<JsonObject> members, String givenName) {
        return members.stream()
                .filter(m -> m.getString("name").contains(givenName))
                .findFirst()
                .orElseThrow()
                .getString("personId");
    }

    private static String move(LocalDate date, Object districtId, String address, List<String> staying) {
        return """
                {"event": {"type": "MOVE_WITHIN_CITY", "eventDate": "%s", "districtId": %s},
                 "address": "%s", "exceptPersonIds": [%s]}
                """.formatted(
                date,
                districtId,
                address,
                String.join(", ", staying.stream().map(id -> "\"" + id + "\"").toList()));
    }

    private static JsonObject person(String id) throws Exception {
        return Api.object(desk.get("/persons/" + id));
    }

    @Test
    void theWholeHouseholdMovesInOneRequestAndAMemberWhoStaysIsLeft() throws Exception {
        Family f = register();

        HttpResponse<String> moved = desk.post(
                "/households/" + f.householdId() + "/events",
                move(TODAY.minusDays(10), 5, "Rua das Flores 12, 2º esq.", List.of()),
                Map.of());

        assertEquals(201, moved.statusCode(), moved.body());
        assertEquals(4, Api.object(moved).getJsonArray("moved").size(), moved.body());
        for (String member : List.of(f.father(), f.mother(), f.daughter(), f.baby())) {
            JsonObject record = person(member);
            assertEquals(5, record.getInt("districtId"), record.toString());
            assertEquals("Rua das Flores 12, 2º esq.", record.getString("address"), record.toString());
            var events = record.getJsonArray("events").getValuesAs(JsonObject.class);
            assertTrue(
                    events.stream()
                            .anyMatch(e -> e.getString("type").equals("MOVE_WITHIN_CITY")
                                    && e.getString("eventDate")
                                            .equals(TODAY.minusDays(10).toString())
                                    && e.getInt("districtId") == 5),
                    "each member has the same event: " + events);
        }
        var history = Api.json(desk.get("/persons/" + f.baby() + "/history").body())
                .asJsonArray()
                .getValuesAs(JsonObject.class);
        assertTrue(
                history.stream()
                        .anyMatch(e -> e.getString("action").equals("UPDATE")
                                && e.getJsonArray("fields").toString().contains("events")
                                && e.getJsonArray("fields").toString().contains("address")),
                "audited for each member like a single event: " + history);

        HttpResponse<String> second = desk.post(
                "/households/" + f.householdId() + "/events",
                move(TODAY, 6, "Avenida Nova 3", List.of(f.daughter())),
                Map.of());

        assertEquals(201, second.statusCode(), second.body());
        var movers = Api.object(second).getJsonArray("moved").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("personId"))
                .toList();
        assertEquals(3, movers.size(), second.body());
        assertTrue(!movers.contains(f.daughter()), "the daughter stays: " + movers);
        assertEquals(6, person(f.father()).getInt("districtId"));
        assertEquals("Avenida Nova 3", person(f.baby()).getString("address"));
        JsonObject lina = person(f.daughter());
        assertEquals(5, lina.getInt("districtId"), "left where she was: " + lina);
        assertEquals("Rua das Flores 12, 2º esq.", lina.getString("address"));
    }

    @Test
    void refusalsNameTheFieldOrTheMemberAndRecordNothing() throws Exception {
        Family f = register();
        String events = "/households/" + f.householdId() + "/events";
        int fatherEvents = person(f.father()).getJsonArray("events").size();

        // a move dated before the baby was born: the baby is named by their place in the household
        HttpResponse<String> beforeBirth =
                desk.post(events, move(TODAY.minusDays(40), 5, "Rua A 1", List.of()), Map.of());
        int baby = f.order().indexOf(f.baby());
        assertRefused(beforeBirth, "members[" + baby + "].eventDate");
        assertTrue(
                Api.object(beforeBirth)
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("message")
                        .contains("born"),
                beforeBirth.body());
        assertEquals(fatherEvents, person(f.father()).getJsonArray("events").size(), "nobody moved");
        assertEquals(3, person(f.father()).getInt("districtId"));
        JsonObject father = person(f.father());
        assertTrue(!father.containsKey("address") || father.isNull("address"), father.toString());

        // the same move without the baby goes through
        assertEquals(
                201,
                desk.post(events, move(TODAY.minusDays(40), 5, "Rua A 1", List.of(f.baby())), Map.of())
                        .statusCode());

        assertRefused(desk.post(events, move(TODAY, "null", "Rua B 2", List.of()), Map.of()), "districtId");
        assertRefused(
                desk.post(events, move(TODAY, 10, "Rua B 2", List.of()), Map.of()),
                "districtId"); // Eastfield closed in 2025
        assertRefused(desk.post(events, move(TODAY.plusDays(5), 6, "Rua B 2", List.of()), Map.of()), "eventDate");
        assertRefused(
                desk.post(events, move(TODAY, 6, "Rua B 2", List.of("not-a-member")), Map.of()), "exceptPersonIds");
        assertRefused(
                desk.post(
                        events,
                        move(TODAY, 6, "Rua B 2", List.of(f.father(), f.mother(), f.daughter(), f.baby())),
                        Map.of()),
                "exceptPersonIds");
        assertRefused(desk.post(events, "{\"address\": \"Rua C\"}", Map.of()), "event");
        assertEquals(fatherEvents + 1, person(f.father()).getJsonArray("events").size(), "only the accepted move");
        assertEquals(5, person(f.mother()).getInt("districtId"));

        assertEquals(
                404,
                desk.post("/households/no-such-household/events", move(TODAY, 6, "x", List.of()), Map.of())
                        .statusCode());
        assertEquals(
                403,
                planner.post(events, move(TODAY, 6, "x", List.of()), Map.of()).statusCode());
    }

    private static void assertRefused(HttpResponse<String> response, String field) {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(
                List.of(field),
                Api.object(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("field"))
                        .toList(),
                response.body());
    }
}
