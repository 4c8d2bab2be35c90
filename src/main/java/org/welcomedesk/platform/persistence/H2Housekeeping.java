package org.welcomedesk.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the embedded H2 file compact while the server runs. With {@code WRITE_DELAY=0} (decision 3
 * in docs/architecture.md) H2 starts no background writer, and that writer is what rewrites
 * half-empty chunks of its file: without it every commit appends the pages it changed and the
 * space of older copies is never won back (h2database issue #442), so the file grows without
 * end and commits slow down as it grows. This asks H2 for the same housekeeping its background
 * writer would do, in small steps: after each chunk of an import and every few minutes. On
 * PostgreSQL it does nothing.
 */
@ApplicationScoped
public class H2Housekeeping {

    private static final Logger LOG = Logger.getLogger(H2Housekeeping.class.getName());

    /** Chunks of H2's file less full than this are rewritten. */
    static final int TARGET_FILL_PERCENT = 90;
    /** At most this much is rewritten per step, so one step stays short. */
    static final int BYTES_PER_STEP = 32 * 1024 * 1024;

    private static final String FUNCTION = "WELCOMEDESK_COMPACT";

    @Resource(lookup = "jdbc/welcomedesk")
    DataSource dataSource;

    private volatile Boolean h2;
    // Failures are counted so that operations see them (health check "h2Housekeeping"): the log
    // line alone scrolls away while the file keeps growing.
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong failuresInARow = new AtomicLong();

    protected H2Housekeeping() {
        // for CDI
    }

    public H2Housekeeping(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * One step of housekeeping, outside any transaction. Never fails the caller: a database
     * that cannot be tidied now is tidied at the next step. A failure is logged (without the
     * exception's message) and counted for the health check.
     */
    public void step() {
        if (Boolean.FALSE.equals(h2)) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (!readyOnH2(connection)) {
                return;
            }
            try (var call = connection.prepareCall("call " + FUNCTION + "(?, ?)")) {
                call.setInt(1, TARGET_FILL_PERCENT);
                call.setInt(2, BYTES_PER_STEP);
                call.execute();
            }
            failuresInARow.set(0);
        } catch (SQLException | RuntimeException e) {
            failures.incrementAndGet();
            long inARow = failuresInARow.incrementAndGet();
            // The exception's message can quote the statement or data H2 was working on: only
            // its type and SQL state are logged.
            LOG.log(Level.WARNING, "H2 housekeeping failed ({0} in a row): {1}, SQL state {2}", new Object[] {
                inARow, e.getClass().getName(), e instanceof SQLException sql ? sql.getSQLState() : "none"
            });
        }
    }

    /** How many steps failed since the server started. */
    public long failures() {
        return failures.get();
    }

    /** How many steps failed since the last one that worked; 0 when the last step worked. */
    public long failuresInARow() {
        return failuresInARow.get();
    }

    /** Whether the database is H2; the first time it is, registers the function H2 calls. */
    private boolean readyOnH2(Connection connection) throws SQLException {
        if (h2 == null) {
            boolean isH2 = "H2".equals(connection.getMetaData().getDatabaseProductName());
            if (isH2) {
                // H2 loads the function's class through the caller's context class loader (the
                // application's) when its own cannot, and hands the function its own connection.
                try (var create = connection.createStatement()) {
                    create.execute("create alias if not exists " + FUNCTION + " for '" + H2Housekeeping.class.getName()
                            + ".compact'");
                }
                LOG.info("H2 housekeeping on: a step after each import chunk and every five minutes");
            }
            h2 = isH2;
        }
        return h2;
    }

    /**
     * The function H2 calls: rewrites the chunks of its file that are less than
     * {@code targetFillPercent} full, at most {@code bytes} of them. Reached by reflection
     * because H2's classes belong to the server's JDBC library, not to the application.
     *
     * @param connection H2's own connection to the database the function runs in
     * @return whether anything was rewritten
     */
    public static boolean compact(Connection connection, int targetFillPercent, int bytes)
            throws ReflectiveOperationException {
        Object session = invoke(connection, "getSession");
        Object database = invoke(session, "getDatabase");
        Object store = invoke(invoke(database, "getStore"), "getMvStore");
        return (Boolean)
                store.getClass().getMethod("compact", int.class, int.class).invoke(store, targetFillPercent, bytes);
    }

    private static Object invoke(Object target, String method) throws ReflectiveOperationException {
        return target.getClass().getMethod(method).invoke(target);
    }
}
