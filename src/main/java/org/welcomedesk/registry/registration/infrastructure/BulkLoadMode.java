package org.welcomedesk.registry.registration.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How the embedded H2 database writes while a bulk load (the demo city's first start) fills an
 * empty registry, and back. The server runs H2 with {@code WRITE_DELAY=0}: every commit writes
 * every page it changed, and a load's commits change pages all over every index. During the load
 * H2 writes in the background instead ({@link #LOAD_WRITE_DELAY_MS}): changed pages are written
 * once per interval, and H2's background writer also rewrites half-empty chunks, so the file
 * stays small. The price, acceptable for a demo load only: a crash during the load loses up to
 * that interval of it. The two indexes of the search keys by key ({@link #DEFERRED_INDEXES}) are
 * dropped during the load and built again after it, in one sorted pass each, instead of taking
 * about 45 rows a person at random places. {@link Load#close()} builds them, puts
 * {@code WRITE_DELAY=0} back and writes everything; {@link #restore()} builds them at a later
 * start if a load was cut short. On PostgreSQL nothing changes.
 */
@ApplicationScoped
public class BulkLoadMode {

    private static final Logger LOG = Logger.getLogger(BulkLoadMode.class.getName());
    /** H2's write delay during a load, in milliseconds. */
    static final int LOAD_WRITE_DELAY_MS = 2000;
    /** The server's setting (server.xml's db.url), restored after the load. */
    static final int SERVER_WRITE_DELAY_MS = 0;

    /**
     * Indexes left out during a load: name, then the statement that builds it, exactly as the
     * migrations last define it (V4__duplicates_and_imports.sql).
     */
    static final Map<String, String> DEFERRED_INDEXES = Map.of(
            "person_name_key_lookup", "create index if not exists person_name_key_lookup on person_name_key (name_key, kind, person_id)",
            "person_match_key_lookup", "create index if not exists person_match_key_lookup on person_match_key (match_key, person_id)");

    @Resource(lookup = "jdbc/welcomedesk")
    DataSource dataSource;

    protected BulkLoadMode() {
        // for CDI
    }

    /** Starts load mode; close the result (try-with-resources) when the load ends, even if it failed. */
    public Load begin() {
        boolean h2 = false;
        try (Connection connection = dataSource.getConnection()) {
            h2 = "H2".equals(connection.getMetaData().getDatabaseProductName());
            if (h2) {
                writeDelay(connection, LOAD_WRITE_DELAY_MS);
                try (Statement drop = connection.createStatement()) {
                    for (String index : DEFERRED_INDEXES.keySet()) {
                        drop.execute("drop index if exists " + index);
                    }
                }
            }
        } catch (SQLException e) {
            // the load still works, only slower: the type and SQL state only (a message can quote data)
            LOG.log(Level.WARNING, "Bulk load mode not set: {0}, SQL state {1}", new Object[] {e.getClass().getName(), e.getSQLState()});
            h2 = false;
        }
        return new Load(h2);
    }

    /**
     * Builds the indexes a load left out, if one was cut short (the server stopped during it):
     * nothing to do otherwise. On PostgreSQL nothing happens.
     */
    public void restore() {
        try (Connection connection = dataSource.getConnection()) {
            if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
                buildIndexes(connection);
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Search key indexes not checked: {0}, SQL state {1}", new Object[] {e.getClass().getName(), e.getSQLState()});
        }
    }

    private static void buildIndexes(Connection connection) throws SQLException {
        try (Statement create = connection.createStatement()) {
            for (String statement : DEFERRED_INDEXES.values()) {
                create.execute(statement);
            }
        }
    }

    private static void writeDelay(Connection connection, int millis) throws SQLException {
        try (Statement set = connection.createStatement()) {
            set.execute("set write_delay " + millis);
        }
    }

    /** A load in progress; closing it restores the server's way of writing. */
    public final class Load implements AutoCloseable {

        private final boolean h2;

        private Load(boolean h2) {
            this.h2 = h2;
        }

        /** Builds the indexes left out, writes everything the load left in memory and restores {@code WRITE_DELAY=0}. */
        @Override
        public void close() {
            if (!h2) {
                return;
            }
            try (Connection connection = dataSource.getConnection(); Statement checkpoint = connection.createStatement()) {
                long started = System.nanoTime();
                buildIndexes(connection);
                long built = System.nanoTime();
                LOG.info(() -> "Bulk load: search key indexes built in " + (built - started) / 1_000_000 + " ms");
                writeDelay(connection, SERVER_WRITE_DELAY_MS);
                checkpoint.execute("checkpoint");
            } catch (SQLException e) {
                LOG.log(Level.WARNING, "Bulk load mode not ended: {0}, SQL state {1}", new Object[] {e.getClass().getName(), e.getSQLState()});
            }
        }
    }
}
