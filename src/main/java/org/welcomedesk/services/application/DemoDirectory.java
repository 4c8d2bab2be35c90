package org.welcomedesk.services.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.welcomedesk.platform.persistence.SchemaMigration;
import org.welcomedesk.services.domain.DirectoryRepository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Logger;

/**
 * Loads the demo city's service directory (about 40 services, shipped as an HSDS document) when
 * {@code welcomedesk.demo.directory} is on and the directory is empty: through the same HSDS
 * import administrators use.
 */
@ApplicationScoped
public class DemoDirectory {

    static final String RESOURCE = "/directory/demo-directory.json";

    private static final Logger LOG = Logger.getLogger(DemoDirectory.class.getName());

    @Inject
    DirectorySettings settings;

    @Inject
    DirectoryRepository directory;

    @Inject
    HsdsExchange exchange;

    void onStart(@Observes @Priority(SchemaMigration.ORDER + 50) @Initialized(ApplicationScoped.class) Object event) {
        if (!settings.loadDemoDirectory() || !isEmpty()) {
            return;
        }
        try {
            HsdsExchange.ImportSummary summary = exchange.importDocument(document());
            LOG.info(() -> "Demo directory loaded: " + summary.organizationsAdded() + " organisations, "
                    + summary.servicesAdded() + " services at " + summary.placesAdded() + " places");
        } catch (RuntimeException refused) {
            // the application still starts; an administrator can import a directory by hand
            LOG.warning(() -> "Demo directory not loaded: " + refused.getMessage());
        }
    }

    @jakarta.transaction.Transactional
    boolean isEmpty() {
        return directory.organizations().isEmpty();
    }

    /** The demo directory as shipped. */
    public static JsonObject document() {
        try (InputStream in = DemoDirectory.class.getResourceAsStream(RESOURCE);
                JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
