package org.welcomedesk.platform.security;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.welcomedesk.testsupport.Api;
import org.welcomedesk.testsupport.ClientCredentials;
import org.welcomedesk.testsupport.DemoUser;
import org.welcomedesk.testsupport.KeycloakExtension;
import org.welcomedesk.testsupport.OnTheTestServer;
import org.welcomedesk.testsupport.UniqueNames;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Who may do what, as one table: every caller (no token, each machine client, each demo user)
 * against every operation of the REST API and every area of the pages. No token is a 401 (a
 * page sends to Keycloak's login), a caller without the role a 403 that says nothing of the
 * record, the right role gets through. Then the checks a role alone cannot make: a partner
 * working another organisation's referral, callers who must never see a person's record.
 * A new endpoint or page is one line in {@link #API} or {@link #PAGES}; the tests below fail
 * when the OpenAPI document or the webapp folder holds one the tables miss.
 */
class AccessMatrixIT extends OnTheTestServer {

    private static final String CLERK = "clerk";
    private static final String SUPERVISOR = "supervisor";
    private static final String PLANNER = "planner";
    private static final String PARTNER = "partner";
    private static final String NATIONAL = "national";
    private static final String ADMIN = "admin";
    private static final String CITY_SENDER = "city-sender";

    private static final Set<String> EVERY_ROLE = Set.of(CLERK, SUPERVISOR, PLANNER, PARTNER, NATIONAL, ADMIN);
    private static final Set<String> DESK = Set.of(CLERK, SUPERVISOR);
    private static final Set<String> REVIEW = Set.of(SUPERVISOR);
    private static final Set<String> REVIEW_OR_ADMIN = Set.of(SUPERVISOR, ADMIN);
    private static final Set<String> ADMIN_ONLY = Set.of(ADMIN);
    private static final Set<String> DIRECTORY_READERS = Set.of(CLERK, SUPERVISOR, ADMIN, PARTNER, PLANNER);
    private static final Set<String> DESK_OR_PARTNER = Set.of(CLERK, SUPERVISOR, PARTNER);
    private static final Set<String> PARTNER_ONLY = Set.of(PARTNER);
    private static final Set<String> COUNTS_READERS = Set.of(PLANNER, SUPERVISOR, ADMIN);

    /** Bodies an allowed caller may send without changing anything that matters (most are refused as invalid). */
    private static final String CSV_DRY_RUN = "GIVEN_NAMES,FAMILY_NAMES,SEX\n";

    /**
     * Every operation of the API. Placeholders: {person} a registered person, {own} a referral
     * sent to the partners' organisation (harbour-clinic), {org}, {service}, {district} real
     * ones, {unique} a fresh code per call; ids that do not exist are for operations whose
     * effect would disturb the other rows (the role is checked before the id is looked up).
     */
    static final List<Operation> API = List.of(
            op("GET", "/districts", null, EVERY_ROLE),
            op("GET", "/districts/{district}", null, EVERY_ROLE),
            op(
                    "POST",
                    "/districts",
                    "{\"code\": \"{unique}\", \"name\": \"Matrix\", \"validFrom\": \"2091-01-01\"}",
                    ADMIN_ONLY),
            op("POST", "/persons", registration("Matrix" + UniqueNames.letters(6)), DESK),
            op("POST", "/persons/search", "{\"name\": \"{family}\"}", DESK),
            op(
                    "POST",
                    "/persons/matches",
                    "{\"person\": {\"givenNames\": \"Amina\", \"familyNames\": \"{family}\"}}",
                    DESK),
            op("GET", "/persons/{person}", null, DESK),
            op("PUT", "/persons/{person}", "{\"givenNames\": \"Amina\"}", DESK),
            op("POST", "/persons/{person}/events", "{}", DESK),
            op("POST", "/persons/{person}/consents", "{}", DESK),
            op("POST", "/persons/{person}/needs", "[{}]", DESK),
            op("POST", "/persons/{person}/documents", "{}", DESK),
            op("PUT", "/persons/{person}/skills", "[\"51\"]", DESK),
            op("GET", "/persons/{person}/history", null, REVIEW),
            op("GET", "/persons/{person}/service-matches", null, DESK),
            op("POST", "/households", "{\"members\": []}", DESK),
            op("GET", "/households/no-such-household", null, DESK),
            op("POST", "/households/no-such-household/events", "{}", DESK),
            op("GET", "/duplicates", null, REVIEW),
            op("GET", "/duplicates/999999999", null, REVIEW),
            op("POST", "/duplicates/999999999/merge", "{\"survivorId\": \"{person}\", \"version\": 0}", REVIEW),
            op("POST", "/duplicates/999999999/not-same", "{\"version\": 0}", REVIEW),
            op("POST", "/merges/999999999/undo", null, REVIEW),
            op("POST", "/duplicates/scan", null, REVIEW_OR_ADMIN),
            op("GET", "/duplicates/scan", null, REVIEW_OR_ADMIN),
            op("GET", "/match-thresholds", null, REVIEW_OR_ADMIN),
            op("PUT", "/match-thresholds", "{}", ADMIN_ONLY),
            op("GET", "/imports", null, REVIEW_OR_ADMIN),
            op("POST", "/imports?dryRun=true", CSV_DRY_RUN, REVIEW_OR_ADMIN).as("text/csv"),
            op("GET", "/imports/no-such-import", null, REVIEW_OR_ADMIN),
            op("GET", "/imports/no-such-import/report", null, REVIEW_OR_ADMIN),
            op("POST", "/imports/no-such-import/cancel", null, REVIEW_OR_ADMIN),
            op("POST", "/imports/no-such-import/resume", null, REVIEW_OR_ADMIN),
            op("GET", "/directory/organizations", null, DIRECTORY_READERS),
            op("GET", "/directory/organizations/{org}", null, DIRECTORY_READERS),
            op("GET", "/directory/services", null, DIRECTORY_READERS),
            op("GET", "/directory/services/{service}", null, DIRECTORY_READERS),
            op("GET", "/directory/service-at-locations", null, DIRECTORY_READERS),
            op("GET", "/directory/hsds", null, DIRECTORY_READERS),
            op("POST", "/directory/hsds", "{}", ADMIN_ONLY),
            op("GET", "/unmet-needs", null, COUNTS_READERS),
            op("GET", "/statistics/flows?breakdown=FLOW&period=2025", null, Set.of(PLANNER)),
            op("GET", "/statistics/population?date=2025-01-01", null, Set.of(PLANNER)),
            op("GET", "/statistics/releases", null, Set.of(PLANNER)),
            op("GET", "/statistics/releases/999999999", null, Set.of(PLANNER)),
            op("GET", "/statistics/releases/999999999/file", null, Set.of(PLANNER)),
            op("POST", "/statistics/store/check", null, ADMIN_ONLY),
            op("POST", "/statistics/store/rebuild", null, ADMIN_ONLY),
            op("POST", "/rollup/releases", "{\"period\": \"not a period\"}", Set.of(PLANNER)),
            op("GET", "/rollup/releases", null, Set.of(PLANNER)),
            op("GET", "/rollup/releases/no-such-release", null, Set.of(PLANNER)),
            // none of the callers holds the approver role (the demo user approver is not among them)
            op("POST", "/rollup/releases/no-such-release/approval", null, Set.of(Role.APPROVER_NAME)),
            op("POST", "/rollup/revisions", null, Set.of(PLANNER)),
            op("PUT", "/national/releases/{unique}", "STRUCTURE,STRUCTURE_ID,ACTION\n", Set.of(CITY_SENDER))
                    .as("application/vnd.sdmx.data+csv;version=2.0.0"),
            op("GET", "/national/submissions", null, Set.of(NATIONAL)),
            op("GET", "/national/data?period=2025", null, Set.of(NATIONAL)),
            op("GET", "/national/matrix?period=2025", null, Set.of(NATIONAL)),
            op("POST", "/referrals", "{}", DESK),
            op("GET", "/referrals", null, DESK),
            op("GET", "/referrals?personId={person}", null, DESK),
            op("GET", "/referrals/{own}", null, DESK_OR_PARTNER),
            op("POST", "/referrals/{own}/send", "{}", DESK),
            op("POST", "/referrals/R-NONE-NONE/cancel", null, DESK),
            op("POST", "/referrals/{own}/due-date", "{}", DESK),
            op("GET", "/referrals/{own}/slip", null, DESK),
            op("GET", "/referrals/inbox", null, PARTNER_ONLY),
            op("POST", "/referrals/{own}/accept", null, PARTNER_ONLY),
            op("POST", "/referrals/{own}/decline", "{}", PARTNER_ONLY),
            op("POST", "/referrals/{own}/complete", null, PARTNER_ONLY),
            op("POST", "/referrals/{own}/no-show", null, PARTNER_ONLY));

    /** Every page, by area; {person} and {own} as above. */
    static final List<Operation> PAGES = List.of(
            page("/home", EVERY_ROLE),
            page("/desk/", DESK),
            page("/desk/index.xhtml", DESK),
            page("/desk/register.xhtml", DESK),
            page("/desk/person.xhtml?id={person}", DESK),
            page("/desk/edit.xhtml?id={person}", DESK),
            page("/desk/services.xhtml?id={person}", DESK),
            page("/desk/referrals.xhtml", DESK),
            page("/desk/referral.xhtml?code={own}", DESK),
            page("/desk/review/duplicates.xhtml", REVIEW),
            page("/desk/review/pair.xhtml", REVIEW),
            page("/desk/review/imports.xhtml", REVIEW),
            page("/desk/review/import.xhtml", REVIEW),
            page("/admin/", ADMIN_ONLY),
            page("/admin/index.xhtml", ADMIN_ONLY),
            page("/admin/directory.xhtml", ADMIN_ONLY),
            page("/admin/organization.xhtml", ADMIN_ONLY),
            page("/admin/location.xhtml", ADMIN_ONLY),
            page("/admin/service.xhtml", ADMIN_ONLY),
            page("/services/inbox.xhtml", PARTNER_ONLY),
            page("/services/referral.xhtml?code={own}", PARTNER_ONLY),
            page("/statistics/", Set.of(PLANNER)),
            page("/statistics/index.xhtml", Set.of(PLANNER)),
            page("/statistics/flows.xhtml", Set.of(PLANNER)),
            page("/statistics/map.xhtml", Set.of(PLANNER)),
            page("/statistics/population.xhtml", Set.of(PLANNER)),
            page("/statistics/origins.xhtml", Set.of(PLANNER)),
            page("/statistics/tables.xhtml", Set.of(PLANNER)),
            page("/statistics/releases.xhtml", Set.of(PLANNER)),
            page("/statistics/national.xhtml", Set.of(PLANNER)),
            page("/statistics/needs.xhtml", Set.of(PLANNER)),
            page("/national/", Set.of(NATIONAL)),
            page("/national/index.xhtml", Set.of(NATIONAL)),
            page("/national/submissions.xhtml", Set.of(NATIONAL)),
            page("/national/matrix.xhtml", Set.of(NATIONAL)));

    /** What a partner's view of a referral never carries. */
    private static final List<String> NEVER_SHARED = List.of(
            "personId",
            "birthDate",
            "birthYear",
            "documents",
            "address",
            "citizenships",
            "countryOfBirth",
            "events",
            "consents",
            "districtId",
            "sex",
            "consentCheckedBy");

    private static final List<Caller> callers = new ArrayList<>();
    private static final Map<String, DemoUser> users = new LinkedHashMap<>();
    private static final Map<String, String> values = new LinkedHashMap<>();
    private static Api desk;

    @BeforeAll
    static void callersAndRecords() throws Exception {
        callers.add(new Caller("anonymous", Set.of(), Api.bearer(null)));
        callers.add(new Caller("registry-sync", Set.of(ADMIN), Api.as(ClientCredentials.REGISTRY_SYNC)));
        callers.add(new Caller("statistics-reader", Set.of(PLANNER), Api.as(ClientCredentials.STATISTICS_READER)));
        callers.add(new Caller("desk-integration", DESK, Api.as(ClientCredentials.DESK_INTEGRATION)));
        callers.add(new Caller(
                "harbour-clinic-referrals", Set.of(PARTNER), Api.as(ClientCredentials.HARBOUR_CLINIC_REFERRALS)));
        callers.add(new Caller("city-demo", Set.of(CITY_SENDER), Api.as(ClientCredentials.CITY_DEMO)));
        for (String role : List.of(CLERK, SUPERVISOR, PLANNER, PARTNER, NATIONAL, ADMIN)) {
            DemoUser user = DemoUser.signIn(role);
            users.put(role, user);
            callers.add(new Caller("user " + role, Set.of(role), Api.bearer(user.accessToken())));
        }

        desk = Api.as(ClientCredentials.DESK_INTEGRATION);
        String family = "Matrix" + UniqueNames.letters(6);
        HttpResponse<String> person = desk.post("/persons", registration(family), Map.of());
        assertEquals(201, person.statusCode(), person.body());
        values.put("{family}", family);
        values.put("{person}", Api.object(person).getString("id"));
        values.put(
                "{district}",
                String.valueOf(Api.json(desk.get("/districts").body())
                        .asJsonArray()
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue()));
        JsonObject harbourService = service("HEALTH", "Harbour Community Clinic", "GP Walk-in Consultations");
        values.put("{org}", harbourService.getString("organizationId"));
        values.put("{service}", harbourService.getString("id"));
        values.put("{own}", sentReferral(harbourService, "HEALTH"));
        values.put(
                "{other}",
                sentReferral(service("LEGAL", "Westmoor Legal Aid", "Asylum and Residence Legal Advice"), "LEGAL"));
    }

    // ---- the tables -----------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> everyCallerOnEveryApiOperation() {
        return API.stream()
                .flatMap(operation -> callers.stream()
                        .map(caller -> dynamic(
                                caller.name + " " + operation.method + " " + operation.path + " -> "
                                        + expectation(caller.roles, operation),
                                () -> checkApi(caller, operation))));
    }

    @TestFactory
    Stream<DynamicTest> everyUserOnEveryPage() {
        List<String> people = new ArrayList<>(users.keySet());
        people.add(0, null);
        return PAGES.stream()
                .flatMap(page -> people.stream()
                        .map(user -> dynamic(
                                (user == null ? "anonymous" : "user " + user) + " GET " + page.path + " -> "
                                        + (user == null ? "login" : expectation(Set.of(user), page)),
                                () -> checkPage(user, page))));
    }

    private static void checkApi(Caller caller, Operation operation) throws Exception {
        String path = fill(operation.path);
        HttpResponse<String> response = caller.api.send(
                operation.method,
                path,
                operation.body == null ? null : fill(operation.body),
                Map.of("Content-Type", operation.contentType));
        int status = response.statusCode();
        String seen = status + " " + abbreviated(response.body());
        if (caller.roles.isEmpty()) {
            assertEquals(401, status, "no token: " + seen);
        } else if (Collections.disjoint(caller.roles, operation.roles)) {
            assertEquals(403, status, "a caller without the role: " + seen);
            assertEquals(
                    "application/problem+json",
                    response.headers().firstValue("Content-Type").orElse(""),
                    "a 403 is a problem: " + seen);
            assertNothingOfThePerson(response.body());
        } else {
            assertTrue(status != 401 && status != 403, "the role lets the caller in: " + seen);
            assertTrue(status < 500, "never a server error: " + seen);
        }
    }

    private static void checkPage(String user, Operation page) throws Exception {
        String path = fill(page.path);
        if (user == null) {
            HttpResponse<String> response = DemoUser.anonymousPage(path);
            assertEquals(302, response.statusCode(), "no session: to the login, not " + response.statusCode());
            assertTrue(
                    response.headers().firstValue("Location").orElse("").startsWith(KeycloakExtension.url()),
                    "to Keycloak's login: " + response.headers().firstValue("Location"));
            return;
        }
        HttpResponse<String> response = users.get(user).page(path);
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse("");
        if (page.roles.contains(user)) {
            assertTrue(status != 401 && status != 403, "the role opens the page: " + status);
            assertTrue(status < 500, "never a server error: " + status + " " + abbreviated(response.body()));
            assertFalse(location.startsWith(KeycloakExtension.url()), "signed in already: " + location);
        } else {
            assertEquals(403, status, "a user without the role: " + status + " " + location);
            assertNothingOfThePerson(response.body());
        }
    }

    // ---- what the tables must cover -------------------------------------------------------

    @Test
    void theApiTableCoversEveryOperationOfTheOpenApiDocument() throws Exception {
        HttpResponse<String> openApi = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create(System.getProperty("app.url", "http://localhost:9280")
                                                + "/openapi?format=JSON"))
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, openApi.statusCode());
        JsonObject paths = Api.object(openApi).getJsonObject("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, item) -> item.asJsonObject().keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "patch", "delete").contains(m))
                .forEach(m ->
                        documented.add(m.toUpperCase(Locale.ROOT) + " " + shape(path.replaceFirst("^/api/v1", "")))));
        assertTrue(documented.size() >= 40, "the OpenAPI document lists the API: " + documented);
        Set<String> tabled = new TreeSet<>();
        API.forEach(o -> tabled.add(o.method + " " + shape(o.path)));
        documented.removeAll(tabled);
        assertTrue(documented.isEmpty(), "operations of /openapi missing from AccessMatrixIT.API: " + documented);
    }

    @Test
    void thePageTableCoversEveryPage() throws Exception {
        Path webapp = Path.of("src/main/webapp");
        Set<String> tabled = new TreeSet<>();
        PAGES.forEach(p -> tabled.add(p.path.replaceFirst("\\?.*", "")));
        List<String> missing;
        try (Stream<Path> files = Files.walk(webapp)) {
            missing = files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(f ->
                            !f.startsWith("/WEB-INF/") && !f.startsWith("/resources/") && !f.equals("/index.xhtml"))
                    .filter(f -> !tabled.contains(f))
                    .sorted()
                    .toList();
        }
        assertTrue(missing.isEmpty(), "pages missing from AccessMatrixIT.PAGES: " + missing);
    }

    // ---- object level: what a role alone does not decide ----------------------------------

    @TestFactory
    Stream<DynamicTest> aPartnerNeverWorksAnotherOrganisationsReferral() {
        List<Caller> partners =
                callers.stream().filter(c -> c.roles.equals(Set.of(PARTNER))).toList();
        // the desk's own operations are refused by role (403); a code of another organisation is
        // answered exactly like a code that does not exist (404), so trying codes tells nothing
        List<String[]> operations = List.of(
                new String[] {"GET", "/referrals/{other}", null, "404"},
                new String[] {"GET", "/referrals/{other}/slip", null, "403"},
                new String[] {"POST", "/referrals/{other}/accept", null, "404"},
                new String[] {"POST", "/referrals/{other}/decline", "{\"reason\": \"NO_CAPACITY\"}", "404"},
                new String[] {"POST", "/referrals/{other}/complete", null, "404"},
                new String[] {"POST", "/referrals/{other}/no-show", null, "404"},
                new String[] {"GET", "/referrals?personId={person}", null, "403"});
        Stream<DynamicTest> api = partners.stream()
                .flatMap(partner -> operations.stream()
                        .map(o -> dynamic(
                                partner.name + " " + o[0] + " " + o[1] + " -> " + o[3] + ", nothing of the referral",
                                () -> {
                                    HttpResponse<String> response = partner.api.send(o[0], fill(o[1]), o[2], Map.of());
                                    assertEquals(Integer.parseInt(o[3]), response.statusCode(), response.body());
                                    assertEquals(
                                            "application/problem+json",
                                            response.headers()
                                                    .firstValue("Content-Type")
                                                    .orElse(""));
                                    assertNothingOfThePerson(response.body());
                                    assertFalse(
                                            response.body().contains("Westmoor")
                                                    || response.body().contains("Asylum"),
                                            response.body());
                                    if (o[3].equals("404")) {
                                        HttpResponse<String> unknown = partner.api.send(
                                                o[0], o[1].replace("{other}", "R-2345-6789"), o[2], Map.of());
                                        assertEquals(unknown.statusCode(), response.statusCode());
                                        assertEquals(
                                                unknown.body(),
                                                response.body(),
                                                "answered like a code that does not exist");
                                    }
                                })));
        Stream<DynamicTest> inbox = partners.stream()
                .map(partner -> dynamic(
                        partner.name + " inbox holds its own referral only, with nothing the person did not share",
                        () -> {
                            HttpResponse<String> response = partner.api.get("/referrals/inbox");
                            assertEquals(200, response.statusCode(), response.body());
                            assertFalse(
                                    response.body().contains(values.get("{other}")), "another organisation's referral");
                            assertTrue(response.body().contains(values.get("{own}")), response.body());
                            for (String key : NEVER_SHARED) {
                                assertFalse(
                                        response.body().contains("\"" + key + "\""),
                                        key + " is never shared: " + response.body());
                            }
                            assertFalse(
                                    response.body().contains(values.get("{person}")),
                                    "the registry id is never shared");
                        }));
        Stream<DynamicTest> page = Stream.of(dynamic(
                "user partner GET /services/referral.xhtml?code={other} -> like an unknown code", () -> {
                    HttpResponse<String> response =
                            users.get(PARTNER).page(fill("/services/referral.xhtml?code={other}"));
                    HttpResponse<String> unknown = users.get(PARTNER).page("/services/referral.xhtml?code=R-2345-6789");
                    assertEquals(unknown.statusCode(), response.statusCode());
                    assertNothingOfThePerson(response.body());
                    assertFalse(
                            response.body().contains("Westmoor")
                                    || response.body().contains("Asylum"),
                            "nothing of the referral");
                }));
        return Stream.of(api, inbox, page).flatMap(s -> s);
    }

    @TestFactory
    Stream<DynamicTest> countsNeverCarryAPerson() {
        return callers.stream()
                .filter(c -> !Collections.disjoint(c.roles, COUNTS_READERS))
                .map(c -> dynamic(c.name + " GET /unmet-needs -> counts only", () -> {
                    HttpResponse<String> response = c.api.get("/unmet-needs");
                    assertEquals(200, response.statusCode(), response.body());
                    assertNothingOfThePerson(response.body());
                    assertEquals(Set.of("counts"), Api.object(response).keySet());
                }));
    }

    // ---- helpers --------------------------------------------------------------------------

    /** A dynamic test whose failure message starts with its name (the XML reports show only indexes). */
    private static DynamicTest dynamic(String name, Executable body) {
        return DynamicTest.dynamicTest(name, () -> {
            try {
                body.execute();
            } catch (AssertionError e) {
                throw new AssertionError(name + " — " + e.getMessage(), e);
            }
        });
    }

    private static void assertNothingOfThePerson(String body) {
        for (String secret : List.of(values.get("{family}"), values.get("{person}"))) {
            if (body != null && secret != null && body.contains(secret)) {
                fail("the response gives away " + secret + ": " + abbreviated(body));
            }
        }
    }

    private static String expectation(Set<String> roles, Operation operation) {
        if (roles.isEmpty()) {
            return "401";
        }
        return Collections.disjoint(roles, operation.roles) ? "403" : "allowed";
    }

    private static String fill(String text) {
        String filled = text.replace("{unique}", "M" + UniqueNames.letters(8).toUpperCase(Locale.ROOT));
        for (var value : values.entrySet()) {
            filled = filled.replace(value.getKey(), value.getValue());
        }
        return filled;
    }

    /** A path with its query dropped and every path parameter (or test id) as {}. */
    private static String shape(String path) {
        String bare = path.replaceFirst("\\?.*", "").replaceAll("/$", "");
        return bare.replaceAll("\\{[^}]+}", "{}")
                .replaceAll("/(no-such-[a-z]+|999999999|R-NONE-NONE)(/|$)", "/{}$2")
                .replaceAll("/(no-such-[a-z]+|999999999|R-NONE-NONE)(/|$)", "/{}$2");
    }

    private static String abbreviated(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    static String registration(String family) {
        return """
                {"person": {"givenNames": "Amina", "familyNames": "%s", "sex": "F", "birthYear": 1991,
                            "citizenships": ["SO"], "countryOfBirth": "SO", "languages": ["so"], "preferredLanguage": "so",
                            "phone": "+351 912 345 678"},
                 "arrival": {"type": "ARRIVAL_FROM_ABROAD", "eventDate": "2026-10-01", "districtId": 2,
                             "otherCountry": "SO", "intendedMonths": 24},
                 "consents": ["REGISTRATION"],
                 "needs": [{"category": "HEALTH", "note": "Cough"}, {"category": "LEGAL"}]}
                """.formatted(family);
    }

    private static JsonObject service(String need, String organization, String name) throws Exception {
        var found = Api.json(desk.get("/directory/services?need=" + need).body())
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(s -> s.getString("organizationName").equals(organization)
                        && s.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not in the demo directory"));
        return Api.object(desk.get("/directory/services/" + found.getString("id")));
    }

    private static String sentReferral(JsonObject service, String need) throws Exception {
        String place = service.getJsonArray("places").getJsonObject(0).getString("id");
        HttpResponse<String> drafted = desk.post(
                "/referrals",
                "{\"personId\": \"%s\", \"serviceAtLocationId\": \"%s\", \"need\": \"%s\"}"
                        .formatted(values.get("{person}"), place, need),
                Map.of());
        assertEquals(201, drafted.statusCode(), drafted.body());
        String code = Api.object(drafted).getString("code");
        HttpResponse<String> sent = desk.post("/referrals/" + code + "/send", "{\"consentGivenNow\": true}", Map.of());
        assertEquals(200, sent.statusCode(), sent.body());
        return code;
    }

    private static Operation op(String method, String path, String body, Set<String> roles) {
        return new Operation(method, path, body, roles, "application/json");
    }

    private static Operation page(String path, Set<String> roles) {
        return new Operation("GET", path, null, roles, null);
    }

    /** One operation (or page) and the roles that may use it. */
    record Operation(String method, String path, String body, Set<String> roles, String contentType) {
        Operation as(String type) {
            return new Operation(method, path, body, roles, type);
        }
    }

    /** Someone calling the API, and the roles its token carries. */
    record Caller(String name, Set<String> roles, Api api) {}
}
