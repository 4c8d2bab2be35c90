package org.welcomedesk.devstack.democity;

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

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A synthetic but realistic population of the demo city, for demos and benchmarks: households
 * of newcomers from many origins and of local residents, with names in their own scripts and
 * the varied Latin spellings clerks meet, partial birth dates, documents, arrivals, consents,
 * needs, and moves and departures after registration.
 *
 * <p>Its history is a city's: {@value #HISTORY_YEARS} years of arrivals, moves and departures
 * before {@code today}, more of them each year, peaking in late summer; a minority settled
 * before that (most local residents, some earlier migrants) and form the stock the history
 * starts from. Brazilians are the largest group of newcomers, Ukrainians arrive from March 2022
 * on; one in seven newcomers comes from another municipality of the country; temporary stays
 * mostly end as planned; some households move within the city, leave, and come back. Eastfield
 * grows: more arrivals and moves go there each year, into Eastfield (D11) before its split on
 * 1 January 2025 and into Eastfield North and South (D10, D12) from then on.
 *
 * <p>Pure and deterministic: the same seed and {@code today} always give the same population,
 * and every value satisfies the rules of the registry's domain.
 */
public final class SyntheticPopulation {

    /** The members in registration order (the reference person first) and what happens to them later. */
    public record Household(List<NewPerson> members, List<LaterEvent> laterEvents) {

        public Household {
            members = List.copyOf(members);
            laterEvents = List.copyOf(laterEvents);
        }
    }

    /** A residence event of one member (an index into the household's members), recorded after registration. */
    public record LaterEvent(int memberIndex, ResidenceEventFacts facts) {}

    /** Household sizes 1 to 7, per 100 households: many singles and couples, families of 3 to 6. */
    private static final int[] SIZE_WEIGHTS = {31, 25, 16, 14, 8, 4, 2};

    /** Years of arrivals, moves and departures before {@code today}. */
    public static final int HISTORY_YEARS = 8;

    // Eastfield (id 10, code D11) was split into Eastfield North (11, D10) and Eastfield South
    // (12, D12) on this day; the other districts date from 2000 (reference data).
    private static final LocalDate DISTRICT_SPLIT = LocalDate.of(2025, 1, 1);
    // Settled before the history: at most this many years before today.
    private static final int SETTLED_YEARS = 20;
    private static final long[] OLDER_DISTRICTS = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    // Newcomers gather near the station, the harbour and the market quarter.
    private static final int[] OLDER_DISTRICT_WEIGHTS = {10, 14, 8, 9, 13, 5, 15, 8, 7};
    private static final long EASTFIELD = 10;
    private static final long EASTFIELD_NORTH = 11;
    private static final long EASTFIELD_SOUTH = 12;
    // Ukrainians fleeing the war arrive from this month on.
    private static final LocalDate WAR_IN_UKRAINE = LocalDate.of(2022, 3, 1);
    /** Arrivals per month relative to the average: few in winter, most in August and September. */
    private static final double[] SEASON = {0.7, 0.65, 0.8, 0.9, 1.0, 1.1, 1.3, 1.7, 1.9, 1.3, 0.9, 0.7};

    private static final double PEAK_SEASON = Arrays.stream(SEASON).max().orElseThrow();

    private static final List<String> MUNICIPALITIES = Tables.lines("municipalities");
    // Where people go when they leave Portugal again, besides home.
    private static final List<String> ONWARD_COUNTRIES = Tables.lines("onward-countries");

    /** Fictional streets of the demo city, four to six per district (Eastfield before its split has both parts'). */
    private static final Map<Long, List<String>> STREETS = Tables.grouped("streets", Long::valueOf);

    private static final List<String> FLOORS = Tables.lines("floors");

    private static final Map<NeedCategory, List<String>> NEED_NOTES =
            Tables.grouped("need-notes", NeedCategory::valueOf);

    private final long seed;

    public SyntheticPopulation(long seed) {
        this.seed = seed;
    }

    /**
     * Households with exactly {@code people} members in total, as registered at the desk up to
     * {@code today}: no event, registration or birth falls after that day.
     */
    public List<Household> households(int people, LocalDate today) {
        if (people < 0) {
            throw new IllegalArgumentException("people must not be negative");
        }
        Objects.requireNonNull(today, "today");
        SplittableRandom random = new SplittableRandom(seed);
        List<Household> households = new ArrayList<>();
        int left = people;
        while (left > 0) {
            int size = Math.min(left, 1 + weighted(random, SIZE_WEIGHTS));
            households.add(new HouseholdDraft(random, today, pick(random, ORIGINS, ORIGIN_WEIGHTS)).build(size));
            left -= size;
        }
        return households;
    }

    // ---------------------------------------------------------------------------------------
    // One household

    /** Builds one household step by step; each step draws from the shared random source in order. */
    private static final class HouseholdDraft {

        private final SplittableRandom random;
        private final LocalDate today;
        private final Origin origin;
        // Within a family a name is usually spelt the same way in Latin script.
        private final Map<Name, Integer> spellings = new HashMap<>();
        private final List<Member> members = new ArrayList<>();
        private ResidenceEventFacts arrival;
        private double yearsHere;
        private String address;

        HouseholdDraft(SplittableRandom random, LocalDate today, Origin origin) {
            this.random = random;
            this.today = today;
            this.origin = origin;
        }

        Household build(int size) {
            arrival = arrival();
            yearsHere = ChronoUnit.DAYS.between(arrival.eventDate(), today) / 365.25;
            compose(size);
            address = address(arrival.districtId());
            List<NewPerson> people = new ArrayList<>();
            for (Member member : members) {
                people.add(newPerson(member));
            }
            return new Household(people, laterEvents());
        }

        // --- arrival ---------------------------------------------------------------------

        private ResidenceEventFacts arrival() {
            LocalDate eventDate;
            ResidenceEventType type;
            String country = null;
            String municipality = null;
            Integer intendedMonths = null;
            LocalDate historyStart = today.minusYears(HISTORY_YEARS);
            if (chance(origin.local ? 0.7 : 0.12)) {
                // Settled before the history begins: most local residents, some earlier migrants.
                LocalDate earliest = today.minusYears(SETTLED_YEARS);
                eventDate = earliest.plusDays(random.nextLong(ChronoUnit.DAYS.between(earliest, historyStart)));
            } else if (origin.country.equals("UA") && WAR_IN_UKRAINE.isBefore(today)) {
                // Fleeing the war: most in its first year, fewer since.
                eventDate = historyDate(max(historyStart, WAR_IN_UKRAINE), -0.7);
            } else {
                // More newcomers every year: twice as many in the last year as in the first.
                eventDate = historyDate(historyStart, 1.0);
            }
            if (origin.local) {
                type = ResidenceEventType.ARRIVAL_FROM_MUNICIPALITY;
                municipality = pick(random, MUNICIPALITIES);
            } else {
                if (chance(0.15)) {
                    type = ResidenceEventType.ARRIVAL_FROM_MUNICIPALITY;
                    municipality =
                            pick(random, origin.municipalities.isEmpty() ? MUNICIPALITIES : origin.municipalities);
                } else {
                    type = ResidenceEventType.ARRIVAL_FROM_ABROAD;
                    country = origin.transit.isEmpty() || chance(0.7) ? origin.country : pick(random, origin.transit);
                    intendedMonths = intendedMonths();
                }
            }
            LocalDate registered = min(today, eventDate.plusDays(delay(60)));
            return new ResidenceEventFacts(
                    type, eventDate, registered, district(eventDate, null), country, municipality, intendedMonths);
        }

        private Integer intendedMonths() {
            if (chance(0.08)) {
                return random.nextInt(3, 12); // a temporary stay: seasonal work, a course, a visit
            }
            return chance(0.55) ? null : pick(random, List.of(12, 12, 18, 24, 24, 36, 48, 60));
        }

        /**
         * A day from {@code from} to today, weighted by the season and by a trend: the weight
         * grows linearly by {@code growth} (a share, negative for a decline) from the first day
         * to the last.
         */
        private LocalDate historyDate(LocalDate from, double growth) {
            long days = ChronoUnit.DAYS.between(from, today) + 1;
            double highest = PEAK_SEASON * (1 + Math.max(0, growth));
            while (true) {
                long day = random.nextLong(days);
                LocalDate date = from.plusDays(day);
                double weight = SEASON[date.getMonthValue() - 1] * (1 + growth * day / days);
                if (random.nextDouble() * highest < weight) {
                    return date;
                }
            }
        }

        /** Days until something gets done: mostly soon, sometimes weeks later. */
        private long delay(int maxDays) {
            return Math.min(maxDays, (long) (-Math.log(1 - random.nextDouble()) * 9));
        }

        /**
         * A district of the city on that day (other than {@code other}): Eastfield draws more
         * people every year of the history, and from its split on they go to its two parts,
         * the new estates of the south most.
         */
        private Long district(LocalDate on, Long other) {
            double years = Math.max(0, ChronoUnit.DAYS.between(today.minusYears(HISTORY_YEARS), on) / 365.25);
            int eastfield = (int) Math.round(3 + 2.5 * years);
            long[] districts;
            int[] weights;
            if (on.isBefore(DISTRICT_SPLIT)) {
                districts = append(OLDER_DISTRICTS, EASTFIELD);
                weights = append(OLDER_DISTRICT_WEIGHTS, eastfield);
            } else {
                districts = append(append(OLDER_DISTRICTS, EASTFIELD_NORTH), EASTFIELD_SOUTH);
                weights = append(append(OLDER_DISTRICT_WEIGHTS, eastfield * 2 / 5), eastfield - eastfield * 2 / 5);
            }
            for (int i = 0; i < districts.length; i++) {
                if (Objects.equals(districts[i], other)) {
                    weights[i] = 0;
                }
            }
            return districts[weighted(random, weights)];
        }

        // --- members ---------------------------------------------------------------------

        private void compose(int size) {
            boolean couple = size >= 2 && (size == 2 ? chance(0.70) : chance(0.85));
            int relatives = 0;
            int slots = size - (couple ? 2 : 1);
            if (size == 2 && !couple) {
                relatives = chance(0.6) ? 0 : 1; // a single parent with a child, or two adults
            } else if (slots >= 4 && chance(0.15)) {
                relatives = 2;
            } else if (slots >= 2 ? chance(0.25) : slots == 1 && chance(0.10)) {
                relatives = 1;
            }
            int children = slots - relatives;

            Sex refSex;
            if (couple) {
                refSex = chance(origin.local ? 0.55 : Math.max(0.55, origin.maleShare)) ? Sex.M : Sex.F;
            } else if (children > 0) {
                refSex = chance(0.15) ? Sex.M : Sex.F;
            } else {
                refSex = chance(origin.maleShare) ? Sex.M : Sex.F;
            }
            int minAge = Math.max(20, ceilYearsHere() + 18 + (children > 0 ? 1 : 0));
            Member ref = adult(HouseholdRole.REFERENCE_PERSON, origin, refSex, referenceAge(minAge));
            ref.family = familyOfOwn(ref);
            ref.birthFamily = ref.family;
            members.add(ref);

            Member spouse = null;
            if (couple) {
                Origin spouseOrigin = partnerOrigin();
                boolean sameSex = (origin.local || origin.lusophone) && chance(0.03);
                Sex spouseSex = sameSex ? ref.sex : ref.sex == Sex.M ? Sex.F : Sex.M;
                int age = ref.age + (int) Math.round(random.nextGaussian() * 4) + (spouseSex == Sex.F ? -2 : 2);
                spouse = adult(
                        HouseholdRole.SPOUSE_OR_PARTNER,
                        spouseOrigin,
                        spouseSex,
                        clamp(age, children > 0 ? minAge : Math.max(18, minAge - 2), 75));
                spouse.family = familyOfOwn(spouse);
                spouse.birthFamily = spouse.family;
                marry(ref, spouse);
                members.add(spouse);
            }

            Member father = ref.sex == Sex.M ? ref : spouse != null && spouse.sex == Sex.M ? spouse : null;
            Member mother = ref.sex == Sex.F ? ref : spouse != null && spouse.sex == Sex.F ? spouse : null;
            if (children > 0) {
                addChildren(children, ref, spouse, father, mother);
            }
            for (int i = 0; i < relatives; i++) {
                members.add(relative(ref, size == 2));
            }
            assignSexX();
        }

        private int ceilYearsHere() {
            return (int) Math.ceil(yearsHere);
        }

        /** Age today of the reference person: most newcomers are young adults, local residents older. */
        private int referenceAge(int minAge) {
            double[] u = {
                random.nextDouble(), random.nextDouble(), random.nextDouble(), random.nextDouble(), random.nextDouble()
            };
            Arrays.sort(u);
            double shape = origin.local ? u[2] : u[1]; // Beta(3,3) or Beta(2,4)
            return clamp(20 + (int) (50 * shape), Math.min(minAge, 70), 70);
        }

        private Origin partnerOrigin() {
            if (origin.lusophone && chance(0.15)) {
                return ORIGINS.get(0); // a Portuguese partner
            }
            if (!origin.partnerOrigins.isEmpty() && chance(0.12)) {
                return byCountry(pick(random, origin.partnerOrigins));
            }
            return origin;
        }

        private void addChildren(int count, Member ref, Member spouse, Member father, Member mother) {
            int youngestParent = spouse == null ? ref.age : Math.min(ref.age, spouse.age);
            int lower = ceilYearsHere(); // born before the household arrived
            int upper = Math.min(youngestParent - 18, 17 + lower + (origin.local ? 8 : 2));
            upper = Math.max(lower, upper);
            int[] ages = new int[count];
            for (int i = 0; i < count; i++) {
                ages[i] = random.nextInt(lower, upper + 1);
            }
            Arrays.sort(ages);
            // A child's other parent may not live here; the name still comes from them.
            Member namingFather = father != null ? father : phantom(Sex.M);
            Member namingMother = mother != null ? mother : phantom(Sex.F);
            boolean mothersName = father == null && chance(0.5);
            for (int i = count - 1; i >= 0; i--) {
                Member child = new Member(HouseholdRole.CHILD, origin, chance(0.51) ? Sex.M : Sex.F);
                child.born = birthBeforeArrival(ages[i]);
                child.age = ageOn(child.born);
                child.given = givenNames(child);
                child.family = childFamily(child, namingFather, namingMother, mothersName);
                child.birthFamily = child.family;
                if (spouse != null && spouse.origin != origin) {
                    child.secondOrigin = spouse.origin;
                }
                members.add(child);
            }
        }

        private Member relative(Member ref, boolean twoAdults) {
            int roll = random.nextInt(100);
            HouseholdRole role = twoAdults
                    ? roll < 40
                            ? HouseholdRole.SIBLING
                            : roll < 70 ? HouseholdRole.OTHER_RELATIVE : HouseholdRole.NOT_RELATED
                    : roll < 45
                            ? HouseholdRole.PARENT
                            : roll < 75
                                    ? HouseholdRole.SIBLING
                                    : roll < 95 ? HouseholdRole.OTHER_RELATIVE : HouseholdRole.NOT_RELATED;
            int minAge = ceilYearsHere();
            Member relative;
            switch (role) {
                case PARENT -> {
                    Sex sex = chance(0.65) ? Sex.F : Sex.M; // mostly widowed mothers
                    relative = adult(role, origin, sex, clamp(ref.age + random.nextInt(20, 36), minAge, 95));
                    relative.family = parentFamily(ref, relative);
                    if (origin.naming == Naming.PATRONYMIC && sex == Sex.M && !ref.birthFamily.isEmpty()) {
                        relative.given = List.of(ref.birthFamily.get(0));
                    }
                }
                case SIBLING -> {
                    relative = adult(
                            role,
                            origin,
                            chance(0.5) ? Sex.M : Sex.F,
                            clamp(ref.age + random.nextInt(-8, 9), Math.max(minAge, 14), 80));
                    relative.family =
                            origin.femaleFamilyRate > 0 && relative.sex == Sex.F && chance(origin.femaleFamilyRate)
                                    ? List.of(pick(random, origin.names.femaleFamily))
                                    : ref.birthFamily;
                }
                case OTHER_RELATIVE -> {
                    relative = adult(
                            role,
                            origin,
                            chance(0.5) ? Sex.M : Sex.F,
                            random.nextInt(Math.max(minAge, 3), Math.max(minAge, 3) + 55));
                    relative.family = chance(0.5) ? ref.birthFamily : familyOfOwn(relative);
                }
                default -> {
                    relative = adult(
                            role,
                            origin,
                            chance(0.6) ? Sex.M : Sex.F,
                            clamp(ref.age + random.nextInt(-10, 11), Math.max(18, minAge), 75));
                    relative.family = familyOfOwn(relative);
                }
            }
            relative.birthFamily = relative.family;
            return relative;
        }

        /** A few people record their sex as X; their names stay as chosen. */
        private void assignSexX() {
            for (Member member : members) {
                if (member.age >= 16 && chance(0.003)) {
                    member.sex = Sex.X;
                }
            }
        }

        private Member adult(HouseholdRole role, Origin from, Sex sex, int age) {
            Member member = new Member(role, from, sex);
            member.born = birthBeforeArrival(age);
            member.age = ageOn(member.born);
            member.given = givenNames(member);
            return member;
        }

        /** A parent who does not live in the household, needed only to name the children. */
        private Member phantom(Sex sex) {
            Member parent = new Member(HouseholdRole.NOT_RELATED, origin, sex);
            parent.given = givenNames(parent);
            parent.family = familyOfOwn(parent);
            parent.birthFamily = parent.family;
            return parent;
        }

        private LocalDate birthBeforeArrival(int age) {
            LocalDate born = today.minusYears(age).minusDays(random.nextInt(365));
            if (born.isAfter(arrival.eventDate())) {
                born = arrival.eventDate().minusDays(random.nextInt(1, 200));
            }
            return born;
        }

        private int ageOn(LocalDate born) {
            return Period.between(born, today).getYears();
        }

        // --- names -----------------------------------------------------------------------

        private List<Name> givenNames(Member member) {
            Names names = member.origin.names;
            List<Name> list = member.sex == Sex.F ? names.female : names.male;
            List<Name> given = new ArrayList<>();
            for (int attempt = 0; attempt < 6; attempt++) {
                Name name = pick(random, list);
                // Brothers and sisters, parents and children rarely share a first name.
                boolean taken = members.stream()
                        .anyMatch(m -> !m.given.isEmpty() && m.given.get(0).equals(name));
                if (!taken || attempt == 5) {
                    given.add(name);
                    break;
                }
            }
            if (chance(member.origin.secondGivenRate)) {
                Name second = pick(random, list);
                if (!second.equals(given.get(0))) {
                    given.add(second);
                }
            }
            return List.copyOf(given);
        }

        /** The family names a person was born with, when not derived from someone in the household. */
        private List<Name> familyOfOwn(Member member) {
            Origin from = member.origin;
            Names names = from.names;
            return switch (from.naming) {
                case LUSOPHONE ->
                    chance(0.7)
                            ? distinct(pick(random, names.family), pick(random, names.family))
                            : List.of(pick(random, names.family));
                case PATRONYMIC ->
                    from.country.equals("SO") || chance(0.4)
                            ? distinct(pick(random, names.family), pick(random, names.family))
                            : List.of(pick(random, names.family));
                case SIKH ->
                    chance(0.55) ? List.of(from.familyPrefix, pick(random, names.family)) : List.of(from.familyPrefix);
                default -> {
                    if (chance(from.noFamilyRate)) {
                        yield List.of();
                    }
                    if (member.sex == Sex.F && chance(from.femaleFamilyRate)) {
                        yield List.of(pick(random, names.femaleFamily));
                    }
                    yield List.of(pick(random, names.family));
                }
            };
        }

        private static List<Name> distinct(Name first, Name second) {
            return first.equals(second) ? List.of(first) : List.of(first, second);
        }

        /** Naming at marriage: where the custom is, the wife takes (or adds) her husband's name. */
        private void marry(Member ref, Member spouse) {
            if (ref.sex == spouse.sex || ref.origin != spouse.origin) {
                return;
            }
            Member husband = ref.sex == Sex.M ? ref : spouse;
            Member wife = husband == ref ? spouse : ref;
            Origin from = ref.origin;
            if (!chance(from.wifeTakesRate)) {
                return;
            }
            switch (from.naming) {
                case LUSOPHONE -> wife.family = distinct(wife.family.get(0), last(husband.family));
                case SIKH ->
                    wife.family =
                            husband.family.size() > 1 ? List.of(from.familyPrefix, husband.family.get(1)) : wife.family;
                default -> wife.family = husband.family;
            }
        }

        private List<Name> childFamily(Member child, Member father, Member mother, boolean mothersName) {
            Origin from = origin;
            switch (from.naming) {
                case LUSOPHONE -> {
                    // Portuguese order: mother's last surname, then the father's.
                    return distinct(last(mother.family), last(father.family));
                }
                case PATRONYMIC -> {
                    // The father's name, then his father's: no family name passed down.
                    Name grandfather = father.family.isEmpty() ? null : father.family.get(0);
                    return grandfather == null || (!from.country.equals("SO") && chance(0.35))
                            ? List.of(father.given.get(0))
                            : List.of(father.given.get(0), grandfather);
                }
                case SIKH -> {
                    return father.family.size() > 1
                            ? List.of(from.familyPrefix, father.family.get(1))
                            : List.of(from.familyPrefix);
                }
                default -> {
                    if (child.sex == Sex.F && chance(from.femaleFamilyRate)) {
                        return List.of(pick(random, from.names.femaleFamily));
                    }
                    return mothersName ? mother.family : father.birthFamily;
                }
            }
        }

        private List<Name> parentFamily(Member ref, Member parent) {
            Origin from = origin;
            if (from.naming == Naming.LUSOPHONE) {
                // The reference person's first surname is the mother's, the last the father's.
                Name own = pick(random, from.names.family);
                return parent.sex == Sex.M
                        ? distinct(own, last(ref.birthFamily))
                        : distinct(own, ref.birthFamily.isEmpty() ? own : ref.birthFamily.get(0));
            }
            if (from.naming == Naming.PATRONYMIC) {
                return parent.sex == Sex.M && ref.birthFamily.size() > 1
                        ? List.of(ref.birthFamily.get(1))
                        : familyOfOwn(parent);
            }
            if (from.naming == Naming.SIKH) {
                return ref.birthFamily.size() > 1
                        ? List.of(from.familyPrefix, ref.birthFamily.get(1))
                        : List.of(from.familyPrefix);
            }
            if (parent.sex == Sex.M || chance(from.wifeTakesRate)) {
                return ref.birthFamily;
            }
            return familyOfOwn(parent);
        }

        private static Name last(List<Name> names) {
            return names.get(names.size() - 1);
        }

        /** The Latin spelling of a name in this household: usually the family's, sometimes another. */
        private int spelling(Name name) {
            if (name.spellings() == 1) {
                return 0;
            }
            Integer usual = spellings.get(name);
            if (usual == null || chance(0.08)) {
                int chosen = chance(0.6) ? 0 : random.nextInt(1, name.spellings());
                if (usual == null) {
                    spellings.put(name, chosen);
                }
                return chosen;
            }
            return usual;
        }

        // --- details ---------------------------------------------------------------------

        private NewPerson newPerson(Member member) {
            Origin from = member.origin;
            Sex nameSex = member.nameSex;
            // Some clerks copy only the passport's Latin form; some Somalis write their own orthography.
            boolean latinOnly = chance(0.10);
            boolean ownOrthography = chance(from.ownOrthographyRate);
            boolean folded = chance(from.foldRate);
            String[] given = render(member.given, nameSex, latinOnly, ownOrthography);
            String[] family = render(member.family, nameSex, latinOnly, ownOrthography);

            Set<String> languages = languages(member);
            String preferred = languages.iterator().next();
            boolean commonLanguage = languages.contains("pt") || languages.contains("en") || languages.contains("fr");
            boolean interpreter = member.age >= 12
                    && (commonLanguage ? !languages.contains("pt") && yearsHere < 1 && chance(0.10) : chance(0.85));

            member.citizenships = citizenships(member);
            Birth birth = birth(member);
            PersonDetails details = new PersonDetails(
                    given[0],
                    family[0],
                    latinField(given, folded),
                    latinField(family, folded),
                    from.order,
                    member.sex,
                    birth.year,
                    birth.month,
                    birth.day,
                    birth.estimated,
                    Collections.unmodifiableSet(member.citizenships),
                    countryOfBirth(member),
                    Collections.unmodifiableSet(languages),
                    preferred,
                    interpreter,
                    member.age >= 14 && chance(0.9) ? phone(from) : null,
                    member.age >= 16 && chance(0.42) ? email(given[1], family[1], from) : null,
                    address);
            return new NewPerson(
                    details,
                    member.role,
                    documents(member, details),
                    arrival,
                    consents(),
                    member.role == HouseholdRole.REFERENCE_PERSON ? needs(member) : List.of());
        }

        /** The written form and its Latin spelling, each joined with spaces, or nulls without names. */
        private String[] render(List<Name> names, Sex sex, boolean latinOnly, boolean ownOrthography) {
            if (names.isEmpty()) {
                return new String[] {null, null};
            }
            StringBuilder written = new StringBuilder();
            StringBuilder latin = new StringBuilder();
            for (Name name : names) {
                String spelt = name.latin(spelling(name), sex);
                String own = name.written(sex);
                boolean ownScript = !isLatin(own);
                written.append(written.length() == 0 ? "" : " ")
                        .append(ownScript && !latinOnly || !ownScript && ownOrthography ? own : spelt);
                latin.append(latin.length() == 0 ? "" : " ").append(spelt);
            }
            return new String[] {written.toString(), latin.toString()};
        }

        /** The transliteration field: left empty when the written form already is the Latin one. */
        private static String latinField(String[] rendered, boolean folded) {
            if (rendered[0] == null) {
                return null;
            }
            String latin = folded ? fold(rendered[1]) : rendered[1];
            return latin.equals(rendered[0]) ? null : latin;
        }

        /** A date of birth as recorded: the parts known, and whether it is estimated. */
        private record Birth(Integer year, Integer month, Integer day, boolean estimated) {}

        /** The birth date as recorded: often only the year or month is known, or it is estimated. */
        private Birth birth(Member member) {
            LocalDate born = member.born;
            Integer year = born.getYear();
            Integer month = born.getMonthValue();
            Integer day = born.getDayOfMonth();
            boolean estimated = false;
            double roll = random.nextDouble();
            if (roll < 0.15) {
                month = null;
                day = null;
                estimated = chance(0.25);
            } else if (roll < 0.25) {
                day = null;
                estimated = chance(0.2);
            } else if (member.origin.newYearBirthdays && chance(0.3)) {
                // Where births were not registered, papers often give 1 January of an estimated year.
                month = 1;
                day = 1;
                estimated = chance(0.5);
            } else {
                estimated = chance(0.03);
            }
            return new Birth(year, month, day, estimated);
        }

        private Set<String> languages(Member member) {
            Origin from = member.origin;
            Set<String> languages = new LinkedHashSet<>();
            languages.add(from.language);
            if (from.secondLanguage != null && chance(from.secondLanguageRate)) {
                languages.add(from.secondLanguage);
            }
            if (member.secondOrigin != null) {
                languages.add(member.secondOrigin.language);
            }
            // Portuguese comes with time, fastest for children at school.
            double portuguese = member.age < 4 ? 0 : member.age < 18 ? yearsHere * 0.5 : yearsHere * 0.15;
            if (chance(Math.min(0.9, portuguese))) {
                languages.add("pt");
            }
            if (member.age >= 10 && chance(member.age < 40 ? from.english * 1.3 : from.english * 0.7)) {
                languages.add("en");
            }
            if (member.age >= 10 && chance(from.french)) {
                languages.add("fr");
            }
            // At most three, the ones first added (the person's own) kept.
            Set<String> firstThree = new LinkedHashSet<>();
            languages.stream().limit(3).forEach(firstThree::add);
            return firstThree;
        }

        private Set<String> citizenships(Member member) {
            if (member.role == HouseholdRole.CHILD) {
                // Children hold their parents' citizenships (none if stateless): each parent's
                // first, then others, two at most.
                List<Set<String>> parents = members.stream()
                        .filter(m ->
                                m.role == HouseholdRole.REFERENCE_PERSON || m.role == HouseholdRole.SPOUSE_OR_PARTNER)
                        .map(m -> m.citizenships)
                        .toList();
                Set<String> inherited = new LinkedHashSet<>();
                parents.forEach(p -> p.stream().limit(1).forEach(inherited::add));
                parents.forEach(p -> p.forEach(inherited::add));
                return inherited.stream().limit(2).collect(Collectors.toCollection(LinkedHashSet::new));
            }
            return nationalities(member.origin);
        }

        private Set<String> nationalities(Origin from) {
            Set<String> citizenships = new LinkedHashSet<>();
            if (chance(from.statelessRate)) {
                return citizenships;
            }
            citizenships.add(from.country);
            if (!from.dualCitizenships.isEmpty() && chance(from.dualRate)) {
                citizenships.add(pick(random, from.dualCitizenships));
            }
            return citizenships;
        }

        private String countryOfBirth(Member member) {
            Origin from = member.origin;
            if (member.role == HouseholdRole.CHILD
                    && !from.transit.isEmpty()
                    && !from.local
                    && member.age - yearsHere < 4
                    && chance(0.3)) {
                return pick(random, from.transit); // born while the family was on its way
            }
            if (member.role != HouseholdRole.CHILD && !from.bornElsewhere.isEmpty() && chance(from.bornElsewhereRate)) {
                return pick(random, from.bornElsewhere);
            }
            return from.country;
        }

        private String phone(Origin from) {
            if (!from.local && from.callingCode != null && yearsHere < 1 && chance(0.25)) {
                return "+" + from.callingCode + " " + digits(3) + " " + digits(3) + " " + digits(3);
            }
            String number = "9" + "1236".charAt(random.nextInt(4)) + digits(1) + " " + digits(3) + " " + digits(3);
            double form = random.nextDouble();
            return form < 0.6 ? "+351 " + number : form < 0.9 ? number : "+351" + number.replace(" ", "");
        }

        private String email(String givenLatin, String familyLatin, Origin from) {
            // The name people are called by: for family-first names, the last of the given names.
            String first = asciiWord(
                    givenLatin == null
                            ? familyLatin
                            : from.order == NameOrder.FAMILY_FIRST ? lastWord(givenLatin) : firstWord(givenLatin));
            String second = familyLatin == null ? "" : asciiWord(lastWord(familyLatin));
            if (first.isEmpty()) {
                first = "contact";
            }
            String separator = second.isEmpty() ? "" : pick(random, List.of(".", ".", "_", ""));
            String number = chance(0.45) ? String.valueOf(random.nextInt(1, 100)) : "";
            String domain = pick(random, from.emailDomains.isEmpty() ? List.of("gmail.com") : from.emailDomains);
            return first + separator + second + number + "@" + domain;
        }

        private String address(Long district) {
            if (chance(0.04)) {
                return null; // not yet known at registration
            }
            if (origin.refugeeRate > 0 && yearsHere < 0.5 && chance(origin.refugeeRate * 0.4)) {
                return "Centro de Acolhimento Temporário, " + pick(random, STREETS.get(district)) + " "
                        + random.nextInt(1, 40);
            }
            String street = pick(random, STREETS.get(district)) + " " + random.nextInt(1, 240)
                    + (chance(0.7) ? ", " + pick(random, FLOORS) : "");
            return chance(0.4) ? street + ", 4" + digits(3) + "-" + digits(3) + " Riverside" : street;
        }

        // --- documents, consents, needs --------------------------------------------------

        private List<NewPerson.Document> documents(Member member, PersonDetails details) {
            Origin from = member.origin;
            List<String> citizenships = List.copyOf(details.citizenships());
            String country = citizenships.isEmpty() ? null : citizenships.get(0);
            List<NewPerson.Document> documents = new ArrayList<>();
            if (member.age < 18) {
                if (country != null && chance(0.3)) {
                    documents.add(passport(from, country, 5, member.born));
                } else if (chance(0.15)) {
                    documents.add(new NewPerson.Document(
                            DocumentType.BIRTH_CERTIFICATE,
                            number("###/" + member.born.getYear()),
                            details.countryOfBirth(),
                            null));
                }
                return documents;
            }
            int count = weighted(random, new int[] {15, 50, 35});
            List<DocumentType> wanted = new ArrayList<>();
            boolean refugee = !from.local && chance(from.refugeeRate);
            if (from.local) {
                wanted.add(DocumentType.NATIONAL_ID);
                wanted.add(DocumentType.PASSPORT);
            } else if (country == null) {
                wanted.add(chance(0.5) ? DocumentType.TRAVEL_DOCUMENT : DocumentType.REFUGEE_DOCUMENT);
                wanted.add(DocumentType.RESIDENCE_PERMIT);
            } else {
                if (!refugee || chance(0.6)) {
                    wanted.add(DocumentType.PASSPORT);
                }
                wanted.add(refugee && chance(0.6) ? DocumentType.REFUGEE_DOCUMENT : DocumentType.RESIDENCE_PERMIT);
                if (from.nationalId != null) {
                    // Some show their identity card instead of a passport.
                    wanted.add(chance(0.3) ? 0 : wanted.size(), DocumentType.NATIONAL_ID);
                }
            }
            for (DocumentType type : wanted) {
                if (documents.size() >= count) {
                    break;
                }
                NewPerson.Document document = document(type, member, country);
                if (document != null) {
                    documents.add(document);
                }
            }
            return documents;
        }

        private NewPerson.Document document(DocumentType type, Member member, String country) {
            Origin from = member.origin;
            LocalDate arrived = arrival.registrationDate();
            return switch (type) {
                case PASSPORT -> passport(from, country, chance(0.6) ? 10 : 5, member.born);
                case NATIONAL_ID -> {
                    LocalDate issued = arrived.minusDays(random.nextInt(30, 2500));
                    String pattern = country.equals("PT")
                            ? PT_NATIONAL_ID
                            : country.equals(from.country) ? from.nationalId : "#########";
                    yield new NewPerson.Document(
                            type, number(pattern), country, chance(0.25) ? null : issued.plusYears(10));
                }
                case RESIDENCE_PERMIT -> {
                    LocalDate issued = arrived.plusDays(random.nextInt(30, 200));
                    if (issued.isAfter(today)) {
                        yield null; // not issued yet
                    }
                    LocalDate expiry = issued.plusYears(chance(0.3) ? 1 : 2);
                    // Most renew in time; some permits lapse while waiting for an appointment.
                    while (expiry.isBefore(today) && chance(0.75)) {
                        expiry = expiry.plusYears(2);
                    }
                    yield new NewPerson.Document(type, number("#########"), "PT", expiry);
                }
                case REFUGEE_DOCUMENT, TRAVEL_DOCUMENT -> {
                    LocalDate issued = arrived.plusDays(random.nextInt(60, 300));
                    if (issued.isAfter(today)) {
                        yield null;
                    }
                    yield new NewPerson.Document(
                            type,
                            number(type == DocumentType.REFUGEE_DOCUMENT ? "RF#######" : "TD#######"),
                            "PT",
                            issued.plusYears(5));
                }
                default -> null;
            };
        }

        private NewPerson.Document passport(Origin from, String country, int years, LocalDate born) {
            LocalDate issued = max(born.plusDays(20), arrival.eventDate().minusDays(random.nextInt(10, 2000)));
            Origin issuer = country.equals(from.country) ? from : byCountry(country);
            String pattern = issuer != null && issuer.passport != null ? issuer.passport : "@@#######";
            return new NewPerson.Document(DocumentType.PASSPORT, number(pattern), country, issued.plusYears(years));
        }

        /** A number following a pattern: @ a capital letter, # a digit, anything else as is. */
        private String number(String pattern) {
            StringBuilder number = new StringBuilder();
            for (char c : pattern.toCharArray()) {
                number.append(
                        c == '@'
                                ? (char) ('A' + random.nextInt(26))
                                : c == '#' ? (char) ('0' + random.nextInt(10)) : c);
            }
            return number.toString();
        }

        private String digits(int count) {
            return number("#".repeat(count));
        }

        private Set<ConsentPurpose> consents() {
            Set<ConsentPurpose> consents = EnumSet.noneOf(ConsentPurpose.class);
            if (chance(0.97)) {
                consents.add(ConsentPurpose.REGISTRATION);
            }
            if (chance(0.6)) {
                consents.add(ConsentPurpose.SHARING_WITH_PARTNERS);
            }
            if (chance(0.5)) {
                consents.add(ConsentPurpose.BEING_CONTACTED);
            }
            return consents;
        }

        /** Needs assessed at the first visit of a recently arrived household's reference person. */
        private List<Need> needs(Member ref) {
            if (origin.local || yearsHere > 1.5) {
                return List.of();
            }
            int count = weighted(random, new int[] {20, 35, 30, 15});
            long schoolChildren = members.stream()
                    .filter(m -> m.role == HouseholdRole.CHILD && m.age >= 6)
                    .count();
            boolean smallChildren = members.stream().anyMatch(m -> m.role == HouseholdRole.CHILD && m.age < 6);
            List<NeedCategory> candidates = new ArrayList<>(List.of(
                    NeedCategory.HOUSING,
                    NeedCategory.HOUSING,
                    NeedCategory.EMPLOYMENT,
                    NeedCategory.EMPLOYMENT,
                    NeedCategory.DOCUMENTATION,
                    NeedCategory.HEALTH,
                    NeedCategory.SOCIAL_PROTECTION,
                    NeedCategory.OTHER));
            if (!origin.lusophone) {
                candidates.addAll(List.of(NeedCategory.LANGUAGE, NeedCategory.LANGUAGE, NeedCategory.LANGUAGE));
            }
            if (origin.refugeeRate > 0.3) {
                candidates.addAll(List.of(NeedCategory.LEGAL, NeedCategory.LEGAL));
            }
            if (schoolChildren > 0) {
                candidates.addAll(List.of(NeedCategory.EDUCATION, NeedCategory.EDUCATION));
            }
            if (smallChildren) {
                candidates.add(NeedCategory.CHILD_CARE);
            }
            List<Need> needs = new ArrayList<>();
            Set<NeedCategory> chosen = EnumSet.noneOf(NeedCategory.class);
            while (chosen.size() < count) {
                NeedCategory category = pick(random, candidates);
                if (chosen.add(category)) {
                    List<String> notes = NEED_NOTES.get(category).stream()
                            .filter(note -> fits(note, ref, schoolChildren, smallChildren))
                            .toList();
                    String note = pick(random, notes)
                            .replace("{size}", word(members.size()))
                            .replace(
                                    "{children}",
                                    schoolChildren == 1 ? "one child" : word((int) schoolChildren) + " children");
                    needs.add(new Need(category, note));
                }
            }
            return needs;
        }

        /** Whether a note makes sense for this household, so notes never contradict the record. */
        private boolean fits(String note, Member ref, long schoolChildren, boolean smallChildren) {
            return (!note.contains("{size}") || members.size() >= 3)
                    && (!note.contains("{children}") || schoolChildren > 0)
                    && (!note.contains("small child") || smallChildren)
                    && (!note.contains("Pregnancy") || ref.sex == Sex.F && ref.age < 45)
                    && (!note.contains("temporary protection") || origin.country.equals("UA"))
                    && (!note.contains("Asylum") || !origin.country.equals("UA"))
                    && (!note.contains("for spouse") || members.size() == 1)
                    && (!note.contains("youngest child") || schoolChildren > 0 || smallChildren)
                    && (!note.contains("Latin script")
                            || !origin.names
                                    .male
                                    .get(0)
                                    .written()
                                    .equals(origin.names.male.get(0).latin().get(0)));
        }

        private static String word(int n) {
            return List.of("zero", "one", "two", "three", "four", "five", "six", "seven")
                    .get(Math.min(n, 7));
        }

        // --- after registration ----------------------------------------------------------

        /**
         * Moves, departures and returns after registration and within the history, for about a
         * third of households: one or two occasions, each concerning the whole household or one
         * adult. Most temporary stays end when planned, with the household leaving again.
         */
        private List<LaterEvent> laterEvents() {
            List<LaterEvent> events = new ArrayList<>();
            LocalDate after = max(arrival.registrationDate().plusDays(14), today.minusYears(HISTORY_YEARS));
            if (!after.isBefore(today)) {
                return events;
            }
            Integer planned = arrival.intendedMonths();
            boolean leavesAsPlanned = planned != null
                    && planned < 12
                    && arrival.type() == ResidenceEventType.ARRIVAL_FROM_ABROAD
                    && arrival.eventDate().isAfter(today.minusYears(HISTORY_YEARS))
                    && chance(0.75);
            if (!leavesAsPlanned && !chance(0.28)) {
                return events;
            }
            Long[] district = new Long[members.size()];
            Arrays.fill(district, arrival.districtId());
            String[] wentTo = new String[members.size()];
            boolean[] abroad = new boolean[members.size()];
            int occasions = chance(leavesAsPlanned ? 0.2 : 0.3) ? 2 : 1;
            for (int occasion = 0; occasion < occasions && after.isBefore(today); occasion++) {
                LocalDate date;
                if (occasion == 0 && leavesAsPlanned) {
                    date = max(after, arrival.eventDate().plusMonths(planned).plusDays(random.nextInt(-10, 11)));
                    if (date.isAfter(today)) {
                        break; // still here, as planned
                    }
                } else {
                    date = after.plusDays(random.nextLong(ChronoUnit.DAYS.between(after, today) + 1));
                }
                LocalDate registered = min(today, date.plusDays(delay(30)));
                List<Integer> away = new ArrayList<>();
                for (int i = 0; i < members.size(); i++) {
                    if (district[i] == null) {
                        away.add(i);
                    }
                }
                if (!away.isEmpty() && chance(0.7)) {
                    // Those who left come back, from where they went.
                    Long to = district(date, null);
                    for (int i : away) {
                        ResidenceEventFacts facts = abroad[i]
                                ? new ResidenceEventFacts(
                                        ResidenceEventType.ARRIVAL_FROM_ABROAD,
                                        date,
                                        registered,
                                        to,
                                        wentTo[i],
                                        null,
                                        null)
                                : new ResidenceEventFacts(
                                        ResidenceEventType.ARRIVAL_FROM_MUNICIPALITY,
                                        date,
                                        registered,
                                        to,
                                        null,
                                        wentTo[i],
                                        null);
                        events.add(new LaterEvent(i, facts));
                        district[i] = to;
                    }
                } else {
                    List<Integer> here = new ArrayList<>();
                    for (int i = 0; i < members.size(); i++) {
                        if (district[i] != null) {
                            here.add(i);
                        }
                    }
                    if (here.isEmpty()) {
                        break;
                    }
                    List<Integer> adults =
                            here.stream().filter(i -> members.get(i).age >= 18).toList();
                    boolean everyone =
                            occasion == 0 && leavesAsPlanned || adults.isEmpty() || here.size() == 1 || chance(0.7);
                    List<Integer> who = everyone ? here : List.of(pick(random, adults));
                    Occasion kind = occasion == 0 && leavesAsPlanned ? Occasion.HOME : occasion();
                    events.addAll(occasion(kind, who, district, wentTo, abroad, date, registered));
                }
                after = date.plusDays(14);
            }
            events.sort(Comparator.comparing((LaterEvent e) -> e.facts().eventDate())
                    .thenComparingInt(LaterEvent::memberIndex));
            return events;
        }

        /** What happens on an occasion: half move within the city, a quarter go abroad, a quarter elsewhere in the country. */
        private Occasion occasion() {
            int roll = random.nextInt(100);
            return roll < 50 ? Occasion.MOVE : roll < 75 ? Occasion.ABROAD : Occasion.MUNICIPALITY;
        }

        private List<LaterEvent> occasion(
                Occasion kind,
                List<Integer> who,
                Long[] district,
                String[] wentTo,
                boolean[] abroad,
                LocalDate date,
                LocalDate registered) {
            List<LaterEvent> events = new ArrayList<>();
            switch (kind) {
                case MOVE -> {
                    Long to = district(date, district[who.get(0)]);
                    for (int i : who) {
                        events.add(new LaterEvent(
                                i,
                                new ResidenceEventFacts(
                                        ResidenceEventType.MOVE_WITHIN_CITY, date, registered, to, null, null, null)));
                        district[i] = to;
                    }
                }
                case ABROAD, HOME -> {
                    String country = kind == Occasion.HOME && arrival.otherCountry() != null
                            ? arrival.otherCountry()
                            : chance(0.5) ? origin.country : pick(random, ONWARD_COUNTRIES);
                    Integer months = null; // how long they mean to stay away, when they say
                    if (kind == Occasion.ABROAD && chance(0.3)) {
                        months = random.nextInt(3, 12);
                    } else if (chance(0.5)) {
                        months = 24;
                    }
                    for (int i : who) {
                        events.add(new LaterEvent(
                                i,
                                new ResidenceEventFacts(
                                        ResidenceEventType.DEPARTURE_ABROAD,
                                        date,
                                        registered,
                                        null,
                                        country,
                                        null,
                                        months)));
                        district[i] = null;
                        wentTo[i] = country;
                        abroad[i] = true;
                    }
                }
                case MUNICIPALITY -> {
                    String municipality = pick(random, MUNICIPALITIES);
                    for (int i : who) {
                        events.add(new LaterEvent(
                                i,
                                new ResidenceEventFacts(
                                        ResidenceEventType.DEPARTURE_TO_MUNICIPALITY,
                                        date,
                                        registered,
                                        null,
                                        null,
                                        municipality,
                                        null)));
                        district[i] = null;
                        wentTo[i] = municipality;
                        abroad[i] = false;
                    }
                }
            }
            return events;
        }

        private boolean chance(double probability) {
            return random.nextDouble() < probability;
        }
    }

    /** What happens to a household (or one adult) after registration. */
    private enum Occasion {
        /** A move to another district of the city. */
        MOVE,
        /** A departure abroad. */
        ABROAD,
        /** A departure to another municipality of the country. */
        MUNICIPALITY,
        /** The planned end of a temporary stay: back to where they came from. */
        HOME
    }

    /** A person being put together: who they are in the household and the names they carry. */
    private static final class Member {
        final HouseholdRole role;
        final Origin origin;
        Sex sex;
        LocalDate born;
        int age;
        List<Name> given = List.of();
        List<Name> family = List.of();
        // Before marriage: what a man passes on to his children and a woman to hers.
        List<Name> birthFamily;
        Origin secondOrigin;
        // The sex the names were chosen for (X is recorded later, the names stay).
        final Sex nameSex;
        Set<String> citizenships;

        Member(HouseholdRole role, Origin origin, Sex sex) {
            this.role = role;
            this.origin = origin;
            this.sex = sex;
            this.nameSex = sex;
        }
    }

    // ---------------------------------------------------------------------------------------
    // Names

    /**
     * One name as written in its own script (masculine and feminine form where the language
     * inflects names) and its Latin spellings, the most usual first. Written as
     * {@code written=latin,latin} with {@code masculine~feminine} forms, or just the Latin.
     */
    private record Name(String written, String writtenFeminine, List<String> latin, List<String> latinFeminine) {

        static Name of(String spec) {
            String[] parts = spec.strip().split("=", 2);
            String[] variants = parts[parts.length - 1].split(",");
            List<String> latin = new ArrayList<>();
            List<String> latinFeminine = new ArrayList<>();
            for (String variant : variants) {
                String[] forms = variant.strip().split("~", 2);
                latin.add(forms[0]);
                latinFeminine.add(forms[forms.length - 1]);
            }
            String[] written = parts.length == 2
                    ? parts[0].strip().split("~", 2)
                    : new String[] {latin.get(0), latinFeminine.get(0)};
            return new Name(written[0], written[written.length - 1], List.copyOf(latin), List.copyOf(latinFeminine));
        }

        String written(Sex sex) {
            return sex == Sex.F ? writtenFeminine : written;
        }

        String latin(int spelling, Sex sex) {
            return (sex == Sex.F ? latinFeminine : latin).get(spelling);
        }

        int spellings() {
            return latin.size();
        }
    }

    /** The names of an origin: given names by sex, family names, and family names only women carry. */
    private record Names(List<Name> female, List<Name> male, List<Name> family, List<Name> femaleFamily) {

        /** The tables {@code names/<origin>-female}, {@code -male}, {@code -family} and {@code -female-family}. */
        static Names load(String origin) {
            return new Names(
                    Tables.lines("names/" + origin + "-female").stream()
                            .map(Name::of)
                            .toList(),
                    Tables.lines("names/" + origin + "-male").stream()
                            .map(Name::of)
                            .toList(),
                    Tables.lines("names/" + origin + "-family").stream()
                            .map(Name::of)
                            .toList(),
                    Tables.lines("names/" + origin + "-female-family").stream()
                            .map(Name::of)
                            .toList());
        }

        /** The same given names with another people's family names (Kurds in Turkey carry Turkish ones). */
        Names withFamily(List<Name> otherFamily) {
            return new Names(female, male, otherFamily, femaleFamily);
        }
    }

    private static final Names ARABIC = Names.load("arabic");

    private static final Names AFGHAN = Names.load("afghan");

    private static final Names SOMALI = Names.load("somali");

    private static final Names HABESHA = Names.load("habesha");

    private static final Names UKRAINIAN = Names.load("ukrainian");

    private static final Names RUSSIAN = Names.load("russian");

    private static final Names CHINESE = Names.load("chinese");

    private static final Names VIETNAMESE = Names.load("vietnamese");

    private static final Names BRAZILIAN = Names.load("brazilian");

    private static final Names LUSO_AFRICAN = Names.load("luso-african");

    private static final Names PORTUGUESE = Names.load("portuguese");

    private static final Names WEST_AFRICAN = Names.load("west-african");

    private static final Names TURKISH = Names.load("turkish");

    private static final Names KURDISH = Names.load("kurdish").withFamily(TURKISH.family);

    private static final Names BANGLADESHI = Names.load("bangladeshi");

    private static final Names PAKISTANI = Names.load("pakistani");

    private static final Names NEPALI = Names.load("nepali");

    private static final Names PUNJABI = Names.load("punjabi");

    /** Sikh men are Singh, women Kaur, before or instead of a clan name. */
    private static final Name SINGH_KAUR = Name.of("ਸਿੰਘ~ਕੌਰ=Singh~Kaur");

    // ---------------------------------------------------------------------------------------
    // Origins

    /** How names pass between spouses and from parents to children. */
    private enum Naming {
        /** A family name shared by father and children; wives keep theirs unless the custom says otherwise. */
        FAMILY,
        /** One or two surnames, children carrying the mother's last and then the father's. */
        LUSOPHONE,
        /** No family name: the father's name and his father's follow the given name. */
        PATRONYMIC,
        /** Singh or Kaur, sometimes followed by a clan name. */
        SIKH
    }

    /** Where a household comes from, and everything that follows from it. */
    private static final class Origin {
        final String country;
        final int weight;
        final Names names;
        boolean local;
        boolean lusophone;
        Naming naming = Naming.FAMILY;
        NameOrder order = NameOrder.GIVEN_FIRST;
        Name familyPrefix;
        String language;
        String secondLanguage;
        double secondLanguageRate;
        double english = 0.2;
        double french;
        double maleShare = 0.6;
        double secondGivenRate;
        double noFamilyRate;
        double femaleFamilyRate;
        double wifeTakesRate;
        double ownOrthographyRate;
        double foldRate;
        boolean newYearBirthdays;
        String passport;
        String nationalId;
        List<String> transit = List.of();
        List<String> bornElsewhere = List.of();
        double bornElsewhereRate;
        List<String> dualCitizenships = List.of();
        double dualRate;
        double statelessRate;
        double refugeeRate;
        List<String> partnerOrigins = List.of();
        List<String> municipalities = List.of();
        String callingCode;
        List<String> emailDomains = List.of("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com");

        Origin(String country, int weight, Names names) {
            this.country = country;
            this.weight = weight;
            this.names = names;
        }

        Origin speaks(String language, String second, double secondRate, double english, double french) {
            this.language = language;
            this.secondLanguage = second;
            this.secondLanguageRate = secondRate;
            this.english = english;
            this.french = french;
            return this;
        }

        Origin naming(Naming naming, double wifeTakesRate) {
            this.naming = naming;
            this.wifeTakesRate = wifeTakesRate;
            return this;
        }

        Origin documents(String passport, String nationalId) {
            this.passport = passport;
            this.nationalId = nationalId;
            return this;
        }

        Origin transit(String... countries) {
            this.transit = List.of(countries);
            return this;
        }

        Origin bornElsewhere(double rate, String... countries) {
            this.bornElsewhereRate = rate;
            this.bornElsewhere = List.of(countries);
            return this;
        }

        Origin dual(double rate, String... countries) {
            this.dualRate = rate;
            this.dualCitizenships = List.of(countries);
            return this;
        }

        Origin refugees(double refugeeRate, double statelessRate) {
            this.refugeeRate = refugeeRate;
            this.statelessRate = statelessRate;
            return this;
        }

        Origin phone(String callingCode, String... emailDomains) {
            this.callingCode = callingCode;
            if (emailDomains.length > 0) {
                this.emailDomains = List.of(emailDomains);
            }
            return this;
        }

        Origin with(Consumer<Origin> settings) {
            settings.accept(this);
            return this;
        }
    }

    private static final String PT_NATIONAL_ID = "######## # @@#";

    // Declared after the names: static fields are initialised in textual order.
    private static final List<Origin> ORIGINS = origins();
    private static final int[] ORIGIN_WEIGHTS =
            ORIGINS.stream().mapToInt(o -> o.weight).toArray();

    /** Origins with their weights (households per about 100); the first is the local population. */
    private static List<Origin> origins() {
        String[] gulf = {"gmail.com", "gmail.com", "hotmail.com", "yahoo.com", "outlook.com"};
        return List.of(
                new Origin("PT", 19, PORTUGUESE)
                        .speaks("pt", null, 0, 0.35, 0.1)
                        .naming(Naming.LUSOPHONE, 0.3)
                        .documents("C@######", PT_NATIONAL_ID)
                        .bornElsewhere(0.05, "AO", "MZ", "FR", "CH", "VE")
                        .dual(0.04, "BR", "FR", "CH")
                        .phone("351", "gmail.com", "sapo.pt", "hotmail.com", "outlook.pt")
                        .with(o -> {
                            o.local = true;
                            o.maleShare = 0.5;
                            o.secondGivenRate = 0.5;
                        }),
                new Origin("BR", 22, BRAZILIAN)
                        .speaks("pt", "es", 0.08, 0.25, 0.02)
                        .naming(Naming.LUSOPHONE, 0.35)
                        .documents("@@######", "##.###.###-#")
                        .transit("ES", "FR", "GB")
                        .dual(0.12, "PT", "IT")
                        .phone(
                                "55",
                                "gmail.com",
                                "gmail.com",
                                "hotmail.com",
                                "outlook.com",
                                "yahoo.com.br",
                                "uol.com.br")
                        .with(o -> {
                            o.lusophone = true;
                            o.secondGivenRate = 0.4;
                            o.maleShare = 0.5;
                        }),
                new Origin("AO", 3, LUSO_AFRICAN)
                        .speaks("pt", "ln", 0.1, 0.15, 0.1)
                        .naming(Naming.LUSOPHONE, 0.2)
                        .documents("N#######", "#########@@###")
                        .dual(0.1, "PT")
                        .phone("244")
                        .with(o -> {
                            o.lusophone = true;
                            o.secondGivenRate = 0.3;
                        }),
                new Origin("CV", 2, LUSO_AFRICAN)
                        .speaks("pt", null, 0, 0.15, 0.1)
                        .naming(Naming.LUSOPHONE, 0.2)
                        .documents("P#######", null)
                        .dual(0.15, "PT")
                        .phone("238")
                        .with(o -> {
                            o.lusophone = true;
                            o.secondGivenRate = 0.3;
                        }),
                new Origin("UA", 10, UKRAINIAN)
                        .speaks("uk", "ru", 0.6, 0.3, 0)
                        .naming(Naming.FAMILY, 0.85)
                        .documents("@@######", "#########")
                        .transit("PL", "MD", "DE", "RO")
                        .refugees(0.9, 0)
                        .phone("380", "gmail.com", "ukr.net", "i.ua", "gmail.com")
                        .with(o -> {
                            o.maleShare = 0.3; // wartime: mostly women and children
                            o.partnerOrigins = List.of("RU");
                        }),
                new Origin("RU", 2, RUSSIAN)
                        .speaks("ru", null, 0, 0.35, 0)
                        .naming(Naming.FAMILY, 0.85)
                        .documents("## #######", "## ## ######")
                        .transit("GE", "AM", "TR", "RS")
                        .refugees(0.1, 0)
                        .phone("7", "mail.ru", "yandex.ru", "gmail.com")
                        .with(o -> o.partnerOrigins = List.of("UA")),
                new Origin("SY", 5, ARABIC)
                        .speaks("ar", "apc", 0.4, 0.2, 0.03)
                        .documents("N#########", "##########")
                        .transit("TR", "LB", "JO", "GR", "DE")
                        .bornElsewhere(0.04, "LB", "JO")
                        .dual(0.02, "TR")
                        .refugees(0.8, 0.1)
                        .phone("963", gulf)
                        .with(o -> o.secondGivenRate = 0.05),
                new Origin("IQ", 2, ARABIC)
                        .speaks("ar", "ckb", 0.15, 0.25, 0)
                        .documents("A########", "############")
                        .transit("TR", "JO", "GR")
                        .refugees(0.5, 0.04)
                        .phone("964", gulf),
                new Origin("SD", 2, ARABIC)
                        .speaks("ar", "en", 0.3, 0.2, 0)
                        .documents("P########", "###-####-####")
                        .transit("EG", "LY", "IT", "TD")
                        .refugees(0.7, 0)
                        .phone("249", gulf)
                        .with(o -> o.newYearBirthdays = true),
                new Origin("MA", 2, ARABIC)
                        .speaks("ar", "ary", 0.5, 0.15, 0.55)
                        .documents("@@#######", "@@######")
                        .transit("ES", "FR")
                        .dual(0.04, "FR", "ES")
                        .phone("212", "gmail.com", "hotmail.fr", "yahoo.fr"),
                new Origin("EG", 1, ARABIC)
                        .speaks("ar", "arz", 0.5, 0.35, 0.05)
                        .documents("A########", "##############")
                        .transit("IT", "GR", "SA")
                        .phone("20", gulf),
                new Origin("AF", 4, AFGHAN)
                        .speaks("prs", "ps", 0.35, 0.2, 0)
                        .documents("P########", "####-####-#####")
                        .transit("IR", "PK", "TR", "GR", "DE")
                        .bornElsewhere(0.2, "IR", "PK")
                        .refugees(0.85, 0)
                        .phone("93")
                        .with(o -> {
                            o.noFamilyRate = 0.15; // many Afghans have no family name
                            o.newYearBirthdays = true;
                        }),
                new Origin("AF", 2, AFGHAN)
                        .speaks("ps", "prs", 0.5, 0.15, 0)
                        .documents("P########", "####-####-#####")
                        .transit("IR", "PK", "TR", "GR")
                        .bornElsewhere(0.15, "PK", "IR")
                        .refugees(0.85, 0)
                        .phone("93")
                        .with(o -> {
                            o.noFamilyRate = 0.2;
                            o.newYearBirthdays = true;
                            o.maleShare = 0.75;
                        }),
                new Origin("SO", 3, SOMALI)
                        .speaks("so", "ar", 0.25, 0.3, 0)
                        .naming(Naming.PATRONYMIC, 0)
                        .documents("P########", null)
                        .transit("ET", "KE", "YE", "IT")
                        .bornElsewhere(0.08, "KE", "ET")
                        .refugees(0.7, 0)
                        .phone("252")
                        .with(o -> {
                            o.ownOrthographyRate = 0.3;
                            o.newYearBirthdays = true;
                        }),
                new Origin("ER", 2, HABESHA)
                        .speaks("ti", "ar", 0.2, 0.3, 0)
                        .naming(Naming.PATRONYMIC, 0)
                        .documents("P########", null)
                        .transit("SD", "ET", "LY", "IT")
                        .bornElsewhere(0.08, "SD", "ET")
                        .refugees(0.9, 0)
                        .phone("291")
                        .with(o -> o.newYearBirthdays = true),
                new Origin("ET", 2, HABESHA)
                        .speaks("am", "om", 0.25, 0.4, 0)
                        .naming(Naming.PATRONYMIC, 0)
                        .documents("EP#######", "#### #### ####")
                        .transit("SD", "KE", "IT")
                        .refugees(0.3, 0)
                        .phone("251"),
                new Origin("CN", 4, CHINESE)
                        .speaks("zh", null, 0, 0.25, 0)
                        .documents("E########", "##################")
                        .phone("86", "qq.com", "163.com", "gmail.com", "126.com")
                        .with(o -> o.order = NameOrder.FAMILY_FIRST),
                new Origin("VN", 2, VIETNAMESE)
                        .speaks("vi", null, 0, 0.3, 0.02)
                        .documents("C#######", "############")
                        .phone("84", "gmail.com", "yahoo.com.vn")
                        .with(o -> {
                            o.order = NameOrder.FAMILY_FIRST;
                            o.foldRate = 1; // Vietnamese passports print names without diacritics
                        }),
                new Origin("SN", 3, WEST_AFRICAN)
                        .speaks("wo", "fuc", 0.15, 0.1, 0.8)
                        .documents("A########", "#############")
                        .transit("ES", "FR", "MA")
                        .dual(0.03, "FR")
                        .phone("221", "gmail.com", "yahoo.fr", "hotmail.fr")
                        .with(o -> o.maleShare = 0.8),
                new Origin("GN", 2, WEST_AFRICAN)
                        .speaks("ff", null, 0, 0.05, 0.6)
                        .documents("R#######", null)
                        .transit("SN", "MA", "ES", "ML")
                        .refugees(0.2, 0)
                        .phone("224", "gmail.com", "yahoo.fr")
                        .with(o -> {
                            o.maleShare = 0.8;
                            o.newYearBirthdays = true;
                        }),
                new Origin("TR", 2, TURKISH)
                        .speaks("tr", null, 0, 0.3, 0.02)
                        .naming(Naming.FAMILY, 0.9)
                        .documents("U########", "###########")
                        .dual(0.04, "DE")
                        .phone("90", "gmail.com", "hotmail.com")
                        .with(o -> o.foldRate = 0.4),
                new Origin("TR", 1, KURDISH)
                        .speaks("kmr", "tr", 0.9, 0.15, 0)
                        .naming(Naming.FAMILY, 0.9)
                        .documents("U########", "###########")
                        .transit("GR", "DE")
                        .refugees(0.4, 0)
                        .phone("90")
                        .with(o -> o.foldRate = 0.4),
                new Origin("BD", 4, BANGLADESHI)
                        .speaks("bn", null, 0, 0.4, 0)
                        .documents("A########", "##########")
                        .transit("IT", "AE", "SA")
                        .refugees(0, 0)
                        .phone("880")
                        .with(o -> {
                            o.femaleFamilyRate = 0.4; // Akter, Begum, Khatun
                            o.maleShare = 0.85;
                            o.municipalities = List.of("Lisboa", "Lisboa", "Odemira", "Amadora");
                        }),
                new Origin("PK", 3, PAKISTANI)
                        .speaks("ur", "pa", 0.3, 0.5, 0)
                        .documents("@@#######", "#####-#######-#")
                        .transit("AE", "IT", "GB")
                        .dual(0.03, "GB")
                        .phone("92")
                        .with(o -> {
                            o.maleShare = 0.85;
                            o.municipalities = List.of("Lisboa", "Odemira", "Amadora");
                        }),
                new Origin("NP", 4, NEPALI)
                        .speaks("ne", "hi", 0.3, 0.35, 0)
                        .naming(Naming.FAMILY, 0.6)
                        .documents("PA#######", "##-##-##-#####")
                        .transit("AE", "QA", "IN")
                        .phone("977")
                        .with(o -> {
                            o.maleShare = 0.8;
                            o.municipalities = List.of("Odemira", "Odemira", "Lisboa", "Beja");
                        }),
                new Origin("IN", 3, PUNJABI)
                        .speaks("pa", "hi", 0.6, 0.4, 0)
                        .naming(Naming.SIKH, 0.7)
                        .documents("@#######", "#### #### ####")
                        .transit("AE", "IT")
                        .phone("91")
                        .with(o -> {
                            o.familyPrefix = SINGH_KAUR;
                            o.maleShare = 0.85;
                            o.municipalities = List.of("Odemira", "Odemira", "Lisboa", "Beja");
                        }));
    }

    private static Origin byCountry(String country) {
        return ORIGINS.stream()
                .filter(o -> o.country.equals(country))
                .findFirst()
                .orElse(null);
    }

    // ---------------------------------------------------------------------------------------
    // The city and its desk

    // ---------------------------------------------------------------------------------------
    // Helpers

    private static int weighted(SplittableRandom random, int[] weights) {
        int total = Arrays.stream(weights).sum();
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights must be positive");
    }

    private static long[] append(long[] values, long value) {
        long[] longer = Arrays.copyOf(values, values.length + 1);
        longer[values.length] = value;
        return longer;
    }

    private static int[] append(int[] values, int value) {
        int[] longer = Arrays.copyOf(values, values.length + 1);
        longer[values.length] = value;
        return longer;
    }

    private static <T> T pick(SplittableRandom random, List<T> values, int[] weights) {
        return values.get(weighted(random, weights));
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static boolean isLatin(String text) {
        return text.codePoints()
                .filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    /** Latin text without diacritics, as machine-readable passport zones print it. */
    private static String fold(String text) {
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return stripped.replace('ı', 'i')
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .replace('ł', 'l')
                .replace('Ł', 'L');
    }

    private static String asciiWord(String text) {
        return fold(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static String firstWord(String text) {
        return text.split(" ")[0];
    }

    private static String lastWord(String text) {
        String[] words = text.split(" ");
        return words[words.length - 1];
    }
}
