package org.welcomedesk.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.welcomedesk.testsupport.Api;
import org.welcomedesk.testsupport.ThroughTheApi;
import org.welcomedesk.testsupport.UniqueNames;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every API operation that takes a body, attacked with bad input: broken JSON, a body of the
 * wrong shape, each field in turn given the wrong type, a null element, 100 kB of text, control
 * characters, an impossible date, an unknown code. Each attack must be refused with a 4xx
 * problem (application/problem+json, never empty) naming the field, never a server error, and
 * must leave what it aimed at unchanged.
 *
 * <p>The attacks are generated from {@link #TARGETS}: an operation with one VALID body, mutated
 * field by field; a new operation is one line. The valid body is sent last, to show the table is
 * right (an attack refused only because the body was wrong anyway proves nothing).
 */
class BadInputIT extends ThroughTheApi {

    private static final String DESK = "desk";
    private static final String ADMIN = "admin";
    private static final String PARTNER = "partner";

    private static final Set<Integer> REFUSALS = Set.of(400, 404, 409, 412, 413, 415, 422);
    private static final Set<String> COUNTRY_FIELDS =
            Set.of("citizenships", "countryOfBirth", "otherCountry", "issuingCountry");
    private static final Set<String> LANGUAGE_FIELDS = Set.of("languages", "preferredLanguage");
    private static final Set<String> NEED_FIELDS = Set.of("category", "need");
    private static final Set<String> REFERENCE_FIELDS =
            Set.of("id", "personId", "serviceAtLocationId", "survivorId", "organization_id");
    private static final Set<String> ENUM_FIELDS =
            Set.of("type", "sex", "nameOrder", "purpose", "reason", "householdRole", "consents");
    private static final String HUGE = "x".repeat(100 * 1024);
    /** Placeholders given a new value for every request, so that one wrongly accepted attack cannot spoil the next. */
    private static final List<String> FRESH =
            List.of("{freshCode}", "{freshName}", "{freshUuid}", "{freshUuid2}", "{freshDraft}", "{freshSent}");

    /** What a request to the person {person} must leave alone: the whole record (details, events, consent, needs...). */
    private static final Read PERSON = read(DESK, "GET", "/persons/{person}", null);

    private static final String DETAILS = """
            {"givenNames": "Amina", "familyNames": "{family}", "givenNamesLatin": "Amina", "familyNamesLatin": "{family}",
             "nameOrder": "GIVEN_FIRST", "sex": "F", "birthYear": 1991, "birthMonth": 3, "birthDay": 4,
             "birthEstimated": false, "citizenships": ["SO"], "countryOfBirth": "SO", "languages": ["so", "en"],
             "preferredLanguage": "so", "interpreterNeeded": true, "phone": "+351 912 345 678",
             "email": "amina@example.org", "address": "Rua do Porto 12"}""";

    private static String registration(String given, String family, String document) {
        return """
                {"person": %s,
                 "householdRole": "REFERENCE_PERSON",
                 "documents": [{"type": "PASSPORT", "number": "%s", "issuingCountry": "SO", "expiryDate": "2031-01-31"}],
                 "arrival": {"type": "ARRIVAL_FROM_ABROAD", "eventDate": "2026-10-01", "registrationDate": "2026-10-02",
                             "districtId": 2, "otherCountry": "SO", "intendedMonths": 24},
                 "consents": ["REGISTRATION"],
                 "needs": [{"category": "HOUSING", "note": "Temporary shelter"}]}""".formatted(DETAILS.replace("\"Amina\"", "\"" + given + "\"").replace("{family}", family), document);
    }

    /**
     * Every operation with a body, its valid body, the status that body gets, and what a refused
     * request must leave unchanged. Placeholders are filled once the records exist.
     */
    static final List<Target> TARGETS = List.of(
            target(
                    DESK,
                    "POST",
                    "/persons",
                    registration("Zainab", "{newFamily}", "ZB{newDocument}"),
                    201,
                    read(DESK, "POST", "/persons/search", "{\"name\": \"Zainab {newFamily}\"}")),
            target(DESK, "POST", "/persons/search", """
                    {"name": "Amina {family}", "birthYear": 1991, "birthMonth": 3, "birthDay": 4,
                     "documentNumber": "P1234567", "phone": "+351 912 345 678", "page": 0, "size": 20}""", 200),
            target(DESK, "POST", "/persons/matches", """
                    {"person": %s, "documents": [{"type": "PASSPORT", "number": "P7654321", "issuingCountry": "SO"}],
                     "max": 10}""".formatted(DETAILS), 200),
            target(DESK, "PUT", "/persons/{person}", DETAILS.replace("Rua do Porto 12", "Rua Nova 3"), 200, PERSON)
                    .with("If-Match", "{etag}"),
            target(DESK, "POST", "/persons/{person}/events", """
                    {"event": {"type": "MOVE_WITHIN_CITY", "eventDate": "2026-11-02", "registrationDate": "2026-11-03",
                               "districtId": {otherDistrict}, "intendedMonths": 12}}""", 201, PERSON),
            target(
                    DESK,
                    "POST",
                    "/persons/{person}/consents",
                    "{\"purpose\": \"SHARING_WITH_PARTNERS\", \"granted\": true}",
                    204,
                    PERSON),
            target(
                            DESK,
                            "POST",
                            "/persons/{person}/needs",
                            "[{\"category\": \"HEALTH\", \"note\": \"Cough\"}]",
                            204,
                            PERSON)
                    .named("needs"),
            target(
                    DESK,
                    "POST",
                    "/persons/{person}/documents",
                    "{\"type\": \"PASSPORT\", \"number\": \"PD{newDocument}\", \"issuingCountry\": \"SO\", \"expiryDate\": \"2031-01-31\"}",
                    204,
                    PERSON),
            target(DESK, "PUT", "/persons/{person}/skills", "[\"51\", \"94\"]", 204, PERSON)
                    .named("skills"),
            target(
                    DESK,
                    "POST",
                    "/households",
                    "{\"members\": [" + registration("Halima", "{householdFamily}", "HA{newDocument}") + ", "
                            + registration("Yusuf", "{householdFamily}", "HB{newDocument}") + "]}",
                    201,
                    read(DESK, "POST", "/persons/search", "{\"name\": \"Halima {householdFamily}\"}")),
            target(DESK, "POST", "/duplicates/999999999/merge", "{\"survivorId\": \"{person}\", \"version\": 0}", 404),
            target(DESK, "POST", "/duplicates/999999999/not-same", "{\"version\": 0}", 404),
            target(
                    ADMIN,
                    "PUT",
                    "/match-thresholds",
                    "{\"likely\": {likely}, \"possible\": {possible}}",
                    200,
                    read(ADMIN, "GET", "/match-thresholds", null)),
            target(ADMIN, "POST", "/districts", """
                    {"code": "{freshCode}", "name": "Bad Input Gardens", "validFrom": "2091-01-01", "validTo": "2095-12-31"}""", 201, read(ADMIN, "GET", "/districts?on=2092-01-01", null)),
            target(ADMIN, "POST", "/directory/hsds", """
                    {"organizations": [{"id": "{freshUuid}", "name": "Bad Input Aid {newFamily}", "description": "Helps with forms.",
                      "email": "help@bad-input.invalid", "website": "https://bad-input.example",
                      "identifiers": [{"id": "{freshUuid2}", "identifier_scheme": "welcomedesk",
                                       "identifier_type": "partner-code", "identifier": "bad-input-{freshName}"}]}]}""", 200, read(ADMIN, "GET", "/directory/organizations", null)),
            target(DESK, "POST", "/referrals", """
                    {"personId": "{person}", "serviceAtLocationId": "{place}", "need": "HEALTH", "note": "Cough",
                     "dueDate": "2027-01-15"}""", 201, read(DESK, "GET", "/referrals?personId={person}", null)),
            target(
                            DESK,
                            "POST",
                            "/referrals/{freshDraft}/send",
                            "{\"consentGivenNow\": true}",
                            200,
                            read(DESK, "GET", "/referrals/{freshDraft}", null))
                    .optional(),
            target(
                    DESK,
                    "POST",
                    "/referrals/{draft}/due-date",
                    "{\"dueDate\": \"2027-02-01\"}",
                    200,
                    read(DESK, "GET", "/referrals/{draft}", null)),
            target(
                    PARTNER,
                    "POST",
                    "/referrals/{freshSent}/decline",
                    "{\"reason\": \"NO_CAPACITY\", \"note\": \"Full this week\"}",
                    200,
                    read(DESK, "GET", "/referrals/{freshSent}", null)));

    private static final Map<String, Api> callers = new HashMap<>();
    private static final Map<String, String> values = new LinkedHashMap<>();

    @BeforeAll
    static void callersAndRecords() throws Exception {
        callers.put(DESK, desk);
        callers.put(ADMIN, admin);
        callers.put(PARTNER, partner);

        String family = "Badinput" + UniqueNames.letters(6);
        values.put("{family}", family);
        values.put("{newFamily}", "Zqinput" + UniqueNames.letters(6));
        values.put("{householdFamily}", "Hhinput" + UniqueNames.letters(6));
        values.put("{newDocument}", UniqueNames.letters(8).toUpperCase(Locale.ROOT));
        HttpResponse<String> person =
                desk.post("/persons", fill(registration("Amina", family, "P" + UniqueNames.letters(7))), Map.of());
        assertEquals(201, person.statusCode(), person.body());
        values.put("{person}", Api.object(person).getString("id"));
        values.put(
                "{otherDistrict}",
                Api.json(desk.get("/districts").body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                        .map(d -> d.getJsonNumber("id").longValue())
                        .filter(id -> id != 2)
                        .findFirst()
                        .orElseThrow()
                        .toString());
        JsonObject thresholds = Api.object(callers.get(ADMIN).get("/match-thresholds"));
        values.put("{likely}", decimal(thresholds.getJsonNumber("likely")));
        values.put("{possible}", decimal(thresholds.getJsonNumber("possible")));

        String place = harbourPlace(desk);
        values.put("{place}", place);
        values.put("{draft}", draftReferral(desk, place));
    }

    /** The thresholds are every node's: whatever an attack managed to change, the next test class gets them back. */
    @AfterAll
    static void thresholdsAsTheyWere() throws Exception {
        if (values.containsKey("{likely}")) {
            callers.get(ADMIN)
                    .put("/match-thresholds", fill("{\"likely\": {likely}, \"possible\": {possible}}"), Map.of());
        }
    }

    private static String decimal(JsonNumber number) {
        String text = BigDecimal.valueOf(number.doubleValue()).toPlainString();
        return text.contains(".") ? text : text + ".0";
    }

    // ---- the attacks ----------------------------------------------------------------------

    @TestFactory
    Stream<DynamicNode> everyBodyOfTheApiAttacked() {
        return TARGETS.stream().map(target -> {
            List<DynamicNode> cases = new ArrayList<>();
            for (Attack attack : attacks(target)) {
                String name = target.method + " " + target.path + " · " + attack.name;
                cases.add(DynamicTest.dynamicTest(name, () -> named(name, () -> refused(target, attack))));
            }
            String valid = target.method + " " + target.path + " with the valid body -> " + target.validStatus;
            cases.add(DynamicTest.dynamicTest(
                    valid,
                    () -> named(valid, () -> {
                        Map<String, String> fresh = fresh(target, target.body);
                        HttpResponse<String> response =
                                send(target, fill(target.body), "application/json", Map.of(), fresh);
                        assertEquals(
                                target.validStatus,
                                response.statusCode(),
                                "the table's valid body: " + response.body());
                    })));
            return DynamicContainer.dynamicContainer(target.method + " " + target.path, cases);
        });
    }

    @TestFactory
    Stream<DynamicTest> importsRefuseWhatIsNotClearlyADryRun() {
        String csv = "given_names,family_names,sex\nNadia,Imp" + UniqueNames.letters(6) + ",F\n";
        Read imports = read(ADMIN, "GET", "/imports", null).comparingIds();
        Target upload = target(ADMIN, "POST", "/imports", csv, 202, imports);
        return Stream.of(
                importCase(
                        upload,
                        "?dryRun=1 is not a dry run the server may guess: 400 naming dryRun",
                        "/imports?dryRun=1",
                        csv,
                        "text/csv",
                        "dryRun"),
                importCase(upload, "?dryRun=yes: 400 naming dryRun", "/imports?dryRun=yes", csv, "text/csv", "dryRun"),
                importCase(
                        upload, "?dryRun= (empty): 400 naming dryRun", "/imports?dryRun=", csv, "text/csv", "dryRun"),
                importCase(
                        upload,
                        "a JSON body: 415 problem",
                        "/imports?dryRun=true",
                        "{\"rows\": []}",
                        "application/json",
                        null),
                importCase(
                        upload,
                        "multipart dryRun=yes: 400 naming dryRun",
                        "/imports",
                        multipart(csv, null, "yes"),
                        MULTIPART,
                        "dryRun"),
                importCase(
                        upload,
                        "multipart mapping with a number for a column: 400 naming mapping",
                        "/imports",
                        multipart(
                                csv,
                                "{\"GIVEN_NAMES\": 5, \"FAMILY_NAMES\": \"family_names\", \"SEX\": \"sex\"}",
                                "true"),
                        MULTIPART,
                        "mapping"),
                importCase(
                        upload,
                        "multipart mapping that is not JSON: 400 naming mapping",
                        "/imports",
                        multipart(csv, "{\"GIVEN_NAMES\": ", "true"),
                        MULTIPART,
                        "mapping"));
    }

    @TestFactory
    Stream<DynamicTest> headersAreCheckedToo() {
        Target register = TARGETS.get(0);
        return Stream.of(
                dynamic(
                        "POST /persons with an Idempotency-Key of 101 characters: 400 naming it",
                        () -> refused(
                                register,
                                new Attack(
                                        "long key",
                                        fill(register.body),
                                        "application/json",
                                        "Idempotency-Key",
                                        Map.of("Idempotency-Key", "k".repeat(101))))),
                dynamic(
                        "PUT /match-thresholds with likely below possible: 400",
                        () -> refused(
                                TARGETS.stream()
                                        .filter(t -> t.path.equals("/match-thresholds"))
                                        .findFirst()
                                        .orElseThrow(),
                                new Attack(
                                        "likely below possible",
                                        "{\"likely\": 2, \"possible\": 9}",
                                        "application/json",
                                        "likely",
                                        Map.of()))));
    }

    private DynamicTest importCase(Target upload, String name, String path, String body, String type, String field) {
        return dynamic(
                "POST " + path + ": " + name,
                () -> refused(
                        new Target(
                                upload.who,
                                "POST",
                                path,
                                upload.body,
                                upload.validStatus,
                                upload.reads,
                                upload.headers,
                                null,
                                false),
                        new Attack(name, body, type, field, Map.of())));
    }

    /** Sends the attack; asserts a 4xx problem naming the field, and that nothing changed. */
    private static void refused(Target target, Attack attack) throws Exception {
        Map<String, String> fresh = fresh(target, attack.body);
        String before = state(target, fresh);
        HttpResponse<String> response = send(target, attack.body, attack.contentType, attack.headers, fresh);
        String after = state(target, fresh);
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        List<String> problems = new ArrayList<>();
        if (status >= 500) {
            problems.add("a server error " + status);
        } else if (!REFUSALS.contains(status)) {
            problems.add("accepted with " + status);
        } else {
            if (!type.startsWith("application/problem+json")) {
                problems.add("not a problem: " + status + " with Content-Type '" + type + "'");
            }
            if (response.body() == null || response.body().isBlank()) {
                problems.add("an empty body");
            }
            boolean reference =
                    attack.field != null && (REFERENCE_FIELDS.contains(attack.field) || attack.field.endsWith("Id"));
            if (attack.field != null && !(status == 404 && reference)) {
                List<String> named = fieldsOf(response.body());
                if (named.stream().noneMatch(f -> names(f, attack.field) || names(f, attack.array))) {
                    problems.add("the problem names " + named + ", not " + attack.field);
                }
            }
        }
        if (!before.equals(after)) {
            problems.add("WRITTEN although it should have been refused");
        }
        if (!problems.isEmpty()) {
            fail(String.join("; ", problems) + " | response " + status + " " + type + " "
                    + abbreviated(response.body()));
        }
    }

    // ---- generating the attacks from a valid body -----------------------------------------

    private static List<Attack> attacks(Target target) {
        String valid = fill(target.body);
        JsonValue root = Api.json(valid);
        List<Attack> attacks = new ArrayList<>();
        attacks.add(new Attack(
                "malformed JSON (cut short)",
                valid.substring(0, valid.length() - 1),
                "application/json",
                null,
                Map.of()));
        attacks.add(new Attack("a body of null", "null", "application/json", null, Map.of()));
        if (!target.bodyOptional) {
            attacks.add(new Attack("an empty body", "", "application/json", null, Map.of()));
        }
        attacks.add(
                root.getValueType() == JsonValue.ValueType.ARRAY
                        ? new Attack("an object where an array is expected", "{}", "application/json", null, Map.of())
                        : new Attack("an array where an object is expected", "[]", "application/json", null, Map.of()));
        attacks.add(new Attack("a JSON body sent as text/plain", valid, "text/plain", null, Map.of()));
        walk(root, new ArrayList<>(), target, root, attacks);
        return attacks;
    }

    private static void walk(JsonValue value, List<Object> path, Target target, JsonValue root, List<Attack> attacks) {
        String field = leaf(path, target.rootName);
        switch (value.getValueType()) {
            case OBJECT -> {
                if (!path.isEmpty()) {
                    add(attacks, target, root, path, field, "a string for an object", Json.createValue("x"));
                    add(attacks, target, root, path, field, "an array for an object", JsonValue.EMPTY_JSON_ARRAY);
                }
                for (var member : value.asJsonObject().entrySet()) {
                    List<Object> next = new ArrayList<>(path);
                    next.add(member.getKey());
                    walk(member.getValue(), next, target, root, attacks);
                }
            }
            case ARRAY -> {
                JsonArray array = value.asJsonArray();
                if (!path.isEmpty()) {
                    add(attacks, target, root, path, field, "a string for an array", Json.createValue("x"));
                }
                add(
                        attacks,
                        target,
                        root,
                        path,
                        field,
                        "a null element in the array",
                        Json.createArrayBuilder(array).add(JsonValue.NULL).build());
                if (!array.isEmpty()) {
                    List<Object> first = new ArrayList<>(path);
                    first.add(0);
                    walk(array.get(0), first, target, root, attacks);
                }
            }
            case STRING -> strings(((JsonString) value).getString(), path, field, target, root, attacks);
            case NUMBER -> {
                JsonNumber number = (JsonNumber) value;
                add(attacks, target, root, path, field, "a string for a number \"abc\"", Json.createValue("abc"));
                if (number.isIntegral()) {
                    add(
                            attacks,
                            target,
                            root,
                            path,
                            field,
                            "a fraction for an integer",
                            Json.createValue(number.bigDecimalValue().add(new BigDecimal("0.5"))));
                    // beyond a long, so beyond any whole-number field (an int-sized field is refused
                    // sooner; a long one such as a version would otherwise be a valid number)
                    add(
                            attacks,
                            target,
                            root,
                            path,
                            field,
                            "an integer beyond any range 99999999999999999999",
                            Json.createValue(new java.math.BigInteger("99999999999999999999")));
                } else {
                    add(
                            attacks,
                            target,
                            root,
                            path,
                            field,
                            "a number beyond a double 1e400",
                            Json.createValue(new BigDecimal("1e400")));
                }
                if (field.equals("districtId")) {
                    add(attacks, target, root, path, field, "an unknown district 999999", Json.createValue(999_999));
                }
            }
            case TRUE, FALSE ->
                add(attacks, target, root, path, field, "a string for a boolean \"yes\"", Json.createValue("yes"));
            default -> {
                // null: nothing to mutate
            }
        }
    }

    private static void strings(
            String text, List<Object> path, String field, Target target, JsonValue root, List<Attack> attacks) {
        add(attacks, target, root, path, field, "a number for a string 123", Json.createValue(123));
        add(attacks, target, root, path, field, "an object for a string", JsonValue.EMPTY_JSON_OBJECT);
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            add(attacks, target, root, path, field, "an impossible date 2025-02-30", Json.createValue("2025-02-30"));
        } else if (COUNTRY_FIELDS.contains(field)) {
            add(attacks, target, root, path, field, "an unknown country QQ", Json.createValue("QQ"));
        } else if (LANGUAGE_FIELDS.contains(field)) {
            add(attacks, target, root, path, field, "an unknown language qqq", Json.createValue("qqq"));
        } else if (NEED_FIELDS.contains(field)) {
            add(attacks, target, root, path, field, "an unknown need FLYING", Json.createValue("FLYING"));
        } else if (ENUM_FIELDS.contains(field)) {
            add(attacks, target, root, path, field, "an unknown code NOT_A_CODE", Json.createValue("NOT_A_CODE"));
        } else if (!REFERENCE_FIELDS.contains(field) && !field.equals("skills")) {
            add(attacks, target, root, path, field, "100 kB of text", Json.createValue(text + HUGE));
            add(attacks, target, root, path, field, "a NUL character", Json.createValue(text + "\u0000x"));
            add(attacks, target, root, path, field, "an ESC character", Json.createValue(text + "\u001B[31m"));
            add(attacks, target, root, path, field, "a NEL (U+0085) character", Json.createValue(text + "\u0085x"));
        } else if (field.equals("skills")) {
            add(attacks, target, root, path, field, "an unknown skill group 00", Json.createValue("00"));
            add(attacks, target, root, path, field, "a NUL character", Json.createValue(text + "\u0000"));
        }
    }

    private static void add(
            List<Attack> attacks,
            Target target,
            JsonValue root,
            List<Object> path,
            String field,
            String what,
            JsonValue replacement) {
        String where = path.isEmpty() ? "the body" : pathText(path);
        // A field of an array's element may be named by the array (needs for needs[0].note).
        String array = path.size() >= 3
                        && path.get(path.size() - 2) instanceof Integer
                        && path.get(path.size() - 3) instanceof String key
                ? key
                : path.size() == 2 && path.get(0) instanceof Integer ? target.rootName : null;
        attacks.add(new Attack(
                where + ": " + what,
                replace(root, path, 0, replacement).toString(),
                "application/json",
                field.isEmpty() ? null : field,
                Map.of(),
                array));
    }

    private static JsonValue replace(JsonValue value, List<Object> path, int depth, JsonValue replacement) {
        if (depth == path.size()) {
            return replacement;
        }
        Object step = path.get(depth);
        if (step instanceof String key) {
            JsonObjectBuilder copy = Json.createObjectBuilder(value.asJsonObject());
            copy.add(key, replace(value.asJsonObject().get(key), path, depth + 1, replacement));
            return copy.build();
        }
        int index = (Integer) step;
        JsonArray array = value.asJsonArray();
        JsonArrayBuilder copy = Json.createArrayBuilder();
        for (int i = 0; i < array.size(); i++) {
            copy.add(i == index ? replace(array.get(i), path, depth + 1, replacement) : array.get(i));
        }
        return copy.build();
    }

    /** The field a problem should name: the last key on the path (an array's elements are named by the array). */
    private static String leaf(List<Object> path, String rootName) {
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i) instanceof String key) {
                return key;
            }
        }
        return rootName == null ? "" : rootName;
    }

    private static String pathText(List<Object> path) {
        StringBuilder text = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                text.append(text.length() == 0 ? "" : ".").append(step);
            }
        }
        return text.toString();
    }

    /** Whether the problem's field (e.g. members[1].person.citizenships[0]) names {@code field}. */
    private static boolean names(String problemField, String field) {
        if (field == null) {
            return false;
        }
        for (String part : problemField.replaceAll("\\[\\d*]", "").split("\\.")) {
            if (part.equalsIgnoreCase(field)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> fieldsOf(String body) {
        try {
            JsonObject problem = Api.json(body).asJsonObject();
            if (!problem.containsKey("errors")) {
                return List.of();
            }
            return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .map(e -> e.getString("field", ""))
                    .toList();
        } catch (RuntimeException notJson) {
            return List.of();
        }
    }

    // ---- requests -------------------------------------------------------------------------

    private static final String MULTIPART = "multipart/form-data; boundary=badinputboundary";

    private static String multipart(String csv, String mapping, String dryRun) {
        StringBuilder body = new StringBuilder();
        body.append(
                        "--badinputboundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"register.csv\"\r\n")
                .append("Content-Type: text/csv\r\n\r\n")
                .append(csv)
                .append("\r\n");
        if (mapping != null) {
            body.append("--badinputboundary\r\nContent-Disposition: form-data; name=\"mapping\"\r\n\r\n")
                    .append(mapping)
                    .append("\r\n");
        }
        body.append("--badinputboundary\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\n")
                .append(dryRun)
                .append("\r\n");
        return body.append("--badinputboundary--\r\n").toString();
    }

    private static HttpResponse<String> send(
            Target target, String body, String contentType, Map<String, String> extra, Map<String, String> fresh)
            throws Exception {
        Map<String, String> headers = new HashMap<>();
        for (var header : target.headers.entrySet()) {
            headers.put(header.getKey(), header.getValue().equals("{etag}") ? currentEtag() : fill(header.getValue()));
        }
        headers.putAll(extra);
        headers.put("Content-Type", contentType);
        return callers.get(target.who)
                .send(target.method, resolve(fill(target.path), fresh), resolve(body, fresh), headers);
    }

    private static String currentEtag() throws Exception {
        return callers.get(DESK)
                .get(fill("/persons/{person}"))
                .headers()
                .firstValue("ETag")
                .orElseThrow();
    }

    /** What the target's reads show now; a refused request must leave it as it was. */
    private static String state(Target target, Map<String, String> fresh) throws Exception {
        StringBuilder state = new StringBuilder();
        for (Read read : target.reads) {
            HttpResponse<String> response = callers.get(read.who)
                    .send(
                            read.method,
                            resolve(fill(read.path), fresh),
                            read.body == null ? null : resolve(fill(read.body), fresh),
                            Map.of());
            String seen = read.idsOnly ? ids(response.body()) : response.body();
            state.append(read.method)
                    .append(' ')
                    .append(read.path)
                    .append(" -> ")
                    .append(response.statusCode())
                    .append(' ')
                    .append(response.headers().firstValue("ETag").orElse(""))
                    .append(' ')
                    .append(seen)
                    .append('\n');
        }
        return state.toString();
    }

    /** The ids in a list, for lists whose items change by themselves (imports running in the background). */
    private static String ids(String body) {
        return Api.json(body).asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("id", ""))
                .sorted()
                .toList()
                .toString();
    }

    /** New values for the target's fresh placeholders (a new district code, a new draft referral...). */
    private static Map<String, String> fresh(Target target, String body) throws Exception {
        String all = target.path + " " + body + " " + target.reads;
        Map<String, String> fresh = new HashMap<>();
        for (String token : FRESH) {
            if (!all.contains(token)) {
                continue;
            }
            fresh.put(
                    token,
                    switch (token) {
                        case "{freshCode}" -> "B" + UniqueNames.letters(9).toUpperCase(Locale.ROOT);
                        case "{freshName}" -> UniqueNames.letters(10);
                        case "{freshDraft}" -> draftReferral(callers.get(DESK), values.get("{place}"));
                        case "{freshSent}" -> sentReferral(callers.get(DESK), values.get("{place}"));
                        default -> UUID.randomUUID().toString();
                    });
        }
        return fresh;
    }

    private static String resolve(String text, Map<String, String> fresh) {
        if (text == null) {
            return null;
        }
        String resolved = text;
        for (var value : fresh.entrySet()) {
            resolved = resolved.replace(value.getKey(), value.getValue());
        }
        return resolved;
    }

    /** A dynamic test whose failure names its case (the XML reports show only indexes). */
    private static DynamicTest dynamic(String name, org.junit.jupiter.api.function.Executable body) {
        return DynamicTest.dynamicTest(name, () -> named(name, body));
    }

    private static void named(String name, org.junit.jupiter.api.function.Executable body) throws Throwable {
        try {
            body.execute();
        } catch (AssertionError e) {
            throw new AssertionError(name + " — " + e.getMessage(), e);
        }
    }

    private static String fill(String text) {
        String filled = text;
        for (var value : values.entrySet()) {
            filled = filled.replace(value.getKey(), value.getValue());
        }
        return filled;
    }

    private static String abbreviated(String body) {
        return body == null ? "" : body.length() > 400 ? body.substring(0, 400) + "…" : body;
    }

    private static String harbourPlace(Api desk) throws Exception {
        JsonObject service = Api.json(
                        desk.get("/directory/services?need=HEALTH").body())
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(s -> s.getString("organizationName").equals("Harbour Community Clinic")
                        && s.getString("name").equals("GP Walk-in Consultations"))
                .findFirst()
                .orElseThrow();
        return Api.object(desk.get("/directory/services/" + service.getString("id")))
                .getJsonArray("places")
                .getJsonObject(0)
                .getString("id");
    }

    private static String sentReferral(Api desk, String place) throws Exception {
        String code = draftReferral(desk, place);
        HttpResponse<String> sent = desk.post("/referrals/" + code + "/send", "{\"consentGivenNow\": true}", Map.of());
        assertEquals(200, sent.statusCode(), sent.body());
        return code;
    }

    private static String draftReferral(Api desk, String place) throws Exception {
        HttpResponse<String> drafted = desk.post(
                "/referrals",
                "{\"personId\": \"%s\", \"serviceAtLocationId\": \"%s\", \"need\": \"HEALTH\"}"
                        .formatted(values.get("{person}"), place),
                Map.of());
        assertEquals(201, drafted.statusCode(), drafted.body());
        return Api.object(drafted).getString("code");
    }

    // ---- the table's rows -----------------------------------------------------------------

    private static Target target(String who, String method, String path, String body, int validStatus, Read... reads) {
        return new Target(who, method, path, body, validStatus, List.of(reads), Map.of(), null, false);
    }

    private static Read read(String who, String method, String path, String body) {
        return new Read(who, method, path, body, false);
    }

    /** An operation with a body: who calls it, a valid body and its status, what it must leave alone when refusing. */
    record Target(
            String who,
            String method,
            String path,
            String body,
            int validStatus,
            List<Read> reads,
            Map<String, String> headers,
            String rootName,
            boolean bodyOptional) {
        Target with(String header, String value) {
            Map<String, String> more = new HashMap<>(headers);
            more.put(header, value);
            return new Target(who, method, path, body, validStatus, reads, more, rootName, bodyOptional);
        }

        /** The field name of a body that is a bare array (its elements are named by it). */
        Target named(String name) {
            return new Target(who, method, path, body, validStatus, reads, headers, name, bodyOptional);
        }

        /** An operation whose body may be left out (an empty body means "nothing said"). */
        Target optional() {
            return new Target(who, method, path, body, validStatus, reads, headers, rootName, true);
        }
    }

    /** A read of what an operation changes, to compare before and after a refused request. */
    record Read(String who, String method, String path, String body, boolean idsOnly) {
        Read comparingIds() {
            return new Read(who, method, path, body, true);
        }
    }

    /** One bad request, and the field its problem should name (null when the whole body is wrong). */
    record Attack(
            String name, String body, String contentType, String field, Map<String, String> headers, String array) {
        Attack(String name, String body, String contentType, String field, Map<String, String> headers) {
            this(name, body, contentType, field, headers, null);
        }
    }
}
