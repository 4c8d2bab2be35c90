package org.welcomedesk.registry.imports.application;

import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.referencedata.domain.District;
import org.welcomedesk.registry.imports.domain.ColumnMapping;
import org.welcomedesk.registry.imports.domain.ImportField;
import org.welcomedesk.registry.records.domain.ConsentPurpose;
import org.welcomedesk.registry.records.domain.DocumentType;
import org.welcomedesk.registry.records.domain.HouseholdRole;
import org.welcomedesk.registry.records.domain.NameOrder;
import org.welcomedesk.registry.records.domain.Need;
import org.welcomedesk.registry.records.domain.NeedCategory;
import org.welcomedesk.registry.records.domain.PersonDetails;
import org.welcomedesk.registry.records.domain.ResidenceEventFacts;
import org.welcomedesk.registry.records.domain.ResidenceEventType;
import org.welcomedesk.registry.records.domain.Sex;
import org.welcomedesk.registry.registration.application.NewPerson;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of a legacy register read through a column mapping into what registration takes:
 * the person, the household they belong to (a reference shared by the household's rows, and
 * their relationship to its reference person) and the later events of their stay in the city.
 * Legacy registers write dates and codes in many ways; the forms understood are listed on
 * each parser, and anything else is rejected naming the field.
 *
 * @param household the household reference as written in the file, or null for a person on their own
 * @param role      the relationship to the household's reference person, or null when not given
 * @param history   the events after the arrival, in date order, checked against each other
 */
record LegacyRecord(NewPerson person, String household, HouseholdRole role, List<ResidenceEventFacts> history) {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Map<String, Sex> SEXES = Map.ofEntries(
            Map.entry("f", Sex.F),
            Map.entry("female", Sex.F),
            Map.entry("femme", Sex.F),
            Map.entry("feminin", Sex.F),
            Map.entry("feminino", Sex.F),
            Map.entry("w", Sex.F),
            Map.entry("m", Sex.M),
            Map.entry("male", Sex.M),
            Map.entry("homme", Sex.M),
            Map.entry("h", Sex.M),
            Map.entry("masculin", Sex.M),
            Map.entry("masculino", Sex.M),
            Map.entry("x", Sex.X),
            Map.entry("other", Sex.X),
            Map.entry("unknown", Sex.X),
            Map.entry("autre", Sex.X),
            Map.entry("outro", Sex.X));

    private static final Map<String, HouseholdRole> ROLES = Arrays.stream(HouseholdRole.values())
            .collect(java.util.stream.Collectors.toMap(role -> role.name(), role -> role));

    LegacyRecord {
        history = List.copyOf(history);
    }

    /**
     * The registration a row describes. Throws {@link RuleViolation} naming the registry field
     * when a value cannot be read; the registry's own rules are applied later by registration.
     */
    static LegacyRecord read(ColumnMapping mapping, Map<String, String> row, List<District> districts) {
        NewPerson person = person(mapping, row, districts);
        String household = mapping.valueOf(ImportField.HOUSEHOLD, row);
        HouseholdRole role = role(mapping.valueOf(ImportField.HOUSEHOLD_ROLE, row));
        if (role != null && household == null) {
            throw new RuleViolation("household", "import.household.required");
        }
        List<ResidenceEventFacts> history =
                StayHistory.read(mapping.valueOf(ImportField.HISTORY, row), person.arrival(), districts);
        return new LegacyRecord(person, household, role, history);
    }

    private static NewPerson person(ColumnMapping mapping, Map<String, String> row, List<District> districts) {
        String given = mapping.valueOf(ImportField.GIVEN_NAMES, row);
        String family = mapping.valueOf(ImportField.FAMILY_NAMES, row);
        Sex sex = sex(mapping.valueOf(ImportField.SEX, row));
        int[] born = date(mapping.valueOf(ImportField.BIRTH_DATE, row), "birthDate");
        boolean estimated = flag(mapping.valueOf(ImportField.BIRTH_ESTIMATED, row));
        Set<String> citizenships = codes(mapping.valueOf(ImportField.CITIZENSHIP, row), true);
        Set<String> languages = codes(mapping.valueOf(ImportField.LANGUAGES, row), false);
        PersonDetails details = new PersonDetails(
                given,
                family,
                mapping.valueOf(ImportField.GIVEN_NAMES_LATIN, row),
                mapping.valueOf(ImportField.FAMILY_NAMES_LATIN, row),
                NameOrder.GIVEN_FIRST,
                sex,
                born == null ? null : born[0],
                born == null ? null : nullIfZero(born[1]),
                born == null ? null : nullIfZero(born[2]),
                estimated,
                citizenships,
                upper(mapping.valueOf(ImportField.COUNTRY_OF_BIRTH, row)),
                languages,
                languages.isEmpty() ? null : languages.iterator().next(),
                false,
                mapping.valueOf(ImportField.PHONE, row),
                mapping.valueOf(ImportField.EMAIL, row),
                mapping.valueOf(ImportField.ADDRESS, row));
        List<NewPerson.Document> documents = document(mapping, row);
        ResidenceEventFacts arrival = arrival(mapping, row, districts);
        return new NewPerson(
                details,
                null,
                documents,
                arrival,
                consents(mapping.valueOf(ImportField.CONSENTS, row)),
                needs(mapping.valueOf(ImportField.NEEDS, row)));
    }

    /** Registration's consent, which an import always records, and the purposes listed (codes as other lists). */
    private static Set<ConsentPurpose> consents(String value) {
        Set<ConsentPurpose> consents = EnumSet.of(ConsentPurpose.REGISTRATION);
        for (String code : codes(value, true)) {
            consents.add(Arrays.stream(ConsentPurpose.values())
                    .filter(p -> p.name().equals(code))
                    .findFirst()
                    .orElseThrow(() -> new RuleViolation("consents", "import.consents.unknown")));
        }
        return consents;
    }

    /**
     * Codes separated as in other lists; a need with a note is written {@code CODE: note} and
     * ends at the next {@code ;} or {@code |}, so notes may hold spaces, commas and colons.
     */
    private static List<Need> needs(String value) {
        List<Need> needs = new ArrayList<>();
        if (value == null) {
            return needs;
        }
        for (String entry : value.split("[;|]")) {
            int colon = entry.indexOf(':');
            if (colon < 0) {
                // not through codes(): a need listed twice is refused as at the counter, not merged
                for (String code : entry.split("[\\s,]+")) {
                    if (!code.isBlank()) {
                        needs.add(new Need(needCategory(code.toUpperCase(Locale.ROOT)), null));
                    }
                }
            } else {
                needs.add(new Need(
                        needCategory(entry.substring(0, colon).strip().toUpperCase(Locale.ROOT)),
                        entry.substring(colon + 1)));
            }
        }
        return needs;
    }

    private static NeedCategory needCategory(String code) {
        return Arrays.stream(NeedCategory.values())
                .filter(c -> c.name().equals(code))
                .findFirst()
                .orElseThrow(() -> new RuleViolation("needs", "import.needs.unknown"));
    }

    private static List<NewPerson.Document> document(ColumnMapping mapping, Map<String, String> row) {
        String number = mapping.valueOf(ImportField.DOCUMENT_NUMBER, row);
        if (number == null) {
            return List.of();
        }
        String typeText = mapping.valueOf(ImportField.DOCUMENT_TYPE, row);
        DocumentType type = DocumentType.OTHER;
        if (typeText != null) {
            type = Arrays.stream(DocumentType.values())
                    .filter(t -> t.name().equalsIgnoreCase(typeText.replace(' ', '_')))
                    .findFirst()
                    .orElseThrow(() -> new RuleViolation("documentType", "import.documentType.unknown"));
        }
        return List.of(
                new NewPerson.Document(type, number, upper(mapping.valueOf(ImportField.DOCUMENT_COUNTRY, row)), null));
    }

    private static ResidenceEventFacts arrival(
            ColumnMapping mapping, Map<String, String> row, List<District> districts) {
        int[] arrived = date(mapping.valueOf(ImportField.ARRIVAL_DATE, row), "eventDate");
        String districtCode = mapping.valueOf(ImportField.DISTRICT, row);
        if (arrived == null) {
            if (districtCode != null) {
                throw new RuleViolation("eventDate", "import.arrival.required");
            }
            return null;
        }
        if (arrived[1] == 0 || arrived[2] == 0) {
            throw new RuleViolation("eventDate", "import.date.invalid");
        }
        LocalDate date = LocalDate.of(arrived[0], arrived[1], arrived[2]);
        Long districtId = null;
        if (districtCode != null) {
            districtId = district(districtCode, date, districts, "districtId");
        }
        String previousCountry = upper(mapping.valueOf(ImportField.PREVIOUS_COUNTRY, row));
        String previousMunicipality = mapping.valueOf(ImportField.PREVIOUS_MUNICIPALITY, row);
        ResidenceEventType type = stayBegan(mapping.valueOf(ImportField.STAY_BEGAN, row));
        if (type == null) {
            type = previousCountry == null && previousMunicipality != null
                    ? ResidenceEventType.ARRIVAL_FROM_MUNICIPALITY
                    : ResidenceEventType.ARRIVAL_FROM_ABROAD;
        }
        Integer months = months(mapping.valueOf(ImportField.INTENDED_MONTHS, row), "intendedMonths");
        return ResidenceEventFacts.of(type, date, districtId, previousCountry, previousMunicipality, months);
    }

    /** A type of event that begins a stay (its name, any case), or null when not given. */
    private static ResidenceEventType stayBegan(String value) {
        if (value == null) {
            return null;
        }
        ResidenceEventType type = eventType(value);
        if (type == null || !type.establishesResidence() || type == ResidenceEventType.MOVE_WITHIN_CITY) {
            throw new RuleViolation("stayBegan", "import.stayBegan.unknown");
        }
        return type;
    }

    /** A residence event type by its name, in any case, or null. */
    static ResidenceEventType eventType(String value) {
        return Arrays.stream(ResidenceEventType.values())
                .filter(t -> t.name().equalsIgnoreCase(value.strip()))
                .findFirst()
                .orElse(null);
    }

    /** Whole months from 0 to 1200, or null when not given. */
    static Integer months(String value, String field) {
        if (value == null) {
            return null;
        }
        int months = value.strip().matches("\\d{1,4}") ? parse(value.strip()) : -1;
        if (months < 0 || months > 1200) {
            throw new RuleViolation(field, "event.duration.invalid");
        }
        return months;
    }

    private static HouseholdRole role(String value) {
        if (value == null) {
            return null;
        }
        HouseholdRole role = ROLES.get(value.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
        if (role == null) {
            throw new RuleViolation("householdRole", "import.householdRole.unknown");
        }
        return role;
    }

    /** The district a code names on {@code date}, or a rule violation naming {@code field}. */
    static Long district(String code, LocalDate date, List<District> districts, String field) {
        return districts.stream()
                .filter(d -> d.getCode().equalsIgnoreCase(code) && d.isValidOn(date))
                .map(District::getId)
                .findFirst()
                .orElseThrow(() -> new RuleViolation(field, "event.district.notOnDate"));
    }

    private static Sex sex(String value) {
        if (value == null) {
            return null; // the registry names the missing field
        }
        String plain = java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .strip();
        Sex sex = SEXES.get(plain);
        if (sex == null) {
            throw new RuleViolation("sex", "import.sex.unknown");
        }
        return sex;
    }

    /** Year, month (0 if absent), day (0 if absent): 2001-03-04, 2001-03, 04/03/2001, 20010304, 2001. */
    static int[] date(String value, String field) {
        if (value == null) {
            return null;
        }
        int[] parts;
        Matcher m;
        if ((m = ISO_DATE.matcher(value)).matches()) {
            parts = new int[] {parse(m.group(1)), parse(m.group(2)), m.group(3) == null ? 0 : parse(m.group(3))};
        } else if ((m = DAY_FIRST.matcher(value)).matches()) {
            parts = new int[] {parse(m.group(3)), parse(m.group(2)), parse(m.group(1))};
        } else if ((m = COMPACT.matcher(value)).matches()) {
            parts = new int[] {parse(m.group(1)), parse(m.group(2)), parse(m.group(3))};
        } else if ((m = YEAR.matcher(value)).matches()) {
            parts = new int[] {parse(m.group(1)), 0, 0};
        } else {
            throw new RuleViolation(field, "import.date.invalid");
        }
        try {
            if (parts[1] != 0) {
                LocalDate.of(parts[0], parts[1], parts[2] == 0 ? 1 : parts[2]);
            }
        } catch (java.time.DateTimeException e) {
            throw new RuleViolation(field, "import.date.invalid");
        }
        if (parts[0] < 1880 || parts[0] > 2200) {
            throw new RuleViolation(field, "import.date.invalid");
        }
        return parts;
    }

    private static int parse(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Integer nullIfZero(int value) {
        return value == 0 ? null : value;
    }

    private static boolean flag(String value) {
        if (value == null) {
            return false;
        }
        String v = value.toLowerCase(Locale.ROOT);
        return v.equals("true")
                || v.equals("yes")
                || v.equals("y")
                || v.equals("1")
                || v.equals("oui")
                || v.equals("sim");
    }

    /** Codes separated by spaces, commas, semicolons or bars; countries in upper case, languages lower. */
    private static Set<String> codes(String value, boolean countries) {
        Set<String> codes = new LinkedHashSet<>();
        if (value != null) {
            for (String code : value.split("[\\s,;|]+")) {
                if (!code.isBlank()) {
                    codes.add(countries ? code.toUpperCase(Locale.ROOT) : code.toLowerCase(Locale.ROOT));
                }
            }
        }
        return codes;
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }
}
