package org.welcomedesk.national.infrastructure;

import org.welcomedesk.national.domain.Code;
import org.welcomedesk.national.domain.CodeList;
import org.welcomedesk.national.domain.DataStructure;
import org.welcomedesk.national.domain.Dataflow;
import org.welcomedesk.national.domain.NationalRelease;
import org.welcomedesk.national.domain.Observation;
import org.welcomedesk.national.domain.Protection;
import org.welcomedesk.national.domain.SdmxAction;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Releases of simulated cities for the demo hub, so that its pages show pooling: people
 * arriving from a few large origin countries, leaving, and moving between the simulated cities
 * (one pair's arrivals registered late on one side, so the mirror check has a difference to
 * show), protected like a city protects them (small counts withheld, the others moved by at
 * most 3, never 1 or 2). Deterministic: the same cities and years give the same releases and
 * ids, so a restart sends nothing twice.
 */
public final class SimulatedCities {

    /** Where the simulated arrivals hold citizenship, and how many of every hundred. */
    private static final Map<String, Integer> ORIGINS = new LinkedHashMap<>();

    static {
        ORIGINS.put("BR", 32);
        ORIGINS.put("PT", 10);
        ORIGINS.put("UA", 9);
        ORIGINS.put("IN", 9);
        ORIGINS.put("CV", 8);
        ORIGINS.put("NP", 7);
        ORIGINS.put("AO", 7);
        ORIGINS.put("CN", 5);
        ORIGINS.put("GB", 5);
        ORIGINS.put("FR", 4);
        ORIGINS.put("UNK", 4);
    }

    /** Relative numbers of arrivals by age group, youngest first (working ages most). */
    private static final int[] AGE_WEIGHTS = {5, 4, 4, 6, 14, 18, 16, 11, 7, 5, 3, 2, 2, 1, 1, 1, 0, 0};

    private final DataStructure structure;
    private final String country;

    public SimulatedCities(DataStructure structure, String country) {
        this.structure = structure;
        this.country = country;
    }

    /** One simulated person's codes in each dimension a table may vary by (a set: PT counts as PT and NAT). */
    private record Person(String sex, String age, Set<String> citizen, Set<String> birth, String partner) {}

    /**
     * The first release (revision 0) of every city for every year, provisional for the last
     * year; and, when {@code revised} is true, a revision of the first city's last year with
     * final counts (a few late registrations added).
     */
    public List<NationalRelease> releases(List<String> cities, List<Integer> years, boolean revised) {
        List<NationalRelease> all = new ArrayList<>();
        int last = years.get(years.size() - 1);
        for (int year : years) {
            for (String city : cities) {
                all.add(release(cities, city, year, 0, year == last));
            }
        }
        if (revised && !cities.isEmpty()) {
            all.add(release(cities, cities.get(0), last, 1, false));
        }
        return all;
    }

    /** One city's release of a year. */
    public NationalRelease release(List<String> cities, String city, int year, int revision, boolean provisional) {
        Random random = new Random((city + year + "/" + revision).hashCode());
        double size = 0.4 + Math.floorMod(city.hashCode(), 60) / 100.0;
        double growth = Math.pow(1.08, year - 2020) * (revision > 0 ? 1.02 : 1.0);
        List<Observation> cells = new ArrayList<>();
        for (Dataflow dataflow : structure.dataflows()) {
            List<Person> people = switch (dataflow.flow()) {
                case "IMM" -> international(random, (int) (900 * size * growth), true);
                case "EMI" -> international(random, (int) (380 * size * growth), false);
                case "IN_INT" -> internal(random, cities, city, year, size, true);
                case "OUT_INT" -> internal(random, cities, city, year, size, false);
                default -> international(random, (int) (60 * size * growth), true);
            };
            cells.addAll(table(dataflow, city, year, provisional, people));
        }
        String period = String.valueOf(year);
        String id = UUID.nameUUIDFromBytes(
                        ("simulated:" + city + ":" + period + ":" + revision).getBytes(StandardCharsets.UTF_8))
                .toString();
        Instant prepared =
                LocalDate.of(year + 1, 2, 1 + revision).atStartOfDay().toInstant(ZoneOffset.UTC);
        return new NationalRelease(
                id,
                city,
                structure.version(),
                period,
                revision == 0 ? SdmxAction.A : SdmxAction.R,
                revision,
                Protection.CELL_KEY,
                prepared,
                cells);
    }

    private List<Person> international(Random random, int count, boolean arriving) {
        List<Person> people = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String citizen = pick(random);
            // most were born where they hold citizenship; some Portuguese citizens were born in Brazil
            String birth = citizen.equals(country) && random.nextInt(4) == 0 ? "BR" : citizen;
            String partner = citizen.equals(country) ? (random.nextBoolean() ? "FR" : "GB") : citizen;
            people.add(new Person(
                    random.nextBoolean() ? "F" : "M",
                    age(random),
                    countries(citizen),
                    countries(birth),
                    arriving || !"UNK".equals(partner) ? partner : "UNK"));
        }
        return people;
    }

    /**
     * Moves between the simulated cities and a few other municipalities. The same number of
     * people leave A for B as arrive in B from A (both sides draw from the same seed), except
     * the first pair, whose destination registers a fifth of them only the next year.
     */
    private List<Person> internal(Random random, List<String> cities, String city, int year, double size, boolean in) {
        List<Person> people = new ArrayList<>();
        List<String> partners = new ArrayList<>(cities);
        partners.remove(city);
        for (String other : List.of("CASCAIS", "OEIRAS", "BRAGA", "COIMBRA")) {
            if (!cities.contains(other)
                    && structure.codes(DataStructure.REF_AREA).contains(other)) {
                partners.add(other);
            }
        }
        for (String partner : partners) {
            String from = in ? partner : city;
            String to = in ? city : partner;
            Random pair = new Random((from + ">" + to + year).hashCode());
            int moves = 20 + pair.nextInt(120);
            if (in && cities.size() > 1 && from.equals(cities.get(0)) && to.equals(cities.get(1))) {
                moves = moves * 4 / 5;
            }
            for (int i = 0; i < (int) (moves * Math.max(size, 0.5)); i++) {
                people.add(new Person(random.nextBoolean() ? "F" : "M", age(random), Set.of(), Set.of(), partner));
            }
        }
        return people;
    }

    private Set<String> countries(String code) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(code);
        if (!code.equals("UNK")) {
            codes.add(code.equals(country) ? "NAT" : "FOR");
        }
        return codes;
    }

    private static String pick(Random random) {
        int draw = random.nextInt(100);
        for (Map.Entry<String, Integer> origin : ORIGINS.entrySet()) {
            draw -= origin.getValue();
            if (draw < 0) {
                return origin.getKey();
            }
        }
        return "UNK";
    }

    private String age(Random random) {
        List<String> groups = structure.codes(DataStructure.AGE).ids().stream()
                .filter(c -> !c.equals("TOTAL") && !c.equals("UNK"))
                .toList();
        int total = 0;
        for (int weight : AGE_WEIGHTS) {
            total += weight;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < AGE_WEIGHTS.length && i < groups.size(); i++) {
            draw -= AGE_WEIGHTS[i];
            if (draw < 0) {
                return groups.get(i);
            }
        }
        return groups.get(0);
    }

    /** A table's cells: every combination of its always-present codes and of the codes someone has. */
    private List<Observation> table(
            Dataflow dataflow, String city, int year, boolean provisional, List<Person> people) {
        Map<Map<String, String>, Long> counts = new HashMap<>();
        for (Person person : people) {
            List<Map<String, String>> keys = List.of(new TreeMap<>());
            for (String dimension : dataflow.varying()) {
                Set<String> codes = new LinkedHashSet<>(codesOf(person, dimension));
                codes.add(dataflow.lists().get(dimension).total());
                codes.retainAll(dataflow.codes(dimension));
                List<Map<String, String>> wider = new ArrayList<>();
                for (Map<String, String> key : keys) {
                    for (String code : codes) {
                        Map<String, String> next = new TreeMap<>(key);
                        next.put(dimension, code);
                        wider.add(next);
                    }
                }
                keys = wider;
            }
            keys.forEach(key -> counts.merge(key, 1L, Long::sum));
        }
        List<Map<String, String>> always = List.of(new TreeMap<>());
        for (String dimension : dataflow.varying()) {
            CodeList list = dataflow.lists().get(dimension);
            List<Map<String, String>> wider = new ArrayList<>();
            for (Map<String, String> key : always) {
                for (String code : dataflow.codes(dimension)) {
                    if (list.code(code).map(Code::always).orElse(false)) {
                        Map<String, String> next = new TreeMap<>(key);
                        next.put(dimension, code);
                        wider.add(next);
                    }
                }
            }
            always = wider;
        }
        always.forEach(key -> counts.putIfAbsent(key, 0L));
        List<Observation> cells = new ArrayList<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey((a, b) -> a.toString().compareTo(b.toString())))
                .forEach(cell -> {
                    Map<String, String> key = new TreeMap<>(cell.getKey());
                    for (String dimension : structure.dimensions()) {
                        if (!key.containsKey(dimension)) {
                            key.put(
                                    dimension,
                                    switch (dimension) {
                                        case DataStructure.FREQ -> "A";
                                        case DataStructure.REF_AREA -> city;
                                        default -> dataflow.codes(dimension).get(0);
                                    });
                        }
                    }
                    cells.add(protect(dataflow.id() + key + year, key, dataflow.id(), cell.getValue(), provisional));
                });
        return cells;
    }

    private static List<String> codesOf(Person person, String dimension) {
        return switch (dimension) {
            case DataStructure.SEX -> List.of(person.sex());
            case DataStructure.AGE -> List.of(person.age());
            case DataStructure.CITIZEN -> List.copyOf(person.citizen());
            case DataStructure.C_BIRTH -> List.copyOf(person.birth());
            case DataStructure.PARTNER -> List.of(person.partner());
            default -> List.of();
        };
    }

    /** As a city publishes: under 5 withheld, 0 as it is, the others moved by -3..3 but never below 3. */
    private static Observation protect(
            String cellKey, Map<String, String> key, String dataflow, long count, boolean provisional) {
        String status = provisional ? "P" : "A";
        if (count > 0 && count < 5) {
            return new Observation(dataflow, key, OptionalLong.empty(), status, "A");
        }
        long noise = count == 0 ? 0 : Math.floorMod(cellKey.hashCode(), 7) - 3;
        long published = count + noise < 3 ? count : count + noise;
        return new Observation(dataflow, key, OptionalLong.of(published), status, "F");
    }
}
