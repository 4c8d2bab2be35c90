package org.welcomedesk.statistics.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;

/**
 * The aggregate store's tables (V12__statistics_store_compact.sql), on the connection of the
 * caller's transaction. A rebuild writes the people of each batch as one segment value; a
 * changed person is written as a value of their own, which overrides what a segment holds for
 * them, so a change never rewrites a segment. Both are read back whole at start, segments first.
 * Plain SQL rather than JPA: large opaque values, only ever replaced or read whole. Public for
 * the statistics benchmark.
 */
public final class StoreTables {

    private static final String DELETE_PERSON = "delete from stat_store_person where unit = ?";
    private static final String INSERT_PERSON = "insert into stat_store_person (unit, contributions) values (?, ?)";
    private static final String INSERT_SEGMENT = "insert into stat_store_segment (segment, people) values (?, ?)";
    private static final String SELECT_SEGMENTS = "select people from stat_store_segment";
    private static final String SELECT_PEOPLE = "select contributions from stat_store_person";
    private static final String ANY_ROW = "select 1 from stat_store_segment union all select 1 from stat_store_person";
    private static final String CLEAR_SEGMENTS = "delete from stat_store_segment";
    private static final String CLEAR_PEOPLE = "delete from stat_store_person";

    /** Replaces these people's contributions (a person with nothing to count is kept as such: it overrides a segment). */
    public void replace(Connection connection, Collection<Contributions> people) throws SQLException {
        if (people.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement(DELETE_PERSON);
                PreparedStatement insert = connection.prepareStatement(INSERT_PERSON)) {
            for (Contributions person : people) {
                delete.setString(1, person.unit());
                delete.addBatch();
                insert.setString(1, person.unit());
                insert.setBytes(2, StoredPeople.encode(List.of(person)));
                insert.addBatch();
            }
            delete.executeBatch();
            insert.executeBatch();
        }
    }

    /**
     * Writes a batch of a rebuild as one segment (after {@link #clear}); people changed meanwhile
     * keep their own, later value.
     */
    public void insertSegment(Connection connection, List<Contributions> people) throws SQLException {
        if (people.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_SEGMENT)) {
            insert.setString(1, people.get(people.size() - 1).unit());
            insert.setBytes(2, StoredPeople.encode(people));
            insert.executeUpdate();
        }
    }

    /** Empties the store (a rebuild starts here). */
    public void clear(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(CLEAR_SEGMENTS);
            statement.executeUpdate(CLEAR_PEOPLE);
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

    /** Reads everyone into the index: the segments, then the people changed since, whose values win. */
    public void readInto(Connection connection, StoreIndex index) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(64);
            for (String query : List.of(SELECT_SEGMENTS, SELECT_PEOPLE)) {
                try (ResultSet rows = statement.executeQuery(query)) {
                    while (rows.next()) {
                        index.replace(StoredPeople.decode(rows.getBytes(1)));
                    }
                }
            }
        }
    }
}
