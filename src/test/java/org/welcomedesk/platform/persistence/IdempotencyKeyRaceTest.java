package org.welcomedesk.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.welcomedesk.testsupport.PostgresServer;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two transactions save the same Idempotency-Key at once, on both databases the city may run:
 * the second fails in a way {@link IdempotentCreations} recognises as "the key is taken", so it
 * answers with the first result instead of a server error. (The API's race itself is in
 * IdempotentRegistrationIT, which runs on H2.)
 */
class IdempotencyKeyRaceTest {

    enum Database {
        H2,
        POSTGRESQL
    }

    private static PostgresServer postgres;

    @BeforeAll
    static void startPostgres() {
        postgres = new PostgresServer().start();
    }

    @AfterAll
    static void stopPostgres() {
        postgres.stop();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theSecondTransactionToSaveAKeyFindsItTaken(Database database) throws Exception {
        try (EntityManagerFactory factory = migrated(database)) {
            String key = UUID.randomUUID().toString();
            EntityManager first = factory.createEntityManager();
            EntityManager second = factory.createEntityManager();
            first.getTransaction().begin();
            first.persist(new IdempotencyRecord(key, "clerk", "hash", "person-1", Instant.now()));
            first.flush();

            // the second waits on the first's uncommitted key (PostgreSQL) or retries until it is
            // committed (H2), then fails
            CompletableFuture<PersistenceException> failure = CompletableFuture.supplyAsync(() -> {
                second.getTransaction().begin();
                second.persist(new IdempotencyRecord(key, "clerk", "hash", "person-2", Instant.now()));
                try {
                    second.flush();
                    return null;
                } catch (PersistenceException e) {
                    return e;
                } finally {
                    second.getTransaction().rollback();
                }
            });
            Thread.sleep(300);
            first.getTransaction().commit();

            PersistenceException taken = failure.get(30, TimeUnit.SECONDS);
            assertNotNull(taken, "the key was saved twice");
            assertTrue(IdempotentCreations.keyTaken(taken), "not recognised as a taken key: " + taken);
            EntityManager reader = factory.createEntityManager();
            assertEquals(
                    "person-1",
                    reader.find(IdempotencyRecord.class, new IdempotencyRecord.Key(key, "clerk"))
                            .getResourceId(),
                    "the first result stands");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void otherFailuresAreNotTakenForATakenKey(Database database) {
        try (EntityManagerFactory factory = migrated(database)) {
            EntityManager em = factory.createEntityManager();
            em.getTransaction().begin();
            // a resource id longer than its column: a failure, but not a race for the key
            em.persist(new IdempotencyRecord(
                    UUID.randomUUID().toString(), "clerk", "hash", "x".repeat(80), Instant.now()));
            try {
                em.flush();
                throw new AssertionError("an overlong resource id was saved");
            } catch (PersistenceException e) {
                assertFalse(IdempotentCreations.keyTaken(e), e.toString());
            } finally {
                em.getTransaction().rollback();
            }
        }
    }

    private static EntityManagerFactory migrated(Database database) {
        DataSource dataSource;
        String url;
        String user;
        String password;
        if (database == Database.H2) {
            JdbcDataSource h2 = new JdbcDataSource();
            Path file =
                    Path.of("target", "test-db", UUID.randomUUID().toString()).toAbsolutePath();
            // the lock timeout of the application's data source (liberty/datasource.xml)
            h2.setURL("jdbc:h2:" + file + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000");
            h2.setUser("welcomedesk");
            h2.setPassword("welcomedesk");
            dataSource = h2;
            url = h2.getURL();
            user = "welcomedesk";
            password = "welcomedesk";
        } else {
            String schema = "t" + UUID.randomUUID().toString().replace("-", "");
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(postgres.jdbcUrl());
            pg.setUser(postgres.username());
            pg.setPassword(postgres.password());
            try (var c = pg.getConnection();
                    var s = c.createStatement()) {
                s.execute("create schema " + schema);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            pg.setCurrentSchema(schema);
            dataSource = pg;
            url = postgres.jdbcUrl() + (postgres.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
            user = postgres.username();
            password = postgres.password();
        }
        SchemaMigration.migrate(dataSource, IdempotencyKeyRaceTest.class.getClassLoader());
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.jdbc.url", url);
        properties.put("jakarta.persistence.jdbc.user", user);
        properties.put("jakarta.persistence.jdbc.password", password);
        properties.put("eclipselink.logging.level", "OFF");
        return Persistence.createEntityManagerFactory("welcomedesk", properties);
    }
}
