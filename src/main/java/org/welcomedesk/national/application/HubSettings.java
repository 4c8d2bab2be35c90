package org.welcomedesk.national.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The national hub's settings (docs/national.md, Settings). */
@ApplicationScoped
public class HubSettings {

    @Inject
    @ConfigProperty(name = "welcomedesk.national.hub", defaultValue = "false")
    boolean hub;

    @Inject
    @ConfigProperty(name = "welcomedesk.national.country", defaultValue = "PT")
    String country;

    @Inject
    @ConfigProperty(name = "welcomedesk.national.deadline-days", defaultValue = "90")
    int deadlineDays;

    @Inject
    @ConfigProperty(name = "welcomedesk.national.cities")
    Optional<String> expectedCities;

    @Inject
    @ConfigProperty(name = "welcomedesk.national.mirror-tolerance", defaultValue = "0.05")
    double mirrorTolerance;

    @Inject
    @ConfigProperty(name = "welcomedesk.national.demo-cities")
    Optional<String> demoCities;

    /** This deployment is the national hub: it receives and pools releases. */
    public boolean hub() {
        return hub;
    }

    /** The country's code: REF_AREA of the national totals. */
    public String country() {
        return country;
    }

    public Deadline deadline() {
        return new Deadline(deadlineDays);
    }

    /** The cities expected to send, besides those that have sent. */
    public Set<String> expectedCities() {
        return new TreeSet<>(codes(expectedCities));
    }

    /** The share of a flow the two sides of the mirror check may differ by beyond protection. */
    public double mirrorTolerance() {
        return mirrorTolerance;
    }

    /** The simulated cities whose releases the demo hub receives at its first start. */
    public List<String> demoCities() {
        return codes(demoCities);
    }

    private static List<String> codes(Optional<String> list) {
        return list.map(value -> Arrays.stream(value.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList())
                .orElse(List.of());
    }
}
