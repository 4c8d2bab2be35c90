package org.welcomedesk.services.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.i18n.Messages;
import org.welcomedesk.platform.input.DateText;
import org.welcomedesk.platform.referencedata.application.CityDistricts;
import org.welcomedesk.platform.referencedata.domain.District;
import org.welcomedesk.platform.referencedata.domain.Language;
import org.welcomedesk.platform.referencedata.domain.ReferenceCatalogue;
import org.welcomedesk.platform.text.PlainText;
import org.welcomedesk.registry.records.domain.NeedCategory;
import org.welcomedesk.registry.records.domain.SkillGroup;
import org.welcomedesk.services.domain.Criterion;
import org.welcomedesk.services.domain.DirectoryRepository;
import org.welcomedesk.services.domain.EligibilityRule;
import org.welcomedesk.services.domain.Location;
import org.welcomedesk.services.domain.OfferKind;
import org.welcomedesk.services.domain.OpeningHours;
import org.welcomedesk.services.domain.Organization;
import org.welcomedesk.services.domain.ReferralRepository;
import org.welcomedesk.services.domain.Service;
import org.welcomedesk.services.domain.ServiceAtLocation;
import org.welcomedesk.services.domain.ServiceStatus;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Exchanges the directory as Open Referral HSDS 3.1 JSON: organisations, locations, services,
 * services at locations with their schedules, and the taxonomies tagging them, as flat
 * collections linked by id (the shape of the HSDS tabular package, in one JSON document).
 * Import adds or updates by id and leaves what the document does not mention alone.
 * See docs/directory.md for the conventions.
 */
@ApplicationScoped
public class HsdsExchange {

    /** The length of each HSDS text field's column where it is not {@link PlainText#SHORT}. */
    private static final Map<String, Integer> TEXT_LIMITS = Map.ofEntries(
            Map.entry("id", 36),
            Map.entry("postal_code", 20),
            Map.entry("city", 100),
            Map.entry("state_province", 100),
            Map.entry("number", 40),
            Map.entry("byday", 40),
            Map.entry("website", 400),
            Map.entry("url", 400),
            Map.entry("eligibility_description", PlainText.LONG),
            Map.entry("application_process", PlainText.LONG),
            Map.entry("fees_description", 1000));

    private static final Map<String, String> TAXONOMY_DESCRIPTIONS = Map.of(
            Hsds.NEED, "Welcome Desk need categories: the kind of help a person needs.",
            Hsds.OFFER, "Kinds of opportunity a service offers (jobs and training courses).",
            Hsds.SKILL, "ISCO-08 sub-major groups: the skills a job or course asks for.",
            Hsds.ELIGIBILITY, "Welcome Desk eligibility criteria; the attribute value holds the condition.",
            Hsds.DISTRICT, "Districts of the city a location lies in.");

    @Inject
    DirectoryRepository directory;

    @Inject
    ReferralRepository referrals;

    @Inject
    CityDistricts districts;

    @Inject
    ReferenceCatalogue catalogue;

    // ---- export ---------------------------------------------------------------------------

    /** The whole directory as one HSDS document. */
    @Transactional
    public JsonObject export() {
        Map<String, Long> taken = referrals.openCountsByService();
        JsonArrayBuilder organizations = Json.createArrayBuilder();
        directory.organizations().forEach(o -> organizations.add(organization(o)));
        JsonArrayBuilder locations = Json.createArrayBuilder();
        directory.locations().forEach(l -> locations.add(location(l)));
        JsonArrayBuilder services = Json.createArrayBuilder();
        Map<String, String> languageNames = catalogue.languages().stream()
                .collect(Collectors.toMap(Language::getCode, l -> l.nameIn(Locale.ENGLISH), (a, b) -> a));
        directory.services().forEach(s -> services.add(service(s, taken.getOrDefault(s.getId(), 0L), languageNames)));
        JsonArrayBuilder places = Json.createArrayBuilder();
        directory.places().stream()
                .sorted(Comparator.comparing(ServiceAtLocation::getId))
                .forEach(p -> places.add(place(p)));
        return Json.createObjectBuilder()
                .add("hsds_version", Hsds.VERSION)
                .add("taxonomies", taxonomies())
                .add("taxonomy_terms", terms())
                .add("organizations", organizations)
                .add("locations", locations)
                .add("services", services)
                .add("service_at_locations", places)
                .build();
    }

    private JsonArrayBuilder taxonomies() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (String taxonomy : List.of(Hsds.NEED, Hsds.OFFER, Hsds.SKILL, Hsds.ELIGIBILITY, Hsds.DISTRICT)) {
            list.add(Json.createObjectBuilder()
                    .add("id", Hsds.taxonomyId(taxonomy))
                    .add("name", taxonomy)
                    .add("description", TAXONOMY_DESCRIPTIONS.get(taxonomy)));
        }
        return list;
    }

    private JsonArrayBuilder terms() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (String taxonomy : List.of(Hsds.NEED, Hsds.OFFER, Hsds.SKILL, Hsds.ELIGIBILITY)) {
            for (String code : Hsds.codesOf(taxonomy)) {
                list.add(term(taxonomy, code, termName(taxonomy, code)));
            }
        }
        Map<String, String> districtNames = new LinkedHashMap<>();
        districts.history().stream()
                .sorted(Comparator.comparing(District::getCode))
                .forEach(d -> districtNames.putIfAbsent(d.getCode(), d.getName()));
        districtNames.forEach((code, name) -> list.add(term(Hsds.DISTRICT, code, name)));
        return list;
    }

    private static JsonObjectBuilder term(String taxonomy, String code, String name) {
        return Json.createObjectBuilder()
                .add("id", Hsds.termId(taxonomy, code))
                .add("code", code)
                .add("name", name)
                .add("taxonomy_id", Hsds.taxonomyId(taxonomy));
    }

    private static String termName(String taxonomy, String code) {
        return switch (taxonomy) {
            case Hsds.NEED -> Messages.text(Locale.ENGLISH, "need." + code);
            case Hsds.OFFER -> Messages.text(Locale.ENGLISH, "offer." + code);
            case Hsds.SKILL -> code + " " + Messages.text(Locale.ENGLISH, "skill." + code);
            default -> Messages.text(Locale.ENGLISH, "criterion." + code);
        };
    }

    private static JsonObjectBuilder organization(Organization o) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", o.getId()).add("name", o.getName());
        optional(json, "description", o.getDescription());
        optional(json, "email", o.getEmail());
        optional(json, "website", o.getWebsite());
        if (o.getPartnerCode() != null) {
            json.add(
                    "identifiers",
                    Json.createArrayBuilder()
                            .add(Json.createObjectBuilder()
                                    .add("id", Hsds.id("identifier:" + o.getId()))
                                    .add("identifier_scheme", Hsds.PARTNER_SCHEME)
                                    .add("identifier_type", Hsds.PARTNER_TYPE)
                                    .add("identifier", o.getPartnerCode())));
        }
        return json;
    }

    private static JsonObjectBuilder location(Location l) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", l.getId())
                .add("organization_id", l.getOrganization().getId())
                .add("location_type", "physical")
                .add("name", l.getName());
        optional(json, "description", l.getDescription());
        if (l.getLatitude() != null) {
            json.add("latitude", l.getLatitude()).add("longitude", l.getLongitude());
        }
        if (l.getAddress() != null
                || l.getCity() != null
                || l.getPostalCode() != null
                || l.getStateProvince() != null
                || l.getCountry() != null) {
            JsonObjectBuilder address = Json.createObjectBuilder().add("id", Hsds.id("address:" + l.getId()));
            optional(address, "address_1", l.getAddress());
            optional(address, "city", l.getCity());
            optional(address, "state_province", l.getStateProvince());
            optional(address, "postal_code", l.getPostalCode());
            optional(address, "country", l.getCountry());
            address.add("address_type", "physical");
            json.add("addresses", Json.createArrayBuilder().add(address));
        }
        if (l.getDistrictCode() != null) {
            json.add(
                    "attributes",
                    Json.createArrayBuilder().add(attribute(l.getId(), Hsds.DISTRICT, l.getDistrictCode(), null)));
        }
        return json;
    }

    private static JsonObjectBuilder service(Service s, long taken, Map<String, String> languageNames) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", s.getId())
                .add("organization_id", s.getOrganization().getId())
                .add("name", s.getName());
        optional(json, "description", s.getDescription());
        optional(json, "url", s.getUrl());
        optional(json, "email", s.getEmail());
        json.add("status", s.getStatus().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        optional(json, "eligibility_description", s.getEligibilityDescription());
        s.getRules().stream()
                .filter(r -> r.getCriterion() == Criterion.MIN_AGE)
                .findFirst()
                .ifPresent(r -> json.add("minimum_age", Integer.parseInt(r.getValue())));
        s.getRules().stream()
                .filter(r -> r.getCriterion() == Criterion.MAX_AGE)
                .findFirst()
                .ifPresent(r -> json.add("maximum_age", Integer.parseInt(r.getValue())));
        optional(json, "application_process", s.getApplicationProcess());
        optional(json, "fees_description", s.getFeesDescription());
        if (!s.getLanguages().isEmpty()) {
            JsonArrayBuilder languages = Json.createArrayBuilder();
            new TreeSet<>(s.getLanguages())
                    .forEach(code -> languages.add(Json.createObjectBuilder()
                            .add("id", Hsds.id("language:" + s.getId() + ":" + code))
                            .add("code", code)
                            .add("name", languageNames.getOrDefault(code, code))));
            json.add("languages", languages);
        }
        if (!s.getDocumentsToBring().isEmpty()) {
            JsonArrayBuilder documents = Json.createArrayBuilder();
            List<String> toBring = s.getDocumentsToBring();
            for (int i = 0; i < toBring.size(); i++) {
                documents.add(Json.createObjectBuilder()
                        .add("id", Hsds.id("required_document:" + s.getId() + ":" + i))
                        .add("document", toBring.get(i)));
            }
            json.add("required_documents", documents);
        }
        if (s.getPhone() != null) {
            json.add(
                    "phones",
                    Json.createArrayBuilder()
                            .add(Json.createObjectBuilder()
                                    .add("id", Hsds.id("phone:" + s.getId() + ":0"))
                                    .add("number", s.getPhone())));
        }
        if (s.getCapacity() != null) {
            json.add(
                    "capacities",
                    Json.createArrayBuilder()
                            .add(Json.createObjectBuilder()
                                    .add("id", Hsds.id("capacity:" + s.getId() + ":0"))
                                    .add("available", Math.max(0, s.getCapacity() - taken))
                                    .add("maximum", s.getCapacity())
                                    .add(
                                            "unit",
                                            Json.createObjectBuilder()
                                                    .add("id", Hsds.id("unit:places"))
                                                    .add("name", "places"))
                                    .add("description", "open referrals at a time")));
        }
        JsonArrayBuilder attributes = Json.createArrayBuilder();
        new TreeSet<>(s.getCategories()).forEach(c -> attributes.add(attribute(s.getId(), Hsds.NEED, c.name(), null)));
        if (s.getOffer().isOpportunity()) {
            attributes.add(attribute(s.getId(), Hsds.OFFER, s.getOffer().name(), null));
        }
        new TreeSet<>(s.getSkills()).forEach(k -> attributes.add(attribute(s.getId(), Hsds.SKILL, k.iscoCode(), null)));
        for (EligibilityRule rule : s.getRules()) {
            if (rule.getCriterion() != Criterion.MIN_AGE && rule.getCriterion() != Criterion.MAX_AGE) {
                attributes.add(attribute(
                        s.getId(), Hsds.ELIGIBILITY, rule.getCriterion().name(), rule.getValue()));
            }
        }
        return json.add("attributes", attributes);
    }

    private static JsonObjectBuilder place(ServiceAtLocation p) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", p.getId())
                .add("service_id", p.getService().getId())
                .add("location_id", p.getLocation().getId());
        optional(json, "description", p.getDescription());
        if (!p.getHours().isEmpty()) {
            JsonArrayBuilder schedules = Json.createArrayBuilder();
            List<OpeningHours> hours = p.getHours();
            for (int i = 0; i < hours.size(); i++) {
                OpeningHours h = hours.get(i);
                JsonObjectBuilder schedule = Json.createObjectBuilder()
                        .add("id", Hsds.id("schedule:" + p.getId() + ":" + i))
                        .add("freq", "WEEKLY")
                        .add("byday", h.getByDay())
                        .add("opens_at", h.getOpensAt().toString())
                        .add("closes_at", h.getClosesAt().toString());
                optional(schedule, "description", h.getDescription());
                schedules.add(schedule);
            }
            json.add("schedules", schedules);
        }
        return json;
    }

    private static JsonObjectBuilder attribute(String ownerId, String taxonomy, String code, String value) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", Hsds.id("attribute:" + ownerId + ":" + taxonomy + ":" + code))
                .add("taxonomy_term_id", Hsds.termId(taxonomy, code));
        optional(json, "value", value);
        return json;
    }

    private static void optional(JsonObjectBuilder json, String key, String value) {
        if (value != null) {
            json.add(key, value);
        }
    }

    // ---- import ---------------------------------------------------------------------------

    /**
     * Adds or updates every organisation, location, service and service at location of the
     * document, in one transaction: a document with an error changes nothing, and the error
     * names the object and field, e.g. {@code services[3].name}.
     */
    @Transactional
    public ImportSummary importDocument(JsonObject document) {
        Map<String, Term> terms = terms(document);
        Tally organizations = new Tally();
        Tally locations = new Tally();
        Tally services = new Tally();
        Tally places = new Tally();
        each(document, "organizations", json -> importOrganization(json, organizations));
        each(document, "locations", json -> importLocation(json, terms, locations));
        each(document, "services", json -> importService(json, terms, services));
        each(document, "service_at_locations", json -> importPlace(json, places));
        return new ImportSummary(
                organizations.added,
                organizations.updated,
                locations.added,
                locations.updated,
                services.added,
                services.updated,
                places.added,
                places.updated);
    }

    /** What an import did, per kind of object. */
    public record ImportSummary(
            int organizationsAdded,
            int organizationsUpdated,
            int locationsAdded,
            int locationsUpdated,
            int servicesAdded,
            int servicesUpdated,
            int placesAdded,
            int placesUpdated) {}

    /**
     * A taxonomy term of the document: its taxonomy's name (the id of a taxonomy the document
     * does not list) and its code.
     */
    private record Term(String taxonomy, String code) {}

    /** The objects of one kind that an import added and updated, counted as it goes. */
    private static final class Tally {
        private int added;
        private int updated;

        /** Counts one object: added if there was no {@code existing} one, else updated. */
        void count(Object existing) {
            if (existing == null) {
                added++;
            } else {
                updated++;
            }
        }
    }

    /** The document's taxonomy terms by id. */
    private static Map<String, Term> terms(JsonObject document) {
        Map<String, String> taxonomyNames = new HashMap<>();
        for (JsonObject taxonomy : objects(document, "taxonomies")) {
            taxonomyNames.put(text(taxonomy, "id", ""), text(taxonomy, "name", ""));
        }
        Map<String, Term> terms = new HashMap<>();
        for (JsonObject term : objects(document, "taxonomy_terms")) {
            terms.put(
                    text(term, "id", ""),
                    new Term(
                            taxonomyNames.getOrDefault(text(term, "taxonomy_id", ""), text(term, "taxonomy_id", "")),
                            text(term, "code", "")));
        }
        return terms;
    }

    private void importOrganization(JsonObject json, Tally tally) {
        Organization o = directory.organization(text(json, "id")).orElse(null);
        tally.count(o);
        if (o == null) {
            o = new Organization(required(json, "id"), text(json, "name"));
            directory.add(o);
        } else {
            o.rename(text(json, "name"));
        }
        o.describe(text(json, "description", null, PlainText.LONG), text(json, "email"), text(json, "website"));
        List<JsonObject> identifiers = objects(json, "identifiers");
        for (JsonObject identifier : identifiers) {
            // read to be checked though only the partner code is kept: what we receive is
            // validated whole, never half
            text(identifier, "id", null);
            text(identifier, "identifier_scheme", null);
        }
        String code = identifiers.stream()
                .filter(i -> Hsds.PARTNER_TYPE.equals(text(i, "identifier_type", null)))
                .map(i -> text(i, "identifier", null))
                .findFirst()
                .orElse(null);
        Organization self = o;
        if (code != null
                && directory
                        .organizationWorkedBy(code)
                        .filter(other -> other != self)
                        .isPresent()) {
            throw new RuleViolation("identifiers", "directory.partnerCode.taken");
        }
        o.assignPartnerCode(code);
    }

    private void importLocation(JsonObject json, Map<String, Term> terms, Tally tally) {
        Organization owner = owner(json);
        Location l = directory.location(text(json, "id")).orElse(null);
        requireSame(l == null ? null : l.getOrganization().getId(), owner.getId(), "organization_id");
        tally.count(l);
        if (l == null) {
            l = new Location(required(json, "id"), owner, text(json, "name"));
            directory.add(l);
        } else {
            l.rename(text(json, "name"));
        }
        l.describe(text(json, "description", null, PlainText.LONG));
        JsonObject address = objects(json, "addresses").stream().findFirst().orElse(JsonValue.EMPTY_JSON_OBJECT);
        String district = codes(json, terms, Hsds.DISTRICT).stream().findFirst().orElse(null);
        l.placeAt(
                text(address, "address_1"),
                text(address, "postal_code"),
                text(address, "city"),
                text(address, "state_province"),
                text(address, "country"),
                district);
        l.position(number(json, "latitude"), number(json, "longitude"));
    }

    private void importService(JsonObject json, Map<String, Term> terms, Tally tally) {
        Organization owner = owner(json);
        Service s = directory.service(text(json, "id")).orElse(null);
        requireSame(s == null ? null : s.getOrganization().getId(), owner.getId(), "organization_id");
        tally.count(s);
        OfferKind offer = codes(json, terms, Hsds.OFFER).stream()
                .findFirst()
                .map(OfferKind::valueOf)
                .orElse(OfferKind.SERVICE);
        if (s == null) {
            s = new Service(required(json, "id"), owner, text(json, "name"), offer);
            directory.add(s);
        } else {
            s.rename(text(json, "name"));
        }
        s.offerAs(offer, status(text(json, "status")));
        s.describe(
                text(json, "description", null, PlainText.LONG),
                text(json, "url"),
                text(json, "email"),
                objects(json, "phones").stream()
                        .map(p -> text(p, "number", null))
                        .findFirst()
                        .orElse(null));
        s.explainAccess(
                text(json, "eligibility_description"),
                text(json, "application_process"),
                text(json, "fees_description"));
        s.meets(codes(json, terms, Hsds.NEED).stream()
                .map(NeedCategory::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(NeedCategory.class))));
        s.speaks(objects(json, "languages").stream()
                .map(l -> text(l, "code", null))
                .toList());
        s.asksForSkills(codes(json, terms, Hsds.SKILL).stream()
                .map(code -> SkillGroup.ofIscoCode(code)
                        .orElseThrow(() -> new RuleViolation("attributes", "directory.skill.unknown", code)))
                .toList());
        s.asksToBring(objects(json, "required_documents").stream()
                .map(d -> text(d, "document", null))
                .toList());
        s.limitTo(objects(json, "capacities").stream()
                .map(c -> wholeNumber(c, "maximum"))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null));
        s.restrictTo(eligibilityRules(json, terms));
    }

    /** The minimum and maximum age fields, then the eligibility attributes, as rules. */
    private static List<EligibilityRule> eligibilityRules(JsonObject json, Map<String, Term> terms) {
        List<EligibilityRule> rules = new ArrayList<>();
        Integer min = wholeNumber(json, "minimum_age");
        Integer max = wholeNumber(json, "maximum_age");
        if (min != null) {
            rules.add(new EligibilityRule(Criterion.MIN_AGE, Integer.toString(min)));
        }
        if (max != null) {
            rules.add(new EligibilityRule(Criterion.MAX_AGE, Integer.toString(max)));
        }
        for (JsonObject attribute : objects(json, "attributes")) {
            Term term = terms.get(text(attribute, "taxonomy_term_id", ""));
            if (term != null && Hsds.ELIGIBILITY.equals(term.taxonomy())) {
                Criterion criterion = criterion(term.code());
                rules.add(new EligibilityRule(criterion, text(attribute, "value", null)));
            }
        }
        return rules;
    }

    private void importPlace(JsonObject json, Tally tally) {
        Service service = directory
                .service(text(json, "service_id"))
                .orElseThrow(() -> new RuleViolation("service_id", "directory.reference.unknown"));
        Location location = directory
                .location(text(json, "location_id"))
                .orElseThrow(() -> new RuleViolation("location_id", "directory.reference.unknown"));
        ServiceAtLocation p = directory.place(text(json, "id")).orElse(null);
        if (p != null) {
            requireSame(p.getService().getId(), service.getId(), "service_id");
            requireSame(p.getLocation().getId(), location.getId(), "location_id");
        }
        tally.count(p);
        if (p == null) {
            p = new ServiceAtLocation(required(json, "id"), service, location);
            directory.add(p);
        }
        p.describe(text(json, "description", null, 1000));
        List<OpeningHours> hours = new ArrayList<>();
        for (JsonObject schedule : objects(json, "schedules")) {
            hours.add(new OpeningHours(
                    text(schedule, "byday", null),
                    time(schedule, "opens_at"),
                    time(schedule, "closes_at"),
                    text(schedule, "description", null, PlainText.SHORT)));
        }
        p.openOn(hours);
    }

    /** The organisation a location or service belongs to, which must already exist. */
    private Organization owner(JsonObject json) {
        return directory
                .organization(text(json, "organization_id"))
                .orElseThrow(() -> new RuleViolation("organization_id", "directory.reference.unknown"));
    }

    /** Reads each object of a collection; an error is re-raised naming the object and field. */
    private static void each(JsonObject document, String collection, Consumer<JsonObject> reader) {
        List<JsonObject> list = objects(document, collection);
        for (int i = 0; i < list.size(); i++) {
            String at = collection + "[" + i + "]";
            try {
                reader.accept(list.get(i));
            } catch (RuleViolation e) {
                throw new RuleViolation(at + "." + e.field(), e.messageKey(), e.arguments());
            } catch (IllegalArgumentException | ClassCastException | java.time.DateTimeException e) {
                throw new RuleViolation(at, "directory.import.invalid");
            }
        }
    }

    /** An existing object keeps its owner: moving it would silently re-address its referrals. */
    private static void requireSame(String existing, String given, String field) {
        if (existing != null && !existing.equals(given)) {
            throw new RuleViolation(field, "directory.reference.changed");
        }
    }

    private static List<JsonObject> objects(JsonObject json, String key) {
        JsonValue value = json.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new RuleViolation(key, "directory.import.invalid");
        }
        return ((JsonArray) value)
                .stream()
                        .map(v -> {
                            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                                throw new RuleViolation(key, "directory.import.invalid");
                            }
                            return v.asJsonObject();
                        })
                        .toList();
    }

    private static List<String> codes(JsonObject json, Map<String, Term> terms, String taxonomy) {
        List<String> codes = new ArrayList<>();
        for (JsonObject attribute : objects(json, "attributes")) {
            Term term = terms.get(text(attribute, "taxonomy_term_id", ""));
            if (term == null) {
                throw new RuleViolation("attributes", "directory.reference.unknown");
            }
            if (taxonomy.equals(term.taxonomy())) {
                codes.add(term.code());
            }
        }
        return codes;
    }

    private static Criterion criterion(String code) {
        try {
            return Criterion.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("attributes", "eligibility.criterion.unknown", code);
        }
    }

    private static ServiceStatus status(String text) {
        if (text == null) {
            return ServiceStatus.ACTIVE;
        }
        try {
            return ServiceStatus.valueOf(text.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("status", "directory.status.unknown", text);
        }
    }

    private static String text(JsonObject json, String key) {
        return text(json, key, null);
    }

    private static String text(JsonObject json, String key, String absent) {
        return text(json, key, absent, TEXT_LIMITS.getOrDefault(key, PlainText.SHORT));
    }

    /**
     * A text field: absent or null is {@code absent}; anything but a JSON string is refused,
     * never read as absent; longer than its column or with control characters is refused
     * ({@link PlainText}; several lines only in the longer texts).
     */
    private static String text(JsonObject json, String key, String absent, int maxLength) {
        JsonValue value = json.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return absent;
        }
        if (!(value instanceof JsonString s)) {
            throw new RuleViolation(key, "validation.text");
        }
        PlainText.check(key, s.getString(), maxLength, maxLength > PlainText.SHORT);
        return s.getString();
    }

    private static Integer wholeNumber(JsonObject json, String key) {
        Double value = number(json, key);
        if (value != null && (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE)) {
            throw new RuleViolation(key, "validation.wholeNumber");
        }
        return value == null ? null : value.intValue();
    }

    private static String required(JsonObject json, String key) {
        String value = text(json, key);
        if (value == null || value.isBlank()) {
            throw new RuleViolation(key, "validation.required");
        }
        return value;
    }

    private static Double number(JsonObject json, String key) {
        JsonValue value = json.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber n) || !Double.isFinite(n.doubleValue())) {
            throw new RuleViolation(key, "validation.number");
        }
        return n.doubleValue();
    }

    private static LocalTime time(JsonObject json, String key) {
        return DateText.time(text(json, key), key);
    }
}
