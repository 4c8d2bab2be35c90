package org.welcomedesk.testsupport;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Points the integration-test server at a PostgreSQL of its own when the run asks for it
 * ({@code -Dit.database=postgresql}, the pom's second failsafe execution): before any test
 * starts the server, a throwaway {@link PostgresServer} is started and the server's data source
 * is overridden in {@code configDropins/overrides/postgresql.xml}; when the run ends the database
 * is stopped and deleted. Without the property (unit tests, the H2 run) it does nothing.
 */
public class TestServerOnPostgres implements LauncherSessionListener {

    private PostgresServer postgres;
    private Path override;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!"postgresql".equals(System.getProperty("it.database"))) {
            return;
        }
        Path server = Path.of(
                System.getProperty("liberty.install.dir"), "usr", "servers", System.getProperty("it.server.name"));
        if (!Files.isDirectory(server)) {
            throw new IllegalStateException(server + " is missing: run the tests with `mvn verify`");
        }
        postgres = new PostgresServer().start();
        override = server.resolve("configDropins/overrides/postgresql.xml");
        String dataDir = Path.of(System.getProperty("it.data.dir", "target/it-data-postgresql"))
                .toAbsolutePath()
                .toString();
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Written by TestServerOnPostgres for this test run only. -->
                <server>
                    <variable name="db.kind" value="postgresql"/>
                    <variable name="db.url" value="%s"/>
                    <variable name="db.user" value="%s"/>
                    <variable name="db.password" value="%s"/>
                    <variable name="welcomedesk.data.dir" value="%s"/>
                </server>
                """.formatted(
                        postgres.jdbcUrl().replace("&", "&amp;"), postgres.username(), postgres.password(), dataDir);
        try {
            Files.createDirectories(override.getParent());
            Files.writeString(override, xml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            postgres.stop();
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (postgres == null) {
            return;
        }
        try {
            Files.deleteIfExists(override);
        } catch (IOException e) {
            // the next run writes it afresh
        } finally {
            postgres.stop();
        }
    }
}
