package org.welcomedesk.statistics.infrastructure;

import org.welcomedesk.statistics.domain.ObservationStatus;
import org.welcomedesk.statistics.domain.ResidenceSpan;
import org.welcomedesk.statistics.domain.StatisticalEvent;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The aggregate store's tables (V6__statistics_store.sql): each person's rows deleted and
 * written again in JDBC batches on the connection of the caller's transaction, and read back
 * whole at start. Plain SQL rather than JPA: millions of small rows that are never edited,
 * only replaced, and read as columns. Public for the statistics benchmark.
 */
public final class StoreTables {

    private static final int BATCH = 1000;

    private static final String DELETE_EVENTS = "delete from stat_counted_event where unit = ?";
    private static final String DELETE_SPANS = "delete from stat_residence_span where unit = ?";
    private static final String INSERT_EVENT = "insert into stat_counted_event (unit, record_key, flow, event_date, "
            + "district, previous_district, sex, age, citizenship, birth_country, partner, provisional, counted) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_SPAN = "insert into stat_residence_span (unit, record_key, date_from, date_to, "
            + "district, sex, birth_date, citizenship, birth_country, provisional) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT_EVENTS = "select unit, record_key, flow, event_date, district, previous_district, "
            + "sex, age, citizenship, birth_country, partner, provisional, counted from stat_counted_event";
    private static final String SELECT_SPANS = "select unit, record_key, date_from, date_to, district, sex, birth_date, "
            + "citizenship, birth_country, provisional from stat_residence_span";
    private static final String ANY_ROW = "select 1 from stat_counted_event union all select 1 from stat_residence_span";
    private static final String CLEAR_EVENTS = "delete from stat_counted_event";
    private static final String CLEAR_SPANS = "delete from stat_residence_span";

    /** Replaces these people's rows (a person with nothing to count is left with none). */
    public void replace(Connection connection, Collection<Contributions> people) throws SQLException {
        delete(connection, people.stream().map(Contributions::unit).toList());
        insert(connection, people);
    }

    /** Deletes these people's rows. */
    public void delete(Connection connection, Collection<String> units) throws SQLException {
        if (units.isEmpty()) {
            return;
        }
        try (PreparedStatement events = connection.prepareStatement(DELETE_EVENTS);
             PreparedStatement spans = connection.prepareStatement(DELETE_SPANS)) {
            for (String unit : units) {
                events.setString(1, unit);
                events.addBatch();
                spans.setString(1, unit);
                spans.addBatch();
            }
            events.executeBatch();
            spans.executeBatch();
        }
    }

    /** Writes these people's rows (people who have none yet: a rebuild after {@link #clear}). */
    public void insert(Connection connection, Collection<Contributions> people) throws SQLException {
        try (PreparedStatement events = connection.prepareStatement(INSERT_EVENT);
             PreparedStatement spans = connection.prepareStatement(INSERT_SPAN)) {
            int pendingEvents = 0;
            int pendingSpans = 0;
            for (Contributions person : people) {
                List<StatisticalEvent> counted = person.events();
                for (int i = 0; i < counted.size(); i++) {
                    StatisticalEvent e = counted.get(i);
                    events.setString(1, person.unit());
                    events.setInt(2, (int) e.key().value());
                    events.setString(3, e.flow());
                    events.setDate(4, Date.valueOf(e.eventDate()));
                    events.setString(5, orUnknown(e.district()));
                    if (e.previousDistrict() == null && !StatisticalEvent.MOVE_INTRA.equals(e.flow())) {
                        events.setNull(6, Types.VARCHAR);
                    } else {
                        events.setString(6, orUnknown(e.previousDistrict()));
                    }
                    events.setString(7, orUnknown(e.sex()));
                    events.setShort(8, (short) Math.max(-1, Math.min(e.age(), Short.MAX_VALUE)));
                    events.setString(9, orUnknown(e.citizenship()));
                    events.setString(10, orUnknown(e.birthCountry()));
                    events.setString(11, orUnknown(e.partner()));
                    events.setBoolean(12, e.status() == ObservationStatus.P);
                    events.setShort(13, (short) person.counted()[i]);
                    events.addBatch();
                    if (++pendingEvents == BATCH) {
                        events.executeBatch();
                        pendingEvents = 0;
                    }
                }
                for (ResidenceSpan s : person.spans()) {
                    spans.setString(1, person.unit());
                    spans.setInt(2, (int) s.key().value());
                    spans.setDate(3, Date.valueOf(s.from()));
                    spans.setDate(4, s.to() == null ? null : Date.valueOf(s.to()));
                    spans.setString(5, orUnknown(s.district()));
                    spans.setString(6, orUnknown(s.sex()));
                    spans.setDate(7, s.birthDate() == null ? null : Date.valueOf(s.birthDate()));
                    spans.setString(8, orUnknown(s.citizenship()));
                    spans.setString(9, orUnknown(s.birthCountry()));
                    spans.setBoolean(10, s.status() == ObservationStatus.P);
                    spans.addBatch();
                    if (++pendingSpans == BATCH) {
                        spans.executeBatch();
                        pendingSpans = 0;
                    }
                }
            }
            if (pendingEvents > 0) {
                events.executeBatch();
            }
            if (pendingSpans > 0) {
                spans.executeBatch();
            }
        }
    }

    /** Empties the store (a rebuild starts here). */
    public void clear(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(CLEAR_EVENTS);
            statement.executeUpdate(CLEAR_SPANS);
        }
    }

    public boolean isEmpty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setMaxRows(1);
            try (ResultSet rows = statement.executeQuery(ANY_ROW)) {
                return !rows.next();
            }
        }
    }

    /** Reads every row into the index. */
    public void readInto(Connection connection, StoreIndex index) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(5000);
            try (ResultSet rows = statement.executeQuery(SELECT_EVENTS)) {
                while (rows.next()) {
                    index.loadEvent(rows.getString(1), rows.getObject(4, LocalDate.class), rows.getString(3),
                            rows.getString(5), rows.getString(6), rows.getString(7), rows.getShort(8), rows.getString(9),
                            rows.getString(10), rows.getString(11), rows.getBoolean(12), rows.getShort(13),
                            rows.getInt(2));
                }
            }
            try (ResultSet rows = statement.executeQuery(SELECT_SPANS)) {
                while (rows.next()) {
                    index.loadSpan(rows.getString(1), rows.getObject(3, LocalDate.class), rows.getObject(4, LocalDate.class),
                            rows.getString(5), rows.getString(6), rows.getObject(7, LocalDate.class),
                            rows.getString(8), rows.getString(9), rows.getBoolean(10), rows.getInt(2));
                }
            }
        }
    }

    private static String orUnknown(String code) {
        return code == null || code.isBlank() ? "UNK" : code;
    }
}
