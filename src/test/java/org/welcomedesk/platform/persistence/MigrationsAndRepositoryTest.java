package org.welcomedesk.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.welcomedesk.platform.referencedata.domain.District;
import org.welcomedesk.platform.referencedata.infrastructure.JpaDistrictRepository;
import org.welcomedesk.platform.referencedata.infrastructure.JpaReferenceCatalogue;
import org.welcomedesk.testsupport.PostgresServer;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same migrations and the same JPA mapping on both databases the city may run on: the
 * embedded H2 file database and PostgreSQL (a real server, started for this test).
 */
class MigrationsAndRepositoryTest {

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
    void migrationsCreateTheSchemaAndLoadTheReferenceDataOnce(Database database) {
        Connection connection = connect(database);

        MigrateResult first =
                SchemaMigration.migrate(connection.dataSource, getClass().getClassLoader());
        MigrateResult second =
                SchemaMigration.migrate(connection.dataSource, getClass().getClassLoader());

        assertTrue(first.migrationsExecuted >= 2, "schema and reference data");
        assertEquals(0, second.migrationsExecuted, "a second start applies nothing");

        try (EntityManagerFactory factory = connection.entityManagerFactory()) {
            EntityManager em = factory.createEntityManager();
            var catalogue = new JpaReferenceCatalogue(em);
            assertTrue(catalogue.countries().size() >= 249);
            var ivoryCoast = catalogue.countries().stream()
                    .filter(c -> c.getCode().equals("CI"))
                    .findFirst()
                    .orElseThrow();
            assertEquals("Côte d’Ivoire", ivoryCoast.nameIn(Locale.FRENCH));
            var arabic = catalogue.languages().stream()
                    .filter(l -> l.getCode().equals("ar"))
                    .findFirst()
                    .orElseThrow();
            assertEquals("العربية", arabic.nameIn(Locale.forLanguageTag("ar")));
            assertTrue(new JpaDistrictRepository(em)
                            .validOn("DEMO", LocalDate.now())
                            .size()
                    >= 10);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aDistrictRoundTripsThroughTheRepository(Database database) {
        Connection connection = connect(database);
        SchemaMigration.migrate(connection.dataSource, getClass().getClassLoader());
        String code = "R" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        long id;

        try (EntityManagerFactory factory = connection.entityManagerFactory()) {
            EntityManager em = factory.createEntityManager();
            em.getTransaction().begin();
            District district = new District("DEMO", code, "Bairro Novo – الحي الجديد", LocalDate.of(2026, 1, 1), null);
            new JpaDistrictRepository(em).add(district);
            em.getTransaction().commit();
            id = district.getId();
        }
        try (EntityManagerFactory factory = connection.entityManagerFactory()) {
            var repository = new JpaDistrictRepository(factory.createEntityManager());
            District found = repository.find(id).orElseThrow();
            assertEquals("Bairro Novo – الحي الجديد", found.getName());
            assertEquals(LocalDate.of(2026, 1, 1), found.getValidFrom());
            assertEquals(1, repository.withCode("DEMO", code).size());
        }
    }

    private Connection connect(Database database) {
        return switch (database) {
            case H2 -> {
                JdbcDataSource h2 = new JdbcDataSource();
                Path file = Path.of("target", "test-db", UUID.randomUUID().toString())
                        .toAbsolutePath();
                h2.setURL("jdbc:h2:" + file + ";WRITE_DELAY=0");
                h2.setUser("welcomedesk");
                h2.setPassword("welcomedesk");
                yield new Connection(h2, h2.getURL(), "welcomedesk", "welcomedesk");
            }
            case POSTGRESQL -> {
                // each test gets a schema of its own, so both start from nothing
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
                String url =
                        postgres.jdbcUrl() + (postgres.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
                yield new Connection(pg, url, postgres.username(), postgres.password());
            }
        };
    }

    /** A data source for the migrations and a matching JPA unit outside the container. */
    private record Connection(DataSource dataSource, String url, String user, String password) {
        EntityManagerFactory entityManagerFactory() {
            Map<String, Object> properties = new HashMap<>();
            properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
            properties.put("jakarta.persistence.jtaDataSource", "");
            properties.put("jakarta.persistence.jdbc.url", url);
            properties.put("jakarta.persistence.jdbc.user", user);
            properties.put("jakarta.persistence.jdbc.password", password);
            properties.put("eclipselink.logging.level", "WARNING");
            return Persistence.createEntityManagerFactory("welcomedesk", properties);
        }
    }
}
