package org.welcomedesk.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * A city's counters: clerks sign in through Keycloak (the real OpenID Connect code flow: the
 * application sends the browser to Keycloak's login form, the credentials go to the form's
 * action, redirects lead back), search the registry on the desk page, open people and register
 * households through the registration wizard, Faces postbacks and all; beside them, counter
 * integrations call the REST API with client-credentials tokens.
 *
 * <p>Every virtual user has its own cookies, hence its own Keycloak and HTTP session, and its own
 * account ({@code clerk-load-NNN}, which {@code LoadBenchmark} adds to the realm it starts Keycloak
 * with): Keycloak's brute-force protection locks an account signed in by dozens of sessions within
 * seconds. Against the demo realm ({@code load.clerk.accounts=0}) all sign in as {@code clerk}.
 *
 * <p>Settings (system properties, set by {@code LoadBenchmark}): {@code load.app.url},
 * {@code load.keycloak.url}, {@code load.clerks} (50), {@code load.api.clients} (5),
 * {@code load.ramp.seconds} (30), {@code load.seconds} (120, each user's working time),
 * {@code load.think.millis} (1000: a pause of one to two times this between a clerk's steps),
 * {@code load.people} (a CSV of generated people: searches and registrations).
 */
public class DeskSimulation extends Simulation {

    private static final String APP = System.getProperty("load.app.url", "http://localhost:9080");
    private static final String KEYCLOAK = System.getProperty("load.keycloak.url", "http://127.0.0.1:8180");
    private static final String REALM = KEYCLOAK + "/realms/welcome-desk";
    private static final int CLERKS = Integer.getInteger("load.clerks", 50);
    private static final int API_CLIENTS = Integer.getInteger("load.api.clients", 5);
    private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("load.ramp.seconds", 30));
    private static final Duration WORK = Duration.ofSeconds(Integer.getInteger("load.seconds", 120));
    private static final Duration THINK = Duration.ofMillis(Integer.getInteger("load.think.millis", 1000));
    private static final String CLERK = System.getProperty("load.clerk.user", "clerk");
    /** Accounts clerk-load-001 ... of the load realm, one per virtual clerk; 0: all sign in as {@link #CLERK}. */
    private static final int CLERK_ACCOUNTS = Integer.getInteger("load.clerk.accounts", 0);

    private static final String CLERK_PASSWORD = System.getProperty("load.clerk.password", "demo");
    /** The view state Faces puts in a partial (Ajax) response. */
    private static final String PARTIAL_VIEW_STATE = "jakarta\\.faces\\.ViewState:\\d+\"><!\\[CDATA\\[([^\\]]+)\\]\\]>";

    private static final String VIEW_STATE = "jakarta.faces.ViewState";
    /**
     * PrimeFaces' Content-Security-Policy nonce: the page's script passes it to every postback as
     * {@code primefaces.nonce}, and a postback without the view's nonce is refused.
     */
    private static final String NONCE = "PrimeFaces\\.csp\\.init\\('([^']+)'\\)";

    private static final String NONCE_PARAM = "primefaces.nonce";

    private final FeederBuilder<String> people = csv(System.getProperty(
                    "load.people", "target/benchmark/load-people.csv"))
            .random();

    private final HttpProtocolBuilder protocol = http.baseUrl(APP)
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("en")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Gatling (Welcome Desk load test)")
            .disableCaching();

    // ---------------------------------------------------------------------------------------
    // Clerks

    /** The code flow: desk page, redirected to Keycloak's form; credentials to its action; back to the desk. */
    private final ChainBuilder signIn = exec(
            http("sign in: desk page, sent to Keycloak")
                    .get("/desk/index.xhtml")
                    .check(status().is(200), css("#kc-form-login", "action").saveAs("loginAction")),
            http("sign in: credentials, back to the desk")
                    .post("#{loginAction}")
                    .formParam(
                            "username",
                            session -> CLERK_ACCOUNTS == 0
                                    ? CLERK
                                    : "clerk-load-%03d".formatted((session.userId() - 1) % CLERK_ACCOUNTS + 1))
                    .formParam("password", CLERK_PASSWORD)
                    .formParam("credentialId", "")
                    .check(status().is(200), currentLocationRegex("/desk/index\\.xhtml"), substring("id=\"search\"")));

    /** The desk page, a search by a name from the city, and one of the people found opened. */
    private final ChainBuilder searchAndOpen = feed(people)
            .exec(http("desk: page")
                    .get("/desk/index.xhtml")
                    .check(
                            status().is(200),
                            css("form#search", "action").saveAs("searchAction"),
                            css("form#search input[name='" + VIEW_STATE + "']", "value")
                                    .saveAs("viewState"),
                            css("form#search input[type='submit']", "name").saveAs("searchButton"),
                            regex(NONCE).saveAs("nonce")))
            .pause(THINK, THINK.multipliedBy(2))
            .exec(session -> session.remove("personId"))
            .exec(http("desk: search")
                    .post("#{searchAction}")
                    .formParam("search_SUBMIT", "1") // MyFaces: which form was submitted
                    .formParam("search:name", "#{name}")
                    .formParam("search:birth:birthYear", "")
                    .formParam("search:birth:birthMonth", "")
                    .formParam("search:birth:birthDay", "")
                    .formParam("search:document", "")
                    .formParam("search:phone", "")
                    .formParam("#{searchButton}", "Search")
                    .formParam(VIEW_STATE, "#{viewState}")
                    .formParam(NONCE_PARAM, "#{nonce}")
                    .check(
                            status().is(200),
                            substring("id=\"results-title\""),
                            regex("person\\.xhtml\\?id=([0-9A-Za-z-]+)")
                                    .findRandom()
                                    .optional()
                                    .saveAs("personId")))
            .pause(THINK, THINK.multipliedBy(2))
            .exec(doIf(session -> session.contains("personId"))
                    .then(exec(http("desk: person")
                            .get("/desk/person.xhtml?id=#{personId}")
                            .check(status().is(200), substring("#{personId}")))));

    /**
     * A household of two through the wizard: each step is the Ajax postback the wizard's Next
     * button sends, with the form's fields, the view state of the previous answer and the
     * component ids the page rendered (the second member's fields, the needs' check boxes).
     */
    private final ChainBuilder register = feed(people)
            .exec(http("register: wizard page")
                    .get("/desk/register.xhtml")
                    .check(
                            status().is(200),
                            css("form#wizardForm", "action").saveAs("wizardAction"),
                            css("form#wizardForm input[name='" + VIEW_STATE + "']", "value")
                                    .saveAs("viewState"),
                            regex(NONCE).saveAs("nonce")))
            .pause(THINK, THINK.multipliedBy(2))
            .exec(step("register: identity", "household", "wizardForm:addMember")
                    .formParam("wizardForm:person:givenNames", "#{given}")
                    .formParam("wizardForm:person:familyNames", "#{family}")
                    .formParam("wizardForm:person:givenNamesLatin", "#{givenLatin}")
                    .formParam("wizardForm:person:familyNamesLatin", "#{familyLatin}")
                    .formParam("wizardForm:person:nameOrder", "GIVEN_FIRST")
                    .formParam("wizardForm:person:sex", "#{sex}")
                    .formParam("wizardForm:person:birth:birthYear", "#{birthYear}")
                    .formParam("wizardForm:person:birth:birthMonth", "#{birthMonth}")
                    .formParam("wizardForm:person:birth:birthDay", "#{birthDay}")
                    .formParam("wizardForm:person:citizenship", "#{country}")
                    .formParam("wizardForm:person:countryOfBirth", "#{country}")
                    .formParam("wizardForm:person:documentType", "")
                    .formParam("wizardForm:person:documentNumber", "")
                    .formParam("wizardForm:person:documentCountry", "")
                    .formParam("wizardForm:person:phone", "")
                    .formParam("wizardForm:person:email", ""))
            .pause(THINK, THINK.multipliedBy(2))
            .exec(ajax("register: add a member", "wizardForm:addMember", "wizardForm")
                    .check(
                            regex("name=\"([^\"]+:1:)memberGiven\"").saveAs("member"),
                            regex("name=\"[^\"]+:1:memberRelationship\"[^>]*>\\s*<option[^>]*value=\"([A-Z_]+)\"")
                                    .saveAs("relationship")))
            .pause(THINK, THINK.multipliedBy(2))
            .exec(step("register: household", "arrival", "wizardForm:arrivalDate")
                    .formParam("#{member}memberGiven", "#{partnerGiven}")
                    .formParam("#{member}memberFamily", "#{family}")
                    .formParam("#{member}memberSex", "#{partnerSex}")
                    .formParam("#{member}memberBirthYear", "#{partnerBirthYear}")
                    .formParam("#{member}memberRelationship", "#{relationship}")
                    .check(regex("<option value=\"(\\d+)\"").findRandom().saveAs("district")))
            .pause(THINK, THINK.multipliedBy(2))
            .exec(step("register: arrival", "languagesAndNeeds", "wizardForm:preferredLanguage")
                    .formParam("wizardForm:arrivalType", "ARRIVAL_FROM_ABROAD")
                    .formParam(
                            "wizardForm:arrivalDate",
                            LocalDate.now().minusDays(3).toString())
                    .formParam("wizardForm:previousCountry", "#{country}")
                    .formParam("wizardForm:district", "#{district}")
                    .formParam("wizardForm:intendedMonths", "24")
                    .formParam("wizardForm:address", "")
                    .check(
                            regex("name=\"([^\"]+:need)\"").saveAs("need"),
                            regex("name=\"([^\"]+:needNote)\"").saveAs("needNote"),
                            regex("<option value=\"([a-z]{2,3})\"").findRandom().saveAs("language")))
            .pause(THINK, THINK.multipliedBy(2))
            .exec(step("register: languages and needs", "consent", "wizardForm:consents")
                    .formParam("wizardForm:languages", "#{language}")
                    .formParam("wizardForm:preferredLanguage", "#{language}")
                    .formParam("#{need}", "on")
                    .formParam("#{needNote}", "Looking for a room"))
            .pause(THINK, THINK.multipliedBy(2))
            .exec(step("register: consent", "review", "wizardForm:registerButton")
                    .formParam("wizardForm:consents", "REGISTRATION"))
            .pause(THINK, THINK.multipliedBy(2))
            // the clerk has looked at any possible duplicates shown and confirms a new household
            .exec(http("register: register")
                    .post("#{wizardAction}")
                    .formParam("wizardForm_SUBMIT", "1")
                    .formParam("wizardForm:confirmedNew", "on")
                    .formParam("wizardForm:registerButton", "Register")
                    .formParam(VIEW_STATE, "#{viewState}")
                    .formParam(NONCE_PARAM, "#{nonce}")
                    .check(status().is(200), currentLocationRegex("/desk/person\\.xhtml\\?id=")));

    private final ScenarioBuilder clerks = scenario("clerks")
            .exec(signIn)
            .exec(during(WORK)
                    .on(pause(), searchAndOpen, randomSwitch().on(percent(50.0).then(exec(pause(), register)))));

    // ---------------------------------------------------------------------------------------
    // Counter integrations on the API

    private final ChainBuilder token = exec(http("api: token")
                    .post(REALM + "/protocol/openid-connect/token")
                    .formParam("grant_type", "client_credentials")
                    .formParam("client_id", "desk-integration")
                    .formParam("client_secret", "demo-desk-secret")
                    .check(status().is(200), jsonPath("$.access_token").saveAs("token")))
            .exec(session -> session.set("tokenAt", System.currentTimeMillis()));

    private final ScenarioBuilder apiClients = scenario("api clients")
            .exec(token)
            .exec(during(WORK)
                    .on(
                            doIf(session -> System.currentTimeMillis() - session.getLong("tokenAt") > 60_000)
                                    .then(token),
                            feed(people),
                            exec(session -> session.remove("apiPersonId")),
                            exec(http("api: search")
                                    .post("/api/v1/persons/search")
                                    .header("Authorization", "Bearer #{token}")
                                    .body(StringBody("{\"name\": \"#{name}\", \"size\": 20}"))
                                    .asJson()
                                    .check(
                                            status().is(200),
                                            jsonPath("$.people[*].id")
                                                    .findRandom()
                                                    .optional()
                                                    .saveAs("apiPersonId"))),
                            doIf(session -> session.contains("apiPersonId"))
                                    .then(exec(http("api: person")
                                            .get("/api/v1/persons/#{apiPersonId}")
                                            .header("Authorization", "Bearer #{token}")
                                            .check(status().is(200)))),
                            exec(session -> session.set("key", UUID.randomUUID().toString())),
                            exec(http("api: register")
                                    .post("/api/v1/persons")
                                    .header("Authorization", "Bearer #{token}")
                                    .header("Idempotency-Key", "#{key}")
                                    .body(StringBody(
                                            """
                                    {"person": {"givenNames": "#{given}", "familyNames": "#{family}",
                                                "givenNamesLatin": "#{givenLatin}", "familyNamesLatin": "#{familyLatin}",
                                                "sex": "#{sex}", "birthYear": #{birthYear},
                                                "citizenships": ["#{country}"], "countryOfBirth": "#{country}"},
                                     "arrival": {"type": "ARRIVAL_FROM_ABROAD", "eventDate": "%s", "districtId": 2,
                                                 "otherCountry": "#{country}"},
                                     "consents": ["REGISTRATION"]}
                                    """.formatted(LocalDate.now().minusDays(3))))
                                    .asJson()
                                    .check(status().is(201))),
                            pause()));

    {
        setUp(
                        clerks.injectOpen(rampUsers(CLERKS).during(RAMP)),
                        apiClients.injectOpen(rampUsers(API_CLIENTS).during(RAMP)))
                .protocols(protocol);
    }

    // ---------------------------------------------------------------------------------------
    // Faces postbacks

    /** The wizard's Next: an Ajax postback of the wizard, answered with the next step (which shows {@code expected}). */
    private static HttpRequestActionBuilder step(String name, String stepToGo, String expected) {
        return ajax(name, "wizardForm:wizard", "wizardForm:wizard")
                .formParam("wizardForm:wizard_direction", "next")
                .formParam("wizardForm:wizard_stepToGo", stepToGo)
                .check(substring(expected));
    }

    /** A PrimeFaces Ajax postback of the wizard form from {@code source}, rendering the wizard again. */
    private static HttpRequestActionBuilder ajax(String name, String source, String execute) {
        return http(name)
                .post("#{wizardAction}")
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .header("Accept", "application/xml, text/xml, */*; q=0.01")
                .formParam("jakarta.faces.partial.ajax", "true")
                .formParam("jakarta.faces.source", source)
                .formParam("jakarta.faces.partial.execute", execute)
                .formParam("jakarta.faces.partial.render", "wizardForm:wizard")
                .formParam(source, source)
                .formParam("wizardForm_SUBMIT", "1")
                .formParam(VIEW_STATE, "#{viewState}")
                .formParam(NONCE_PARAM, "#{nonce}")
                .check(
                        status().is(200),
                        regex(NONCE).optional().saveAs("nonce"),
                        // a field the step refused, or an exception, is an error of the run
                        substring("\"validationFailed\":true").notExists(),
                        substring("<error>").notExists(),
                        regex(PARTIAL_VIEW_STATE).optional().saveAs("viewState"));
    }

    private static ChainBuilder pause() {
        return exec(io.gatling.javaapi.core.CoreDsl.pause(THINK, THINK.multipliedBy(2)));
    }
}
