package org.welcomedesk.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A real Keycloak server (the keycloak-quarkus-dist from Maven Central) on 127.0.0.1, with the
 * welcome-desk realm imported. Used by the demo stack ({@code mvn -Prun}) and by the
 * integration tests, each with its own home directory and ports.
 */
public final class KeycloakServer {

    /** Ten minutes (a first start on a busy 2-core machine took 4.7); {@code -Dkeycloak.ready.minutes} changes it. */
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(Long.getLong("keycloak.ready.minutes", 10));

    private final Path distributionZip;
    private final Path home;
    private final int port;
    private final int managementPort;
    private final Path realmFile;

    public KeycloakServer(Path distributionZip, Path home, int port, int managementPort, Path realmFile) {
        this.distributionZip = distributionZip;
        this.home = home;
        this.port = port;
        this.managementPort = managementPort;
        this.realmFile = realmFile;
    }

    /** Builds one from system properties set by the pom (see failsafe and the run profile). */
    public static KeycloakServer fromSystemProperties(int defaultPort, int defaultManagementPort) {
        return new KeycloakServer(
                Path.of(required("keycloak.zip")),
                Path.of(required("keycloak.home")),
                Integer.getInteger("keycloak.port", defaultPort),
                Integer.getInteger("keycloak.management.port", defaultManagementPort),
                Path.of(required("realm.file")));
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public int managementPort() {
        return managementPort;
    }

    public Path logFile() {
        return home.resolve("keycloak.log");
    }

    /**
     * Unpacks the distribution on first use, imports the realm afresh and starts the server;
     * returns the process once Keycloak reports ready.
     */
    public Process start() throws IOException, InterruptedException {
        Ports.requireFree(List.of(port, managementPort));
        unpackIfNeeded();
        // Keycloak skips the import when the realm exists: start from realm/ every time, so
        // the realm export stays the one source of truth.
        deleteTree(home.resolve("data/h2"));
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        Files.copy(realmFile, imports.resolve("welcome-desk-realm.json"), StandardCopyOption.REPLACE_EXISTING);

        ProcessBuilder builder = new ProcessBuilder(
                        home.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--http-host=127.0.0.1",
                        "--http-port=" + port,
                        "--http-management-port=" + managementPort,
                        "--hostname=" + url(),
                        "--health-enabled=true",
                        "--import-realm")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
        // The bootstrap admin exists only on this loopback demo/test server.
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        builder.environment().putIfAbsent("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        Process process = builder.start();
        awaitReady(process);
        return process;
    }

    private void awaitReady(Process process) throws IOException, InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create("http://127.0.0.1:" + managementPort + "/health/ready");
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + logFile());
            }
            try {
                HttpRequest request = HttpRequest.newBuilder(ready)
                        .timeout(Duration.ofSeconds(2))
                        .build();
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        stop(process.toHandle());
        throw new IllegalStateException("Keycloak was not ready within " + READY_TIMEOUT + "; see " + logFile());
    }

    /** Stops the server by process id: kc.sh is a parent shell, so its children go first. */
    public static void stop(ProcessHandle kcShell) {
        List<ProcessHandle> family = kcShell.descendants().toList();
        family.forEach(ProcessHandle::destroy);
        kcShell.destroy();
        Instant deadline = Instant.now().plusSeconds(30);
        for (ProcessHandle process : concat(family, kcShell)) {
            while (process.isAlive() && Instant.now().isBefore(deadline)) {
                sleepBriefly();
            }
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }

    private static List<ProcessHandle> concat(List<ProcessHandle> family, ProcessHandle last) {
        return java.util.stream.Stream.concat(family.stream(), java.util.stream.Stream.of(last))
                .toList();
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path path :
                        paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private void unpackIfNeeded() throws IOException {
        Path marker = home.resolve(".unpacked");
        if (Files.exists(marker)) {
            return;
        }
        Files.createDirectories(home);
        try (ZipFile zip = new ZipFile(distributionZip.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                // Entries start with "keycloak-<version>/": strip that first segment.
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path target = home.resolve(name.substring(slash + 1)).normalize();
                if (!target.startsWith(home)) {
                    throw new IOException("Unexpected entry in Keycloak distribution: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                    if (name.endsWith(".sh")) {
                        target.toFile().setExecutable(true);
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.createFile(marker);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set (it comes from pom.xml)");
        }
        return value;
    }
}
