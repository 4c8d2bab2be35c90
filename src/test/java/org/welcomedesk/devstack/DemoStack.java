package org.welcomedesk.devstack;

import org.welcomedesk.devstack.democity.DemoCityLoad;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The demo stack's Keycloak and demo city: {@code start} checks every port the stack needs, the
 * city's and the national hub's (so a clash is reported before anything starts), starts Keycloak
 * and records its process id; {@code load}, once the application runs, loads the demo city into
 * an empty registry through the import API ({@link DemoCityLoad}); {@code stop} stops Keycloak by
 * its id. The pom's run and stop profiles call this around the Liberty plugin's start and stop
 * of both servers.
 */
public final class DemoStack {

    static final int KEYCLOAK_PORT = 8180;
    static final String APPLICATION_URL = "http://localhost:9080";
    static final int KEYCLOAK_MANAGEMENT_PORT = 8190;
    /** The city's two ports, then the national hub's (pom.xml, run profile: demo.hub.http.port...). */
    static final List<Integer> LIBERTY_PORTS = List.of(9080, 9443, 9081, 9444);

    private DemoStack() {}

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(System.getProperty("data.dir", ".data"));
        Path pidFile = dataDir.resolve("keycloak.pid");
        String command = args.length == 0 ? "" : args[0];
        switch (command) {
            case "start" -> start(pidFile);
            case "load" -> load(Path.of(System.getProperty("demo.file", "target/demo-city.csv")));
            case "stop" -> stop(pidFile);
            default -> throw new IllegalArgumentException("Use start, load or stop");
        }
    }

    private static void start(Path pidFile) throws IOException, InterruptedException {
        Ports.requireFree(LIBERTY_PORTS);
        Optional<ProcessHandle> ours = running(pidFile);
        if (ours.isPresent()) {
            // e.g. after the application's JVM died: restart it against the same Keycloak
            System.out.println("Keycloak is already running (pid " + ours.get().pid() + "); reusing it");
            return;
        }
        KeycloakServer keycloak = KeycloakServer.fromSystemProperties(KEYCLOAK_PORT, KEYCLOAK_MANAGEMENT_PORT);
        System.out.println("Starting Keycloak on " + keycloak.url() + " (log: " + keycloak.logFile() + ")");
        Process process = keycloak.start();
        Files.createDirectories(pidFile.getParent());
        Files.writeString(pidFile, Long.toString(process.pid()));
        System.out.println("Keycloak is ready (pid " + process.pid() + "); starting the national hub on"
                + " http://127.0.0.1:9081/national/, then Welcome Desk on http://localhost:9080/");
    }

    /**
     * Loads the demo city of {@code welcomedesk.demo.people} (passed on by the pom; 50,000 by
     * default) into the running application, if its registry is empty: minutes, see README.
     */
    private static void load(Path file) throws IOException, InterruptedException {
        int people = Integer.getInteger("welcomedesk.demo.people", 50_000);
        new DemoCityLoad(APPLICATION_URL, "http://127.0.0.1:" + KEYCLOAK_PORT, System.out)
                .loadIfEmpty(people, LocalDate.now(), file);
    }

    private static void stop(Path pidFile) throws IOException {
        Optional<ProcessHandle> running = running(pidFile);
        if (running.isEmpty()) {
            System.out.println("Keycloak is not running.");
        } else {
            KeycloakServer.stop(running.get());
            System.out.println("Keycloak stopped (pid " + running.get().pid() + ").");
        }
        Files.deleteIfExists(pidFile);
    }

    /** The Keycloak this stack started, if it is still alive. */
    private static Optional<ProcessHandle> running(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()))
                .filter(ProcessHandle::isAlive);
    }
}
