package org.welcomedesk.platform.persistence;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * H2 with {@code WRITE_DELAY=0} keeps every superseded copy of a page in its file until it is
 * closed; a step of housekeeping after each commit wins the space back while it runs.
 */
class H2HousekeepingTest {

    private static final int COMMITS = 20;
    private static final int ROWS_PER_COMMIT = 2_500;

    @Test
    void stepsOfHousekeepingKeepTheFileFromGrowingWithEveryCommit() throws Exception {
        long untended = grow(false);
        long tended = grow(true);

        assertTrue(
                tended * 2 < untended,
                "with housekeeping " + tended / 1024 + " KB, without " + untended / 1024 + " KB");
    }

    @Test
    void onAnotherDatabaseAStepDoesNothing() throws Exception {
        // a data source whose database is not H2 (its product name says so) is left alone
        JdbcDataSource h2 = dataSource(Files.createTempDirectory("h2-housekeeping"));
        var notH2 = (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {javax.sql.DataSource.class}, (proxy, method, args) -> {
                    Object result = method.invoke(h2, args);
                    return result instanceof Connection c ? renamed(c) : result;
                });
        new H2Housekeeping(notH2).step();

        try (Connection connection = h2.getConnection();
                var rows = connection
                        .createStatement()
                        .executeQuery(
                                "select count(*) from information_schema.routines where routine_name = 'WELCOMEDESK_COMPACT'")) {
            rows.next();
            assertEquals(0, rows.getInt(1), "no function created");
        }
    }

    @Test
    void aFailedStepIsLoggedWithoutItsMessageAndCountedUntilAStepWorks() throws Exception {
        JdbcDataSource h2 = dataSource(Files.createTempDirectory("h2-housekeeping"));
        // the first connection fails with a message that quotes a person, as a failed statement's can
        java.util.concurrent.atomic.AtomicBoolean fail = new java.util.concurrent.atomic.AtomicBoolean(true);
        var flaky = (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {javax.sql.DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection") && fail.get()) {
                        throw new SQLException("Duplicate key: 'Amina Yusuf', +351 912 345 678", "23505");
                    }
                    return method.invoke(h2, args);
                });
        H2Housekeeping housekeeping = new H2Housekeeping(flaky);
        java.util.List<java.util.logging.LogRecord> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        var handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        var log = java.util.logging.Logger.getLogger(H2Housekeeping.class.getName());
        log.addHandler(handler);
        try {
            housekeeping.step();
            housekeeping.step();

            assertEquals(2, housekeeping.failures());
            assertEquals(2, housekeeping.failuresInARow());
            var warnings = logged.stream()
                    .filter(r -> r.getLevel() == java.util.logging.Level.WARNING)
                    .toList();
            assertEquals(2, warnings.size(), "each failure is logged as a warning");
            String text = new java.util.logging.SimpleFormatter().formatMessage(warnings.get(1));
            assertTrue(text.contains("2 in a row") && text.contains("23505"), text);
            assertTrue(!text.contains("Amina") && !text.contains("912"), "no personal data in the log: " + text);
            assertTrue(warnings.stream().allMatch(r -> r.getThrown() == null), "nor in a stack trace's message");

            fail.set(false);
            housekeeping.step();

            assertEquals(0, housekeeping.failuresInARow(), "a step that works ends the run of failures");
            assertEquals(2, housekeeping.failures(), "the count since start stays");
        } finally {
            log.removeHandler(handler);
        }
    }

    /** Writes COMMITS transactions of random keys into two indexes; returns the file's size. */
    private static long grow(boolean tended) throws Exception {
        Path dir = Files.createTempDirectory("h2-housekeeping");
        JdbcDataSource dataSource = dataSource(dir);
        H2Housekeeping housekeeping = new H2Housekeeping(dataSource);
        Random random = new Random(7);
        try (Connection connection = dataSource.getConnection()) {
            connection
                    .createStatement()
                    .execute("create table search_key (person_id varchar(36) not null,"
                            + " search_key varchar(40) not null, primary key (person_id, search_key))");
            connection
                    .createStatement()
                    .execute("create index search_key_lookup on search_key (search_key, person_id)");
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement("insert into search_key values (?, ?)")) {
                for (int commit = 0; commit < COMMITS; commit++) {
                    String person = UUID.randomUUID().toString();
                    for (int row = 0; row < ROWS_PER_COMMIT; row++) {
                        if (row % 25 == 0) {
                            person = UUID.randomUUID().toString();
                        }
                        insert.setString(1, person);
                        insert.setString(2, Long.toString(random.nextLong(), 36));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    connection.commit();
                    if (tended) {
                        housekeeping.step();
                    }
                }
            }
            try (var rows = connection.createStatement().executeQuery("select count(*) from search_key")) {
                rows.next();
                assertEquals(COMMITS * ROWS_PER_COMMIT, rows.getInt(1), "nothing lost");
            }
            return Files.size(dir.resolve("registry.mv.db"));
        }
    }

    private static JdbcDataSource dataSource(Path dir) {
        JdbcDataSource dataSource = new JdbcDataSource();
        // RETENTION_TIME=0 lets H2 reuse space at once instead of after 45 s, so that a test
        // of a few seconds shows what a long import shows with the default
        dataSource.setURL("jdbc:h2:" + dir.resolve("registry") + ";WRITE_DELAY=0;RETENTION_TIME=0");
        dataSource.setUser("sa");
        return dataSource;
    }

    private static Connection renamed(Connection connection) {
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(
                H2HousekeepingTest.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getMetaData")) {
                        var meta = connection.getMetaData();
                        return java.lang.reflect.Proxy.newProxyInstance(
                                H2HousekeepingTest.class.getClassLoader(),
                                new Class<?>[] {java.sql.DatabaseMetaData.class},
                                (p, m, a) -> m.getName().equals("getDatabaseProductName")
                                        ? "PostgreSQL"
                                        : m.invoke(meta, a));
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause() instanceof SQLException s ? s : e;
                    }
                });
    }
}
