package org.welcomedesk.statistics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.welcomedesk.statistics.domain.DisclosureControl;
import org.welcomedesk.statistics.domain.ProtectionParameters;

import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * The city's disclosure control, from server configuration (MicroProfile Config; environment
 * variables such as WELCOMEDESK_STATISTICS_PROTECTION_SECRET in production). The parameters
 * never leave the server: no page, API or log shows them, only their version.
 */
@ApplicationScoped
public class StatisticsProtection {

    /** The secret the demo runs with; a production server must set its own. */
    static final String DEMO_SECRET = "welcome-desk-demo-protection-secret";

    private static final Logger LOG = Logger.getLogger(StatisticsProtection.class.getName());

    @Inject
    @ConfigProperty(name = "welcomedesk.statistics.protection.version", defaultValue = "demo-1")
    String version;

    @Inject
    @ConfigProperty(name = "welcomedesk.statistics.protection.max-deviation", defaultValue = "3")
    int maxDeviation;

    @Inject
    @ConfigProperty(name = "welcomedesk.statistics.protection.variance", defaultValue = "2.0")
    double variance;

    @Inject
    @ConfigProperty(name = "welcomedesk.statistics.protection.secret", defaultValue = DEMO_SECRET)
    String secret;

    @Inject
    @ConfigProperty(name = "welcomedesk.statistics.protection.threshold", defaultValue = "5")
    int threshold;

    @Inject
    @ConfigProperty(name = "welcomedesk.statistics.protection.sensitive-threshold", defaultValue = "10")
    int sensitiveThreshold;

    private volatile DisclosureControl control;

    /** The disclosure control every output goes through. */
    public DisclosureControl control() {
        DisclosureControl current = control;
        if (current == null) {
            synchronized (this) {
                if (control == null) {
                    if (DEMO_SECRET.equals(secret)) {
                        LOG.warning("Statistics are protected with the demo secret: set "
                                + "WELCOMEDESK_STATISTICS_PROTECTION_SECRET before publishing anything.");
                    }
                    control = new DisclosureControl(new ProtectionParameters(
                            version,
                            maxDeviation,
                            variance,
                            secret.getBytes(StandardCharsets.UTF_8),
                            threshold,
                            sensitiveThreshold));
                }
                current = control;
            }
        }
        return current;
    }
}
