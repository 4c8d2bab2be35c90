package org.welcomedesk.statistics.infrastructure;

import org.welcomedesk.statistics.application.StatisticsSource;
import org.welcomedesk.statistics.domain.AgeGroup;
import org.welcomedesk.statistics.domain.CellKey;
import org.welcomedesk.statistics.domain.CountryGrouping;
import org.welcomedesk.statistics.domain.Dimension;
import org.welcomedesk.statistics.domain.ObservationStatus;
import org.welcomedesk.statistics.domain.Period;
import org.welcomedesk.statistics.domain.PopulationDefinition;
import org.welcomedesk.statistics.domain.Recount;
import org.welcomedesk.statistics.domain.ResidenceSpan;
import org.welcomedesk.statistics.domain.StatisticalEvent;
import org.welcomedesk.statistics.domain.TableDefinition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.UnaryOperator;

/**
 * The aggregate store in memory: every person's counted events and residence spans as columns
 * of small whole numbers (codes numbered once), so a table is one pass over plain arrays that
 * sums record keys into its cells. Counts exactly as {@link Recount} defines them. A person's
 * rows are replaced whole; replaced rows are marked gone and squeezed out now and then.
 * Readers share a lock; a replacement takes it alone for the few rows it writes. Public for the
 * statistics benchmark.
 */
public final class StoreIndex implements StatisticsSource {

    private static final int PROVISIONAL = 4; // beside Contributions.IN_YEAR (1) and IN_QUARTER (2)
    private static final int GONE = 8;
    private static final int OPEN_END = Integer.MAX_VALUE;
    private static final int OLDEST_AGE = 127;
    private static final List<Dimension> ALL_DIMENSIONS = List.of(Dimension.values());

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Codes codes = new Codes();
    private final int unknown = codes.id("UNK");
    private final int moveIntra = codes.id(StatisticalEvent.MOVE_INTRA);
    private final int moveIn = codes.id(StatisticalEvent.MOVE_IN);
    private final int moveOut = codes.id(StatisticalEvent.MOVE_OUT);
    private final int[] ageGroups = new int[OLDEST_AGE + 1];
    /** Per dimension (by ordinal), the codes any row holds in it: the positions of a table's cells. */
    private final BitSet[] seen = new BitSet[Dimension.values().length];

    /** Each person's rows, to replace them. */
    private final Map<String, Rows> byUnit = new HashMap<>();

    private record Rows(int[] events, int[] spans) {}

    // events: month (year * 12 + month - 1) of the event, codes (the age as its published group), key, flags
    private int events;
    private int goneEvents;
    private int[] eMonth = new int[1024];
    private int[] eFlow = new int[1024];
    private int[] eDistrict = new int[1024];
    private int[] ePrevious = new int[1024];
    private int[] eSex = new int[1024];
    private int[] eCitizen = new int[1024];
    private int[] eBirthCountry = new int[1024];
    private int[] ePartner = new int[1024];
    private int[] eKey = new int[1024];
    private int[] eAgeGroup = new int[1024];
    private byte[] eFlags = new byte[1024];

    // spans: first day and first day after (epoch days), codes, birth date as yyyymmdd (-1 unknown), key, flags
    private int spans;
    private int goneSpans;
    private int[] sFrom = new int[1024];
    private int[] sTo = new int[1024];
    private int[] sDistrict = new int[1024];
    private int[] sSex = new int[1024];
    private int[] sCitizen = new int[1024];
    private int[] sBirthCountry = new int[1024];
    private int[] sBirthDate = new int[1024];
    private int[] sKey = new int[1024];
    private byte[] sFlags = new byte[1024];

    public StoreIndex() {
        for (int d = 0; d < seen.length; d++) {
            seen[d] = new BitSet();
        }
        for (int age = 0; age <= OLDEST_AGE; age++) {
            ageGroups[age] = codes.id(AgeGroup.of(age).code());
            seen[Dimension.AGE.ordinal()].set(ageGroups[age]);
        }
        seen[Dimension.AGE.ordinal()].set(unknown);
        // the codes of national/foreign tables, so that a count can group countries to them
        codes.id(CountryGrouping.NATIONAL);
        codes.id(CountryGrouping.FOREIGN);
        seen[Dimension.FLOW.ordinal()].set(moveIn);
        seen[Dimension.FLOW.ordinal()].set(moveOut);
    }

    /** Replaces these people's rows with their contributions as they now are. */
    public void replace(Collection<Contributions> people) {
        lock.writeLock().lock();
        try {
            for (Contributions person : people) {
                forget(person.unit());
                List<StatisticalEvent> counted = person.events();
                if (counted.isEmpty() && person.spans().isEmpty()) {
                    continue;
                }
                int[] eventRows = new int[counted.size()];
                for (int i = 0; i < counted.size(); i++) {
                    StatisticalEvent e = counted.get(i);
                    eventRows[i] = addEvent(
                            e.eventDate(),
                            e.flow(),
                            e.district(),
                            e.previousDistrict(),
                            e.sex(),
                            e.age(),
                            e.citizenship(),
                            e.birthCountry(),
                            e.partner(),
                            e.status() == ObservationStatus.P,
                            person.counted()[i],
                            (int) e.key().value());
                }
                int[] spanRows = new int[person.spans().size()];
                for (int i = 0; i < spanRows.length; i++) {
                    ResidenceSpan s = person.spans().get(i);
                    spanRows[i] = addSpan(
                            s.from(),
                            s.to(),
                            s.district(),
                            s.sex(),
                            s.birthDate(),
                            s.citizenship(),
                            s.birthCountry(),
                            s.status() == ObservationStatus.P,
                            (int) s.key().value());
                }
                byUnit.put(person.unit(), new Rows(eventRows, spanRows));
            }
            if (goneEvents > 1024 && goneEvents > events / 4 || goneSpans > 1024 && goneSpans > spans / 4) {
                squeeze();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** How many event and span rows are live (for the log, never published). */
    public long[] size() {
        lock.readLock().lock();
        try {
            return new long[] {events - goneEvents, spans - goneSpans};
        } finally {
            lock.readLock().unlock();
        }
    }

    private void forget(String unit) {
        Rows rows = byUnit.remove(unit);
        if (rows == null) {
            return;
        }
        for (int row : rows.events()) {
            eFlags[row] |= GONE;
        }
        for (int row : rows.spans()) {
            sFlags[row] |= GONE;
        }
        goneEvents += rows.events().length;
        goneSpans += rows.spans().length;
    }

    private int addEvent(
            LocalDate date,
            String flow,
            String district,
            String previous,
            String sex,
            int age,
            String citizenship,
            String birthCountry,
            String partner,
            boolean provisional,
            int counted,
            int key) {
        if (events == eMonth.length) {
            int size = events * 2;
            eMonth = Arrays.copyOf(eMonth, size);
            eFlow = Arrays.copyOf(eFlow, size);
            eDistrict = Arrays.copyOf(eDistrict, size);
            ePrevious = Arrays.copyOf(ePrevious, size);
            eSex = Arrays.copyOf(eSex, size);
            eCitizen = Arrays.copyOf(eCitizen, size);
            eBirthCountry = Arrays.copyOf(eBirthCountry, size);
            ePartner = Arrays.copyOf(ePartner, size);
            eKey = Arrays.copyOf(eKey, size);
            eAgeGroup = Arrays.copyOf(eAgeGroup, size);
            eFlags = Arrays.copyOf(eFlags, size);
        }
        int row = events++;
        eMonth[row] = date.getYear() * 12 + date.getMonthValue() - 1;
        eFlow[row] = codes.id(flow);
        eDistrict[row] = codes.known(district);
        ePrevious[row] = codes.known(previous);
        eSex[row] = codes.known(sex);
        eCitizen[row] = codes.known(citizenship);
        eBirthCountry[row] = codes.known(birthCountry);
        ePartner[row] = codes.known(partner);
        eKey[row] = key;
        eAgeGroup[row] = age < 0 ? unknown : ageGroups[Math.min(age, OLDEST_AGE)];
        eFlags[row] = (byte) (counted | (provisional ? PROVISIONAL : 0));
        seen[Dimension.FLOW.ordinal()].set(eFlow[row]);
        seen[Dimension.DISTRICT.ordinal()].set(eDistrict[row]);
        seen[Dimension.DISTRICT.ordinal()].set(ePrevious[row]);
        seen[Dimension.SEX.ordinal()].set(eSex[row]);
        seen[Dimension.CITIZEN.ordinal()].set(eCitizen[row]);
        seen[Dimension.C_BIRTH.ordinal()].set(eBirthCountry[row]);
        seen[Dimension.PARTNER.ordinal()].set(ePartner[row]);
        return row;
    }

    private int addSpan(
            LocalDate from,
            LocalDate to,
            String district,
            String sex,
            LocalDate birth,
            String citizenship,
            String birthCountry,
            boolean provisional,
            int key) {
        if (spans == sFrom.length) {
            int size = spans * 2;
            sFrom = Arrays.copyOf(sFrom, size);
            sTo = Arrays.copyOf(sTo, size);
            sDistrict = Arrays.copyOf(sDistrict, size);
            sSex = Arrays.copyOf(sSex, size);
            sCitizen = Arrays.copyOf(sCitizen, size);
            sBirthCountry = Arrays.copyOf(sBirthCountry, size);
            sBirthDate = Arrays.copyOf(sBirthDate, size);
            sKey = Arrays.copyOf(sKey, size);
            sFlags = Arrays.copyOf(sFlags, size);
        }
        int row = spans++;
        sFrom[row] = (int) from.toEpochDay();
        sTo[row] = to == null ? OPEN_END : (int) to.toEpochDay();
        sDistrict[row] = codes.known(district);
        sSex[row] = codes.known(sex);
        sCitizen[row] = codes.known(citizenship);
        sBirthCountry[row] = codes.known(birthCountry);
        sBirthDate[row] =
                birth == null ? -1 : birth.getYear() * 10000 + birth.getMonthValue() * 100 + birth.getDayOfMonth();
        sKey[row] = key;
        sFlags[row] = (byte) (provisional ? PROVISIONAL : 0);
        seen[Dimension.DISTRICT.ordinal()].set(sDistrict[row]);
        seen[Dimension.SEX.ordinal()].set(sSex[row]);
        seen[Dimension.CITIZEN.ordinal()].set(sCitizen[row]);
        seen[Dimension.C_BIRTH.ordinal()].set(sBirthCountry[row]);
        return row;
    }

    /** Moves live rows down over gone ones. */
    private void squeeze() {
        int[] eventAt = new int[events];
        int kept = 0;
        for (int row = 0; row < events; row++) {
            if ((eFlags[row] & GONE) != 0) {
                eventAt[row] = -1;
                continue;
            }
            eMonth[kept] = eMonth[row];
            eFlow[kept] = eFlow[row];
            eDistrict[kept] = eDistrict[row];
            ePrevious[kept] = ePrevious[row];
            eSex[kept] = eSex[row];
            eCitizen[kept] = eCitizen[row];
            eBirthCountry[kept] = eBirthCountry[row];
            ePartner[kept] = ePartner[row];
            eKey[kept] = eKey[row];
            eAgeGroup[kept] = eAgeGroup[row];
            eFlags[kept] = eFlags[row];
            eventAt[row] = kept++;
        }
        events = kept;
        goneEvents = 0;
        int[] spanAt = new int[spans];
        kept = 0;
        for (int row = 0; row < spans; row++) {
            if ((sFlags[row] & GONE) != 0) {
                spanAt[row] = -1;
                continue;
            }
            sFrom[kept] = sFrom[row];
            sTo[kept] = sTo[row];
            sDistrict[kept] = sDistrict[row];
            sSex[kept] = sSex[row];
            sCitizen[kept] = sCitizen[row];
            sBirthCountry[kept] = sBirthCountry[row];
            sBirthDate[kept] = sBirthDate[row];
            sKey[kept] = sKey[row];
            sFlags[kept] = sFlags[row];
            spanAt[row] = kept++;
        }
        spans = kept;
        goneSpans = 0;
        byUnit.replaceAll((unit, rows) -> new Rows(moved(rows.events(), eventAt), moved(rows.spans(), spanAt)));
    }

    private static int[] moved(int[] rows, int[] at) {
        int[] now = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            now[i] = at[rows[i]];
        }
        return now;
    }

    /** The flow table's cells, as {@link Recount#count} counts them. */
    @Override
    public Map<Recount.Coordinates, Recount.Cell> flows(TableDefinition table) {
        lock.readLock().lock();
        try {
            return new FlowCount(table).count();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The population table's cells, as {@link Recount#population} counts them. */
    @Override
    public Map<Recount.Stock, Recount.Cell> population(PopulationDefinition table) {
        lock.readLock().lock();
        try {
            return new PopulationCount(table, null).count();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The population table's cells with countries grouped while counting, when every group is a code held here. */
    @Override
    public Map<Recount.Stock, Recount.Cell> population(PopulationDefinition table, UnaryOperator<String> group) {
        lock.readLock().lock();
        try {
            int[][] recode = new int[Dimension.values().length][];
            for (Dimension dimension : table.breakdowns()) {
                if (CountryGrouping.appliesTo(dimension)) {
                    int[] map = new int[codes.size()];
                    for (int code = 0; code < map.length; code++) {
                        map[code] = codes.find(group.apply(codes.name(code)));
                        if (map[code] < 0) {
                            return StatisticsSource.super.population(table, group);
                        }
                    }
                    recode[dimension.ordinal()] = map;
                }
            }
            return new PopulationCount(table, recode).count();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * What a table asks of the columns: codes numbered, filters as numbers, and where its cells
     * are summed. When the table's cells fit (the usual case) they are plain arrays indexed by
     * each breakdown's position among the codes its dimension holds, so adding a record is a few
     * array steps; otherwise the {@link Tally}.
     */
    private abstract class Count {
        /** Tables with more cells than this are summed in the Tally instead of arrays. */
        private static final long MOST_ARRAY_CELLS = 1 << 20;

        final Dimension[] breakdowns;
        final int[] breakdownDimensions;
        final int[] filterDimensions;
        final int[] filterCodes;
        final boolean[] asked = new boolean[Dimension.values().length];
        final Map<Dimension, String> filterNames;
        boolean impossible; // a filter on a code nobody has
        final int columns;
        final int[] cell;
        // array cells: per breakdown, code -> position and its count of positions; cells of one column
        final int[][] position;
        final int[] sizes;
        final int cellsPerColumn;
        final int[] counts;
        final long[] sums;
        final boolean[] provisional;
        final Tally tally;
        /** Per dimension broken down by, the code each code is counted under (countries grouped), or null. */
        final int[][] recode;

        Count(List<Dimension> breakdowns, Map<Dimension, String> filterNames, int columns, int[][] recode) {
            this.recode = recode;
            this.breakdowns = breakdowns.toArray(Dimension[]::new);
            this.breakdownDimensions =
                    breakdowns.stream().mapToInt(Dimension::ordinal).toArray();
            this.filterNames = filterNames;
            this.columns = columns;
            this.cell = new int[this.breakdowns.length];
            for (Dimension d : breakdowns) {
                asked[d.ordinal()] = true;
            }
            filterDimensions = new int[filterNames.size()];
            filterCodes = new int[filterNames.size()];
            int f = 0;
            for (Map.Entry<Dimension, String> filter : filterNames.entrySet()) {
                asked[filter.getKey().ordinal()] = true;
                int id = codes.find(filter.getValue());
                impossible |= id < 0;
                filterDimensions[f] = filter.getKey().ordinal();
                filterCodes[f++] = id;
            }
            position = new int[this.breakdowns.length][];
            sizes = new int[this.breakdowns.length];
            long cells = columns;
            for (int i = 0; i < this.breakdowns.length; i++) {
                BitSet held = seen[breakdownDimensions[i]];
                int[] map = recode == null ? null : recode[breakdownDimensions[i]];
                if (map != null) {
                    BitSet grouped = new BitSet();
                    held.stream().forEach(code -> grouped.set(map[code]));
                    held = grouped;
                }
                position[i] = new int[codes.size()];
                Arrays.fill(position[i], -1);
                int at = 0;
                for (int code = held.nextSetBit(0); code >= 0; code = held.nextSetBit(code + 1)) {
                    position[i][code] = at++;
                }
                sizes[i] = Math.max(at, 1);
                cells *= sizes[i];
            }
            if (cells <= MOST_ARRAY_CELLS) {
                cellsPerColumn = (int) (cells / columns);
                counts = new int[(int) cells];
                sums = new long[(int) cells];
                provisional = new boolean[(int) cells];
                tally = null;
            } else {
                cellsPerColumn = 0;
                counts = null;
                sums = null;
                provisional = null;
                tally = new Tally(columns, codes.size(), this.breakdowns.length);
            }
        }

        /** Adds a record at the cell of its column whose breakdown codes are in {@link #cell}. */
        final void addAtCell(int column, int recordKey, boolean isProvisional) {
            if (counts == null) {
                tally.add(column, cell, recordKey, isProvisional);
                return;
            }
            int at = column;
            for (int i = 0; i < cell.length; i++) {
                at = at * sizes[i] + position[i][cell[i]];
            }
            counts[at]++;
            sums[at] += Integer.toUnsignedLong(recordKey);
            provisional[at] |= isProvisional;
        }

        /**
         * Every cell with records, with its codes as a map of every dimension (TOTAL where not
         * asked); the cells of one row share that map, which is the costly part of a large table.
         */
        final void forEach(Iterable<Dimension> dimensions, CellVisitor visitor) {
            if (counts == null) {
                tally.forEach((column, breakdownCodes, key, isProvisional) ->
                        visitor.visit(column, codesAt(breakdownCodes, dimensions), key, isProvisional));
                return;
            }
            List<Map<Dimension, String>> rowCodes =
                    new ArrayList<>(java.util.Collections.nCopies(cellsPerColumn, null));
            int[][] codeAt = new int[cell.length][];
            for (int i = 0; i < cell.length; i++) {
                codeAt[i] = new int[sizes[i]];
                for (int code = 0; code < position[i].length; code++) {
                    if (position[i][code] >= 0) {
                        codeAt[i][position[i][code]] = code;
                    }
                }
            }
            for (int at = 0; at < counts.length; at++) {
                if (counts[at] == 0) {
                    continue;
                }
                int inColumn = at % cellsPerColumn;
                Map<Dimension, String> codesOfRow = rowCodes.get(inColumn);
                if (codesOfRow == null) {
                    int[] breakdownCodes = new int[cell.length];
                    int rest = inColumn;
                    for (int i = cell.length - 1; i >= 0; i--) {
                        breakdownCodes[i] = codeAt[i][rest % sizes[i]];
                        rest /= sizes[i];
                    }
                    codesOfRow = codesAt(breakdownCodes, dimensions);
                    rowCodes.set(inColumn, codesOfRow);
                }
                visitor.visit(at / cellsPerColumn, codesOfRow, CellKey.of(sums[at], counts[at]), provisional[at]);
            }
        }

        /** The codes of a cell: TOTAL where not asked, the filter's code where filtered. */
        Map<Dimension, String> codesAt(int[] breakdownCodes, Iterable<Dimension> dimensions) {
            Map<Dimension, String> cell = new EnumMap<>(Dimension.class);
            for (Dimension d : dimensions) {
                cell.put(d, Recount.TOTAL);
            }
            cell.putAll(filterNames);
            for (int i = 0; i < breakdowns.length; i++) {
                cell.put(breakdowns[i], codes.name(breakdownCodes[i]));
            }
            return Map.copyOf(cell);
        }
    }

    private interface CellVisitor {
        void visit(int column, Map<Dimension, String> codes, CellKey key, boolean provisional);
    }

    private final class FlowCount extends Count {
        private static final int FLOW = 0;
        private static final int DISTRICT = 1;

        private final TableDefinition table;
        /** The event columns by dimension (FLOW and DISTRICT depend on the place a move counts in). */
        private final int[][] column = {null, null, eSex, eAgeGroup, eCitizen, eBirthCountry, ePartner};

        private int firstMonth = Integer.MAX_VALUE;
        private int lastMonth = Integer.MIN_VALUE;
        private int firstYear;
        private int[] yearColumn = new int[0]; // column of a year, by year - firstYear
        private int[] quarterColumn = new int[0]; // column of a quarter, by (year - firstYear) * 4 + quarter - 1

        FlowCount(TableDefinition table) {
            super(table.breakdowns(), table.filters(), table.periods().size(), null);
            this.table = table;
            List<Period> periods = table.periods();
            int lastYear = Integer.MIN_VALUE;
            firstYear = Integer.MAX_VALUE;
            for (Period period : periods) {
                firstYear = Math.min(firstYear, period.year());
                lastYear = Math.max(lastYear, period.year());
            }
            yearColumn = new int[lastYear - firstYear + 1];
            quarterColumn = new int[(lastYear - firstYear + 1) * 4];
            Arrays.fill(yearColumn, -1);
            Arrays.fill(quarterColumn, -1);
            for (int column = 0; column < periods.size(); column++) {
                Period period = periods.get(column);
                switch (period.frequency()) {
                    case A -> yearColumn[period.year() - firstYear] = column;
                    case Q -> quarterColumn[(period.year() - firstYear) * 4 + period.part() - 1] = column;
                    case M -> throw new IllegalArgumentException("the store counts years and quarters");
                }
                int start = period.start().getYear() * 12 + period.start().getMonthValue() - 1;
                firstMonth = Math.min(firstMonth, start);
                lastMonth = Math.max(lastMonth, start + (period.frequency() == Period.Frequency.A ? 11 : 2));
            }
        }

        Map<Recount.Coordinates, Recount.Cell> count() {
            if (impossible) {
                return Map.of();
            }
            boolean byDistrict = asked[Dimension.DISTRICT.ordinal()];
            for (int row = 0; row < events; row++) {
                int flags = eFlags[row];
                int month = eMonth[row];
                if ((flags & GONE) != 0 || month < firstMonth || month > lastMonth) {
                    continue;
                }
                int year = month / 12 - firstYear;
                if ((flags & Contributions.IN_YEAR) != 0 && yearColumn[year] >= 0) {
                    place(row, yearColumn[year], byDistrict);
                }
                if ((flags & Contributions.IN_QUARTER) != 0) {
                    int column = quarterColumn[year * 4 + month % 12 / 3];
                    if (column >= 0) {
                        place(row, column, byDistrict);
                    }
                }
            }
            // in no particular order: sorting a large table's cells would cost more than counting them
            Map<Recount.Coordinates, Recount.Cell> cells = new HashMap<>();
            forEach(
                    ALL_DIMENSIONS,
                    (column, codesOfCell, key, provisional) -> cells.put(
                            new Recount.Coordinates(table.periods().get(column), codesOfCell),
                            new Recount.Cell(key, provisional ? ObservationStatus.P : ObservationStatus.A)));
            return cells;
        }

        /** The places a counted event counts in: a move within the city out of one district and into another. */
        private void place(int row, int column, boolean byDistrict) {
            int flow = eFlow[row];
            if (flow == moveIntra) {
                if (byDistrict) { // moves within the city count for districts only
                    add(row, column, moveIn, eDistrict[row]);
                    add(row, column, moveOut, ePrevious[row]);
                }
            } else {
                add(row, column, flow, eDistrict[row]);
            }
        }

        private void add(int row, int column, int flow, int district) {
            for (int f = 0; f < filterDimensions.length; f++) {
                if (value(filterDimensions[f], row, flow, district) != filterCodes[f]) {
                    return;
                }
            }
            for (int i = 0; i < cell.length; i++) {
                cell[i] = value(breakdownDimensions[i], row, flow, district);
            }
            addAtCell(column, eKey[row], (eFlags[row] & PROVISIONAL) != 0);
        }

        private int value(int dimension, int row, int flow, int district) {
            return dimension == FLOW ? flow : dimension == DISTRICT ? district : column[dimension][row];
        }
    }

    private final class PopulationCount extends Count {
        private final PopulationDefinition table;
        private final int[] days;
        private final int[] years;
        private final int[] monthDays;
        /** The span columns by dimension (AGE depends on the date). */
        private final int[][] column = new int[Dimension.values().length][];

        private final int age = Dimension.AGE.ordinal();
        private final boolean byAge;

        PopulationCount(PopulationDefinition table, int[][] recode) {
            super(table.breakdowns(), table.filters(), table.dates().size(), recode);
            this.table = table;
            column[Dimension.DISTRICT.ordinal()] = sDistrict;
            column[Dimension.SEX.ordinal()] = sSex;
            column[Dimension.CITIZEN.ordinal()] = sCitizen;
            column[Dimension.C_BIRTH.ordinal()] = sBirthCountry;
            byAge = asked[age];
            List<LocalDate> dates = table.dates();
            days = new int[dates.size()];
            years = new int[dates.size()];
            monthDays = new int[dates.size()];
            for (int i = 0; i < dates.size(); i++) {
                days[i] = (int) dates.get(i).toEpochDay();
                years[i] = dates.get(i).getYear();
                monthDays[i] = dates.get(i).getMonthValue() * 100 + dates.get(i).getDayOfMonth();
            }
        }

        Map<Recount.Stock, Recount.Cell> count() {
            if (impossible) {
                return Map.of();
            }
            if (counts != null && !byAge && days.length > 1) {
                sweep();
            } else if (counts != null && byAge) {
                eachDateByAge();
            } else {
                eachDate();
            }
            Map<Recount.Stock, Recount.Cell> cells = new HashMap<>();
            forEach(
                    PopulationDefinition.DIMENSIONS,
                    (column, codesOfCell, key, provisional) -> cells.put(
                            new Recount.Stock(table.dates().get(column), codesOfCell),
                            new Recount.Cell(key, provisional ? ObservationStatus.P : ObservationStatus.A)));
            return cells;
        }

        /**
         * Several dates without AGE: a stay is in the same cell on every date it covers, and the
         * dates it covers are consecutive once sorted, so it is added where its first date begins
         * and taken off after its last, and each date is the running sum (counts, key sums modulo
         * 2^32 and provisional records are all additive).
         */
        private void sweep() {
            Integer[] order = new Integer[days.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (x, y) -> Integer.compare(days[x], days[y]));
            int[] sorted = new int[days.length];
            for (int i = 0; i < order.length; i++) {
                sorted[i] = days[order[i]];
            }
            int width = cellsPerColumn;
            int[] changeCount = new int[(days.length + 1) * width];
            long[] changeSum = new long[(days.length + 1) * width];
            int[] changeProvisional = new int[(days.length + 1) * width];
            for (int row = 0; row < spans; row++) {
                if ((sFlags[row] & GONE) != 0) {
                    continue;
                }
                int first = firstOnOrAfter(sorted, sFrom[row]);
                int after = firstOnOrAfter(sorted, sTo[row]);
                if (first >= after || !cellOf(row, 0)) {
                    continue;
                }
                int at = 0;
                for (int i = 0; i < cell.length; i++) {
                    at = at * sizes[i] + position[i][cell[i]];
                }
                long key = Integer.toUnsignedLong(sKey[row]);
                int provisionalRecord = (sFlags[row] & PROVISIONAL) != 0 ? 1 : 0;
                changeCount[first * width + at]++;
                changeSum[first * width + at] += key;
                changeProvisional[first * width + at] += provisionalRecord;
                changeCount[after * width + at]--;
                changeSum[after * width + at] -= key;
                changeProvisional[after * width + at] -= provisionalRecord;
            }
            for (int at = 0; at < width; at++) {
                int count = 0;
                long sum = 0;
                int provisionalRecords = 0;
                for (int i = 0; i < sorted.length; i++) {
                    count += changeCount[i * width + at];
                    sum += changeSum[i * width + at];
                    provisionalRecords += changeProvisional[i * width + at];
                    int cellAt = order[i] * width + at;
                    counts[cellAt] = count;
                    sums[cellAt] = sum & 0xFFFFFFFFL; // the key sum modulo 2^32, never negative
                    provisional[cellAt] = provisionalRecords > 0;
                }
            }
        }

        /** The first of the sorted days on or after {@code day} (their count when none is). */
        private static int firstOnOrAfter(int[] sorted, int day) {
            int low = 0;
            int high = sorted.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (sorted[middle] < day) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }

        /**
         * Each date on its own, since ages differ from date to date: what does not depend on the
         * date (the other filters and breakdowns) is worked out once per stay.
         */
        private void eachDateByAge() {
            int agePlace = -1;
            int ageStride = 0;
            int stride = 1;
            int[] strides = new int[cell.length];
            for (int i = cell.length - 1; i >= 0; i--) {
                strides[i] = stride;
                if (breakdownDimensions[i] == age) {
                    agePlace = i;
                    ageStride = stride;
                }
                stride *= sizes[i];
            }
            int ageFilter = -1;
            for (int f = 0; f < filterDimensions.length; f++) {
                if (filterDimensions[f] == age) {
                    ageFilter = filterCodes[f];
                }
            }
            int[] agePosition = agePlace >= 0 ? position[agePlace] : null;
            rows:
            for (int row = 0; row < spans; row++) {
                if ((sFlags[row] & GONE) != 0) {
                    continue;
                }
                int from = sFrom[row];
                int to = sTo[row];
                for (int f = 0; f < filterDimensions.length; f++) {
                    if (filterDimensions[f] != age && value(filterDimensions[f], row, 0) != filterCodes[f]) {
                        continue rows;
                    }
                }
                int base = 0;
                for (int i = 0; i < cell.length; i++) {
                    if (i != agePlace) {
                        base += position[i][value(breakdownDimensions[i], row, 0)] * strides[i];
                    }
                }
                long key = Integer.toUnsignedLong(sKey[row]);
                boolean isProvisional = (sFlags[row] & PROVISIONAL) != 0;
                int birth = sBirthDate[row];
                for (int column = 0; column < days.length; column++) {
                    if (from <= days[column] && days[column] < to) {
                        int group = ageGroup(birth, column);
                        if (ageFilter >= 0 && group != ageFilter) {
                            continue;
                        }
                        int at = column * cellsPerColumn
                                + base
                                + (agePosition == null ? 0 : agePosition[group] * ageStride);
                        counts[at]++;
                        sums[at] += key;
                        provisional[at] |= isProvisional;
                    }
                }
            }
        }

        /** Each date on its own, through the tally: the cells are too many for arrays. */
        private void eachDate() {
            for (int row = 0; row < spans; row++) {
                if ((sFlags[row] & GONE) != 0) {
                    continue;
                }
                int from = sFrom[row];
                int to = sTo[row];
                boolean placed = false; // without AGE a span's cell is the same on every date
                for (int column = 0; column < days.length; column++) {
                    if (from <= days[column] && days[column] < to) {
                        if (!placed || byAge) {
                            if (!cellOf(row, column)) {
                                if (byAge) {
                                    continue; // another date, another age
                                }
                                break;
                            }
                            placed = true;
                        }
                        addAtCell(column, sKey[row], (sFlags[row] & PROVISIONAL) != 0);
                    }
                }
            }
        }

        /** Puts the span's codes on the column's date into {@link #cell}; false when a filter leaves it out. */
        private boolean cellOf(int row, int column) {
            for (int f = 0; f < filterDimensions.length; f++) {
                if (value(filterDimensions[f], row, column) != filterCodes[f]) {
                    return false;
                }
            }
            for (int i = 0; i < cell.length; i++) {
                cell[i] = value(breakdownDimensions[i], row, column);
            }
            return true;
        }

        private int value(int dimension, int row, int date) {
            if (dimension == age) {
                return ageGroup(sBirthDate[row], date);
            }
            int[] values = column[dimension];
            if (values == null) {
                return -1;
            }
            int[] map = recode == null ? null : recode[dimension];
            return map == null ? values[row] : map[values[row]];
        }

        /** Completed years on the column's date, in its published group (as {@link ResidenceSpan#ageOn}). */
        private int ageGroup(int birth, int column) {
            if (birth < 0) {
                return unknown;
            }
            int age = years[column] - birth / 10000 - (monthDays[column] < birth % 10000 ? 1 : 0);
            return ageGroups[Math.min(Math.max(age, 0), OLDEST_AGE)];
        }
    }

    /** Codes numbered in the order first seen; a missing or blank code is UNK, as the recount reads it. */
    private static final class Codes {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> names = new ArrayList<>();

        int id(String code) {
            Integer id = ids.get(code);
            if (id == null) {
                id = names.size();
                ids.put(code, id);
                names.add(code);
            }
            return id;
        }

        int known(String code) {
            return id(code == null || code.isBlank() ? "UNK" : code);
        }

        int find(String code) {
            Integer id = ids.get(code);
            return id == null ? -1 : id;
        }

        String name(int id) {
            return names.get(id);
        }

        int size() {
            return names.size();
        }
    }

    /**
     * Cells summed by their column and breakdown codes, packed into one long when they fit (the
     * usual case) so that adding a record costs no allocation.
     */
    static final class Tally {
        private final int width;
        private final long radix;
        private final boolean packed;
        private long[] keys = new long[256];
        private long[] counts = new long[256];
        private long[] sums = new long[256];
        private boolean[] provisional = new boolean[256];
        private boolean[] used = new boolean[256];
        private int size;
        private final Map<List<Integer>, Long> wide = new HashMap<>();
        private final List<int[]> wideCodes = new ArrayList<>();

        interface CellVisitor {
            void visit(int column, int[] breakdownCodes, CellKey key, boolean provisional);
        }

        Tally(int columns, int codes, int width) {
            this.width = width;
            this.radix = Math.max(codes, 1);
            double cells = columns * Math.pow(radix, width);
            this.packed = cells < (double) (Long.MAX_VALUE / 2);
        }

        void add(int column, int[] breakdownCodes, int recordKey, boolean isProvisional) {
            long key;
            if (packed) {
                key = column;
                for (int i = 0; i < width; i++) {
                    key = key * radix + breakdownCodes[i];
                }
            } else {
                List<Integer> tuple = new ArrayList<>(width + 1);
                tuple.add(column);
                for (int i = 0; i < width; i++) {
                    tuple.add(breakdownCodes[i]);
                }
                key = wide.computeIfAbsent(tuple, t -> {
                    wideCodes.add(t.stream().mapToInt(Integer::intValue).toArray());
                    return (long) wideCodes.size() - 1;
                });
            }
            int mask = keys.length - 1;
            int slot = (int) (mix(key) & mask);
            while (used[slot] && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            if (!used[slot]) {
                used[slot] = true;
                keys[slot] = key;
                if (++size * 2 > keys.length) {
                    grow();
                    add(column, breakdownCodes, recordKey, isProvisional);
                    return;
                }
            }
            counts[slot]++;
            sums[slot] += Integer.toUnsignedLong(recordKey);
            provisional[slot] |= isProvisional;
        }

        private void grow() {
            long[] oldKeys = keys;
            long[] oldCounts = counts;
            long[] oldSums = sums;
            boolean[] oldProvisional = provisional;
            boolean[] oldUsed = used;
            int capacity = oldKeys.length * 2;
            keys = new long[capacity];
            counts = new long[capacity];
            sums = new long[capacity];
            provisional = new boolean[capacity];
            used = new boolean[capacity];
            int mask = capacity - 1;
            int kept = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                // the cell being added when the tally grew has no record yet: it is added again
                if (!oldUsed[i] || oldCounts[i] == 0) {
                    continue;
                }
                int slot = (int) (mix(oldKeys[i]) & mask);
                while (used[slot]) {
                    slot = (slot + 1) & mask;
                }
                used[slot] = true;
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
                sums[slot] = oldSums[i];
                provisional[slot] = oldProvisional[i];
                kept++;
            }
            size = kept;
        }

        private static long mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return h ^ (h >>> 29);
        }

        void forEach(CellVisitor visitor) {
            int[] breakdownCodes = new int[width];
            for (int i = 0; i < keys.length; i++) {
                if (!used[i] || counts[i] == 0) {
                    continue;
                }
                int column;
                if (packed) {
                    long key = keys[i];
                    for (int d = width - 1; d >= 0; d--) {
                        breakdownCodes[d] = (int) (key % radix);
                        key /= radix;
                    }
                    column = (int) key;
                } else {
                    int[] tuple = wideCodes.get((int) keys[i]);
                    column = tuple[0];
                    System.arraycopy(tuple, 1, breakdownCodes, 0, width);
                }
                visitor.visit(column, breakdownCodes.clone(), CellKey.of(sums[i], counts[i]), provisional[i]);
            }
        }
    }
}
