package org.welcomedesk.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Ready only when the registry database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "jdbc/welcomedesk")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            return HealthCheckResponse.named("database")
                    .status(connection.isValid(2))
                    .build();
        } catch (SQLException e) {
            // The reason goes to the server log, not to an unauthenticated endpoint.
            java.util.logging.Logger.getLogger(DatabaseReadiness.class.getName())
                    .warning(() -> "Database not ready: SQL state " + e.getSQLState() + ", "
                            + e.getClass().getSimpleName());
            return HealthCheckResponse.named("database").down().build();
        }
    }
}
