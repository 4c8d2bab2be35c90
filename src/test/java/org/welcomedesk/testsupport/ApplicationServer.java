package org.welcomedesk.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The application as deployed, in an Open Liberty server of its own: the config of liberty/, the
 * WAR of {@code mvn package}, its own ports, settings and data directory, started, stopped and
 * killed by process id. Benchmarks (scale, load, faults) and the integration tests that need
 * more than the one Arquillian server (a national hub beside two cities) start it here rather
 * than each in its own way.
 *
 * <p>The Liberty runtime is the one the integration-test run installed ({@code liberty.install.dir},
 * set by failsafe) when there is one, else {@code liberty.zip} unpacked once under the work
 * directory (the benchmark profile).
 */
public final class ApplicationServer implements AutoCloseable {

    private final Path work;
    private final String name;
    private final int httpPort;
    private final int httpsPort;
    private final int keycloakPort;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Path wlp;
    private Path serverDir;
    private long pid = -1;

    /**
     * @param work         where the data directories go (and the runtime, when it must be unpacked)
     * @param name         the Liberty server's name, unique on the machine while it runs
     * @param keycloakPort where the Keycloak the server trusts listens, on 127.0.0.1
     */
    public ApplicationServer(Path work, String name, int httpPort, int httpsPort, int keycloakPort) {
        this.work = work.toAbsolutePath();
        this.name = name;
        this.httpPort = httpPort;
        this.httpsPort = httpsPort;
        this.keycloakPort = keycloakPort;
    }

    /** The application's base address, e.g. {@code http://localhost:9380}. */
    public String url() {
        return "http://localhost:" + httpPort;
    }

    public String name() {
        return name;
    }

    /** The server's process id while it runs (after {@link #start}). */
    public long pid() {
        return pid;
    }

    /** The server's log, to name in a failure message. */
    public Path log() {
        return serverDir.resolve("logs/messages.log");
    }

    /**
     * A fresh server directory and an empty data directory (H2 database, imports).
     *
     * @param settings   Liberty variables (bootstrap.properties), e.g. {@code db.kind}, {@code db.url}
     *                   for PostgreSQL; {@code welcomedesk.*} ones also go to the JVM as system
     *                   properties, so MicroProfile Config reads them whatever server.xml declares
     * @param dataName   the data directory under the work directory (deleted first)
     * @param jvmOptions lines of jvm.options, e.g. {@code -Xmx10g}
     */
    public ApplicationServer prepare(Map<String, String> settings, String dataName, List<String> jvmOptions)
            throws IOException {
        wlp = runtime();
        serverDir = wlp.resolve("usr/servers/" + name);
        deleteTree(serverDir);
        Files.createDirectories(serverDir.resolve("apps"));
        // server.xml and every file it includes (datasource.xml, security.xml, application.xml)
        try (var config = Files.list(Path.of(System.getProperty("liberty.config.dir", "liberty")))) {
            for (Path file : config.filter(Files::isRegularFile).toList()) {
                Files.copy(file, serverDir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.copy(
                Path.of(System.getProperty("war.file", "target/welcome-desk.war")),
                serverDir.resolve("apps/welcome-desk.war"),
                StandardCopyOption.REPLACE_EXISTING);
        Path data = work.resolve(dataName);
        deleteTree(data);
        Map<String, String> bootstrap = new LinkedHashMap<>();
        bootstrap.put("http.port", String.valueOf(httpPort));
        bootstrap.put("https.port", String.valueOf(httpsPort));
        bootstrap.put("app.url", url());
        bootstrap.put("keycloak.url", "http://127.0.0.1:" + keycloakPort);
        bootstrap.put("welcomedesk.data.dir", data.toString());
        bootstrap.put(
                "jdbc.driver.dir",
                Path.of(System.getProperty("jdbc.driver.dir", "target/jdbc-drivers"))
                        .toAbsolutePath()
                        .toString());
        bootstrap.putAll(settings);
        StringBuilder properties = new StringBuilder();
        bootstrap.forEach((k, v) ->
                properties.append(k).append('=').append(v.replace("\\", "\\\\")).append('\n'));
        Files.writeString(serverDir.resolve("bootstrap.properties"), properties);
        List<String> jvm = new ArrayList<>(jvmOptions);
        settings.forEach((k, v) -> {
            if (k.startsWith("welcomedesk.")) {
                jvm.add("-D" + k + "=" + v);
            }
        });
        Files.writeString(serverDir.resolve("jvm.options"), String.join("\n", jvm) + "\n");
        return this;
    }

    /**
     * Starts the prepared server (again, after a stop or a kill: its data stays) and waits until
     * the application reports ready, at most {@code readyWithin}.
     *
     * @return how long the start took
     */
    public Duration start(Duration readyWithin) throws Exception {
        Instant started = Instant.now();
        launch();
        awaitReady(started.plus(readyWithin));
        return Duration.between(started, Instant.now());
    }

    /** Starts the prepared server without waiting for the application to be ready (which needs Keycloak). */
    public void launch() throws Exception {
        Process start = command("start").start();
        if (start.waitFor() != 0) {
            throw new IllegalStateException(
                    "Liberty did not start; see " + serverDir.resolve("launch.log") + " and " + log());
        }
        pid = Long.parseLong(Files.readString(serverDir.getParent().resolve(".pid/" + name + ".pid"))
                .strip());
    }

    /** Waits until the launched application reports ready, failing at {@code deadline}. */
    public void awaitReady(Instant deadline) throws Exception {
        boolean ready = false;
        String last = "no answer";
        while (!ready && Instant.now().isBefore(deadline)) {
            if (ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty()) {
                throw new IllegalStateException("Liberty " + name + " exited while starting; see " + log());
            }
            try {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(URI.create(url() + "/health/ready"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                ready = health.statusCode() == 200;
                last = health.statusCode() + " " + health.body();
            } catch (IOException notYet) {
                // still starting
            }
            if (!ready) {
                Thread.sleep(500);
            }
        }
        if (!ready) {
            throw new IllegalStateException("The application " + name + " was not ready in time (last /health/ready: "
                    + last + "); see " + log());
        }
    }

    /** Whether the server process is alive. */
    public boolean running() {
        return pid > 0 && ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent();
    }

    /** Liberty's own stop; the process is killed if it is still there afterwards. */
    public void stop() throws Exception {
        if (!running()) {
            return;
        }
        command("stop").start().waitFor();
        kill();
    }

    /** {@code kill -9} of the server process: no shutdown hooks, no flush, as in a crash. */
    public void kill() {
        if (pid <= 0) {
            return;
        }
        var process = ProcessHandle.of(pid);
        if (process.isPresent() && process.get().isAlive()) {
            process.get().destroyForcibly(); // SIGKILL on Linux
            process.get().onExit().join();
        }
    }

    /** Stops the server if it runs: for try-with-resources and a test's clean-up. */
    @Override
    public void close() throws Exception {
        stop();
    }

    /** The server's peak resident memory (VmHWM), in MB. */
    public long peakRssMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }

    /**
     * Liberty's server script, its output appended to the server's launch.log: a test JVM's own
     * output is the channel failsafe reads its results from, and must carry nothing else.
     */
    private ProcessBuilder command(String action) {
        return new ProcessBuilder(wlp.resolve("bin/server").toString(), action, name)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        serverDir.resolve("launch.log").toFile()));
    }

    /** The integration-test run's installed Liberty, or the benchmark's zip unpacked under the work directory. */
    private Path runtime() throws IOException {
        String installed = System.getProperty("liberty.install.dir");
        if (installed != null && Files.isExecutable(Path.of(installed, "bin/server"))) {
            return Path.of(installed).toAbsolutePath();
        }
        Path unpacked = work.resolve("wlp");
        if (!Files.isDirectory(unpacked.resolve("bin"))) {
            String zip = System.getProperty("liberty.zip");
            if (zip == null) {
                throw new IllegalStateException("Neither liberty.install.dir (integration tests) nor liberty.zip"
                        + " (benchmarks) names a Liberty runtime; both come from pom.xml");
            }
            unzip(Path.of(zip), work);
            try (var files = Files.walk(unpacked.resolve("bin"))) {
                files.filter(Files::isRegularFile).forEach(f -> f.toFile().setExecutable(true));
            }
        }
        return unpacked;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
