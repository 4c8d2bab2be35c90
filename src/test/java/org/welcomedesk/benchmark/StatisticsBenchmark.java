package org.welcomedesk.benchmark;

import org.h2.jdbcx.JdbcDataSource;
import org.welcomedesk.platform.persistence.SchemaMigration;
import org.welcomedesk.platform.referencedata.application.CityDistricts;
import org.welcomedesk.platform.referencedata.domain.District;
import org.welcomedesk.statistics.application.StatisticalRecords;
import org.welcomedesk.statistics.application.StatisticsProtection;
import org.welcomedesk.statistics.application.StatisticsSource;
import org.welcomedesk.statistics.application.StatisticsTables;
import org.welcomedesk.statistics.domain.CountryGrouping;
import org.welcomedesk.statistics.domain.Dimension;
import org.welcomedesk.statistics.domain.ObservationStatus;
import org.welcomedesk.statistics.domain.Period;
import org.welcomedesk.statistics.domain.PopulationDefinition;
import org.welcomedesk.statistics.domain.RecordKey;
import org.welcomedesk.statistics.domain.ResidenceSpan;
import org.welcomedesk.statistics.domain.StatisticalEvent;
import org.welcomedesk.statistics.domain.TableDefinition;
import org.welcomedesk.statistics.infrastructure.Contributions;
import org.welcomedesk.statistics.infrastructure.StoreIndex;
import org.welcomedesk.statistics.infrastructure.StoreTables;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The aggregate store at city scale, in-process (no Liberty): a generated city of eight years
 * of arrivals, moves and departures written into the store's tables in a file H2 database, read
 * back into memory as at start, then dashboard and table-builder queries counted and protected
 * through {@link StatisticsTables}, and the store updated for new registrations.
 * {@code mvn -Pbenchmark -Dbenchmark=statistics [-Dbenchmark.args="<events>"]}.
 */
public final class StatisticsBenchmark {

    private static final String COMMAND = "mvn -Pbenchmark -Dbenchmark=statistics";
    private static final int BATCH = 500;
    private static final int RUNS = 20;
    private static final int WARM_UP = 3;
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final LocalDate FIRST_DAY = TODAY.minusYears(8);
    private static final List<String> DISTRICTS = IntStream.rangeClosed(1, 12)
            .mapToObj(i -> String.format("D%02d", i))
            .toList();
    private static final String[] LARGE_ORIGINS = {
        "BR", "BR", "BR", "UA", "UA", "CV", "IN", "NP", "AO", "GB", "FR", "CN"
    };
    private static final String[] OTHER_ORIGINS = {
        "ES", "IT", "DE", "RO", "MD", "GW", "ST", "MZ", "VE", "CO", "US", "SN", "MA", "PK", "BD", "SY", "AF", "SO",
        "ER", "NG", "PH", "TR", "RU", "BY", "GE", "AR", "CU", "TH", "VN", "JP"
    };
    private static final String[] MUNICIPALITIES = {
        "Lisboa",
        "Braga",
        "Coimbra",
        "Aveiro",
        "Viseu",
        "Faro",
        "Guimarães",
        "Vila Nova de Gaia",
        "Matosinhos",
        "Setúbal"
    };

    private final Random random = new Random(20261207L);
    private final StoreTables tables = new StoreTables();

    public static void main(String[] args) throws Exception {
        long events = args.length > 0 ? Long.parseLong(args[0]) : 3_000_000L;
        new StatisticsBenchmark().run(events);
    }

    private void run(long target) throws Exception {
        Path work = Path.of(System.getProperty("benchmarks.work", "target/benchmark"))
                .toAbsolutePath()
                .resolve("statistics");
        Files.createDirectories(work);
        for (String file : new String[] {"store.mv.db", "store.trace.db"}) {
            Files.deleteIfExists(work.resolve(file));
        }
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + work.resolve("store") + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        SchemaMigration.migrate(dataSource, StatisticsBenchmark.class.getClassLoader());
        String load = loadAverage();
        System.out.printf("Statistics store benchmark: %,d residence events, load average %s%n", target, load);

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            // full rebuild: every person's contributions computed and written, the memory copy built
            long started = System.nanoTime();
            double cpuBefore = processorSeconds();
            tables.clear(connection);
            connection.commit();
            StoreIndex rebuilt = new StoreIndex();
            long events = 0;
            long people = 0;
            while (events < target) {
                List<Contributions> batch = new ArrayList<>(BATCH);
                for (int i = 0; i < BATCH && events < target; i++) {
                    StatisticalRecords.Of person = person(UUID.randomUUID().toString(), null);
                    batch.add(Contributions.of(person.events().get(0).unit(), person));
                    events += person.events().size();
                    people++;
                }
                tables.insertSegment(
                        connection, batch); // as a rebuild does: the tables were emptied, one value per batch
                connection.commit();
                rebuilt.replace(batch);
            }
            double rebuildSeconds = (System.nanoTime() - started) / 1e9;
            double rebuildCpu = processorSeconds() - cpuBefore;
            long[] rows = rebuilt.size();
            System.out.printf(
                    "rebuild: %,d people, %,d events, %,d spans written and counted in %.1f s (%.1f s of processor time)%n",
                    people, rows[0], rows[1], rebuildSeconds, rebuildCpu);

            // start: the stored rows read back into memory
            started = System.nanoTime();
            cpuBefore = processorSeconds();
            StoreIndex index = new StoreIndex();
            tables.readInto(connection, index);
            connection.commit();
            double loadSeconds = (System.nanoTime() - started) / 1e9;
            double loadCpu = processorSeconds() - cpuBefore;
            System.out.printf("load at start: %.1f s (%.1f s of processor time)%n", loadSeconds, loadCpu);
            rebuilt = null;
            System.gc();

            StatisticsTables published = tablesOver(index);
            List<Row> results = new ArrayList<>();
            int year = TODAY.getYear() - 1;
            List<Period> years = IntStream.rangeClosed(TODAY.getYear() - 7, TODAY.getYear())
                    .mapToObj(Period::year)
                    .toList();
            List<Period> quarters = IntStream.rangeClosed(1, 4)
                    .mapToObj(q -> Period.quarter(year, q))
                    .toList();
            LocalDate january = LocalDate.of(TODAY.getYear(), 1, 1);
            List<LocalDate> januaries = PopulationDefinition.firstOfJanuary(TODAY.getYear() - 7, TODAY.getYear());
            // dashboard views
            results.add(flows(
                    published,
                    index,
                    "dashboard",
                    "flows FLOW x year, 8 years",
                    new TableDefinition(List.of(Dimension.FLOW), Map.of(), years)));
            results.add(flows(
                    published,
                    index,
                    "dashboard",
                    "DISTRICT x FLOW, one quarter",
                    new TableDefinition(
                            List.of(Dimension.DISTRICT, Dimension.FLOW), Map.of(), List.of(Period.quarter(year, 3)))));
            results.add(population(
                    published,
                    index,
                    "dashboard",
                    "population SEX x AGE on 1 January",
                    new PopulationDefinition(List.of(Dimension.SEX, Dimension.AGE), Map.of(), List.of(january)),
                    CountryGrouping.ISO));
            results.add(population(
                    published,
                    index,
                    "dashboard",
                    "population DISTRICT, 1 January of 8 years",
                    new PopulationDefinition(List.of(Dimension.DISTRICT), Map.of(), januaries),
                    CountryGrouping.ISO));
            results.add(flows(
                    published,
                    index,
                    "dashboard",
                    "origins: IMM by CITIZEN (top 10 + other), a year",
                    new TableDefinition(
                            List.of(Dimension.CITIZEN),
                            Map.of(Dimension.FLOW, "IMM"),
                            List.of(Period.year(year)),
                            CountryGrouping.TOP)));
            // table builder
            results.add(flows(
                    published,
                    index,
                    "table builder",
                    "DISTRICT x SEX x AGE of IMM, 4 quarters",
                    new TableDefinition(
                            List.of(Dimension.DISTRICT, Dimension.SEX, Dimension.AGE),
                            Map.of(Dimension.FLOW, "IMM"),
                            quarters)));
            results.add(flows(
                    published,
                    index,
                    "table builder",
                    "FLOW x CITIZEN (top 10 + other) x AGE, 8 years",
                    new TableDefinition(
                            List.of(Dimension.FLOW, Dimension.CITIZEN, Dimension.AGE),
                            Map.of(),
                            years,
                            CountryGrouping.TOP)));
            results.add(flows(
                    published,
                    index,
                    "table builder",
                    "FLOW x PARTNER (NAT/FOR) x SEX, 8 years",
                    new TableDefinition(
                            List.of(Dimension.FLOW, Dimension.PARTNER, Dimension.SEX),
                            Map.of(),
                            years,
                            CountryGrouping.NAT_FOR)));
            results.add(flows(
                    published,
                    index,
                    "table builder",
                    "FLOW x CITIZEN x C_BIRTH (each country), a year",
                    new TableDefinition(
                            List.of(Dimension.FLOW, Dimension.CITIZEN, Dimension.C_BIRTH),
                            Map.of(),
                            List.of(Period.year(year)))));
            results.add(population(
                    published,
                    index,
                    "table builder",
                    "population DISTRICT x CITIZEN (NAT/FOR) x AGE, 8 dates",
                    new PopulationDefinition(
                            List.of(Dimension.DISTRICT, Dimension.CITIZEN, Dimension.AGE), Map.of(), januaries),
                    CountryGrouping.NAT_FOR));

            // a registration reaches the store: written in its transaction, in memory after commit, seen by the next
            // query
            TableDefinition arrivalsToday = new TableDefinition(
                    List.of(Dimension.FLOW), Map.of(Dimension.CITIZEN, "XK"), List.of(Period.year(TODAY.getYear())));
            double[] updates = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                String unit = UUID.randomUUID().toString();
                StatisticalRecords.Of person = person(unit, "XK");
                long before = arrivals(index, arrivalsToday);
                long start = System.nanoTime();
                Contributions contributions = Contributions.of(unit, person);
                tables.replace(connection, List.of(contributions));
                connection.commit();
                index.replace(List.of(contributions));
                long after = arrivals(index, arrivalsToday);
                updates[i] = (System.nanoTime() - start) / 1e6;
                long expected = person.events().stream()
                        .filter(e -> e.eventDate().getYear() == TODAY.getYear()
                                && !e.flow().equals(StatisticalEvent.MOVE_INTRA))
                        .map(StatisticalEvent::flow)
                        .distinct()
                        .count();
                if (after != before + expected) {
                    throw new IllegalStateException("a registration did not reach the store");
                }
            }
            Arrays.sort(updates);
            results.add(new Row(
                    "update",
                    "registration written, committed, counted (incl. one query)",
                    updates[RUNS / 2],
                    percentile95(updates),
                    updates[RUNS - 1],
                    Double.NaN,
                    Double.NaN));

            print(target, people, rows, new double[] {rebuildSeconds, rebuildCpu, loadSeconds, loadCpu}, load, results);
        }
    }

    private static Row flows(
            StatisticsTables published, StoreIndex index, String kind, String query, TableDefinition table) {
        return time(kind, query, () -> published.flows(table), () -> index.flows(table));
    }

    private static Row population(
            StatisticsTables published,
            StoreIndex index,
            String kind,
            String query,
            PopulationDefinition table,
            CountryGrouping countries) {
        return time(kind, query, () -> published.population(table, countries), () -> index.population(table));
    }

    private long arrivals(StoreIndex index, TableDefinition table) {
        return index.flows(table).values().stream()
                .mapToLong(c -> c.key().count())
                .sum();
    }

    /** StatisticsTables as the server makes it, over the store in memory, with the demo protection. */
    private static StatisticsTables tablesOver(StoreIndex index) throws ReflectiveOperationException {
        StatisticsSource source = index;
        StatisticsProtection protection = new StatisticsProtection();
        set(protection, "version", "benchmark-1");
        set(protection, "maxDeviation", 3);
        set(protection, "variance", 2.0);
        set(protection, "secret", "benchmark-secret-not-for-production");
        set(protection, "threshold", 5);
        set(protection, "sensitiveThreshold", 10);
        List<District> history = DISTRICTS.stream()
                .map(code -> new District("DEMO", code, "District " + code, LocalDate.of(2000, 1, 1), null))
                .toList();
        CityDistricts districts = new CityDistricts() {
            @Override
            public List<District> history() {
                return history;
            }
        };
        StatisticsTables published = new StatisticsTables();
        set(published, "source", source);
        set(published, "protection", protection);
        set(published, "districts", districts);
        set(published, "nationalCountry", "PT");
        set(published, "sensitiveDimensions", "CITIZEN,C_BIRTH");
        set(published, "topCountries", 10);
        return published;
    }

    private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }

    private record Row(String kind, String query, double p50, double p95, double max, double storeP95, double cpuP95) {}

    /** Processor time of the whole process so far (all its threads: H2's writer and the collector too). */
    private static double processorSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1e9;
    }

    /** Times the published table, and the store's true cells alone (what the store adds to it). */
    private static Row time(String kind, String query, Supplier<Object> published, Supplier<Object> cells) {
        double[] cpu = new double[RUNS];
        double[] whole = run(published, cpu);
        double[] store = run(cells, new double[RUNS]);
        Row row = new Row(
                kind,
                query,
                whole[RUNS / 2],
                percentile95(whole),
                whole[RUNS - 1],
                percentile95(store),
                percentile95(cpu));
        System.out.printf(
                "%-14s %-58s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms  (store alone p95 %6.1f ms, processor p95 %6.1f ms)%n",
                kind, query, row.p50(), row.p95(), row.max(), row.storeP95(), row.cpuP95());
        return row;
    }

    /** Wall-clock milliseconds of each run, sorted; {@code cpu} gets the thread's processor milliseconds, sorted. */
    private static double[] run(Supplier<Object> work, double[] cpu) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e6;
        }
        Arrays.sort(millis);
        Arrays.sort(cpu);
        return millis;
    }

    private static double percentile95(double[] sorted) {
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    }

    private static void print(
            long target, long people, long[] rows, double[] seconds, String loadAverage, List<Row> results)
            throws Exception {
        StringBuilder table =
                new StringBuilder("| kind | query | p50 ms | p95 ms | max ms | target p95 | store alone p95 ms "
                        + "| processor p95 ms |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (Row row : results) {
            String goal = switch (row.kind()) {
                case "dashboard" -> "100";
                case "table builder" -> "200";
                default -> "1000";
            };
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %.1f | %.1f | %.1f | %s | %s | %s |%n",
                    row.kind(),
                    row.query(),
                    row.p50(),
                    row.p95(),
                    row.max(),
                    goal,
                    orBlank(row.storeP95()),
                    orBlank(row.cpuP95())));
        }
        String section = BenchmarkDoc.provenance(COMMAND) + " Load average before the run: " + loadAverage
                + ", after it: " + loadAverage() + ".\n\n"
                + String.format(
                        Locale.ROOT,
                        "A generated city of %,d people with %,d residence events and %,d residence spans "
                                + "over eight years (file H2 database, in-process). Full rebuild (contributions computed, %d people per "
                                + "transaction, written, counted in memory): **%.1f s** (target 60 s), %.1f s of processor time. Reading "
                                + "the store back into memory at start: %.1f s, %.1f s of processor time. Each query runs %d times after "
                                + "%d warm-up runs, through StatisticsTables (every cell protected); \"processor\" is the querying "
                                + "thread's processor time, what the query costs whatever else the machine runs.%n%n",
                        people,
                        rows[0],
                        rows[1],
                        BATCH,
                        seconds[0],
                        seconds[1],
                        seconds[2],
                        seconds[3],
                        RUNS,
                        WARM_UP)
                + table;
        System.out.println();
        System.out.println(section);
        BenchmarkDoc.replaceSection("statistics", section);
    }

    private static String orBlank(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().split(" ", 4)[0] + " (1 min)";
        } catch (Exception e) {
            return "unknown";
        }
    }

    // ---- a plausible city: seasonal arrivals, a few large origin groups, a growing district ----

    /** One person's life in the city: an arrival, perhaps moves, perhaps a departure. */
    private StatisticalRecords.Of person(String unit, String citizenship) {
        boolean fromAbroad = random.nextInt(100) < 62;
        boolean temporary = random.nextInt(100) < 8;
        LocalDate arrived = citizenship != null ? TODAY.minusDays(random.nextInt(20)) : arrivalDate();
        String citizen =
                citizenship != null ? citizenship : fromAbroad ? origin() : random.nextInt(100) < 88 ? "PT" : origin();
        String bornIn = random.nextInt(100) < 85 ? citizen : origin();
        String sex = random.nextBoolean() ? "F" : "M";
        int ageOnArrival =
                random.nextInt(100) < 18 ? random.nextInt(18) : 18 + (int) Math.abs(random.nextGaussian() * 14);
        LocalDate birth = arrived.minusYears(ageOnArrival).minusDays(random.nextInt(365));
        String district = district(arrived);
        List<StatisticalEvent> events = new ArrayList<>();
        List<ResidenceSpan> spans = new ArrayList<>();
        String arrivalFlow = temporary ? "TMP_MOB" : fromAbroad ? "IMM" : "IN_INT";
        String from = fromAbroad
                ? (random.nextInt(100) < 85 ? citizen : origin())
                : MUNICIPALITIES[random.nextInt(MUNICIPALITIES.length)];
        events.add(event(unit, arrivalFlow, arrived, district, null, sex, birth, citizen, bornIn, from));
        LocalDate spanStart = arrived;
        LocalDate next = arrived;
        if (temporary) {
            LocalDate left = arrived.plusDays(60 + random.nextInt(250));
            if (left.isBefore(TODAY)) {
                events.add(event(unit, "EMI", left, district, null, sex, birth, citizen, bornIn, citizen));
            }
            return new StatisticalRecords.Of(events, spans);
        }
        while (random.nextInt(100) < 35) { // moves within the city
            next = next.plusDays(90 + random.nextInt(900));
            if (!next.isBefore(TODAY)) {
                break;
            }
            String moved = district(next);
            if (moved.equals(district)) {
                continue;
            }
            spans.add(
                    span(unit, events.get(events.size() - 1), spanStart, next, district, sex, birth, citizen, bornIn));
            events.add(event(unit, "MOVE_INTRA", next, moved, district, sex, birth, citizen, bornIn, null));
            district = moved;
            spanStart = next;
        }
        LocalDate left = random.nextInt(100) < 38 ? next.plusDays(180 + random.nextInt(1600)) : null;
        if (left != null && left.isBefore(TODAY)) {
            boolean abroad = random.nextInt(100) < 55;
            spans.add(
                    span(unit, events.get(events.size() - 1), spanStart, left, district, sex, birth, citizen, bornIn));
            events.add(event(
                    unit,
                    abroad ? "EMI" : "OUT_INT",
                    left,
                    district,
                    null,
                    sex,
                    birth,
                    citizen,
                    bornIn,
                    abroad ? origin() : MUNICIPALITIES[random.nextInt(MUNICIPALITIES.length)]));
        } else {
            spans.add(
                    span(unit, events.get(events.size() - 1), spanStart, null, district, sex, birth, citizen, bornIn));
        }
        return new StatisticalRecords.Of(events, spans);
    }

    private StatisticalEvent event(
            String unit,
            String flow,
            LocalDate date,
            String district,
            String previous,
            String sex,
            LocalDate birth,
            String citizen,
            String bornIn,
            String partner) {
        int age = Math.max(0, java.time.Period.between(birth, date).getYears());
        ObservationStatus status = date.isAfter(TODAY.minusYears(1)) ? ObservationStatus.P : ObservationStatus.A;
        return new StatisticalEvent(
                unit,
                new RecordKey(random.nextLong(1L << 32)),
                flow,
                date,
                district,
                previous,
                sex,
                age,
                citizen,
                bornIn,
                partner,
                status);
    }

    private static ResidenceSpan span(
            String unit,
            StatisticalEvent start,
            LocalDate from,
            LocalDate to,
            String district,
            String sex,
            LocalDate birth,
            String citizen,
            String bornIn) {
        return new ResidenceSpan(unit, start.key(), from, to, district, sex, birth, citizen, bornIn, start.status());
    }

    /** Arrivals grow over the years and peak in September and January. */
    private LocalDate arrivalDate() {
        while (true) {
            LocalDate date = FIRST_DAY.plusDays(random.nextInt((int) (TODAY.toEpochDay() - FIRST_DAY.toEpochDay())));
            double growth = 0.6
                    + 0.4
                            * (date.toEpochDay() - FIRST_DAY.toEpochDay())
                            / (TODAY.toEpochDay() - FIRST_DAY.toEpochDay());
            double season = switch (date.getMonthValue()) {
                case 9, 10 -> 1.0;
                case 1 -> 0.85;
                case 7, 8 -> 0.5;
                default -> 0.65;
            };
            if (random.nextDouble() < growth * season) {
                return date;
            }
        }
    }

    /** D11 is a new neighbourhood that grows from a few people to one arrival in five. */
    private String district(LocalDate date) {
        double share = 0.02
                + 0.18 * (date.toEpochDay() - FIRST_DAY.toEpochDay()) / (TODAY.toEpochDay() - FIRST_DAY.toEpochDay());
        if (random.nextDouble() < share) {
            return "D11";
        }
        return DISTRICTS.get(random.nextInt(DISTRICTS.size()));
    }

    private String origin() {
        return random.nextInt(100) < 70
                ? LARGE_ORIGINS[random.nextInt(LARGE_ORIGINS.length)]
                : OTHER_ORIGINS[random.nextInt(OTHER_ORIGINS.length)];
    }
}
