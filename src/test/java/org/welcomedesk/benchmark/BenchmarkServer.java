package org.welcomedesk.benchmark;

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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The application as deployed, in an Open Liberty server of its own for a benchmark: the runtime
 * unpacked once under the benchmark's work directory, the config of liberty/, the WAR of
 * {@code mvn package}, its own ports and database. Benchmarks that need the application over
 * HTTP (scale, load, faults) start it here rather than each in its own way.
 */
final class BenchmarkServer {

    private final Path work;
    private final String name;
    private final int httpPort;
    private final int httpsPort;
    private final int keycloakPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Path serverDir;
    private long pid = -1;

    BenchmarkServer(Path work, String name, int httpPort, int httpsPort, int keycloakPort) {
        this.work = work;
        this.name = name;
        this.httpPort = httpPort;
        this.httpsPort = httpsPort;
        this.keycloakPort = keycloakPort;
    }

    /** The application's base address, e.g. {@code http://localhost:9380}. */
    String url() {
        return "http://localhost:" + httpPort;
    }

    /** The server's process id while it runs (after {@link #start()}). */
    long pid() {
        return pid;
    }

    /**
     * A fresh server directory and an empty database: H2 when {@code db} is empty, else the
     * {@code db.*} bootstrap properties it gives (PostgreSQL).
     *
     * @param dataName    the data directory under the work directory (deleted first)
     * @param jvmOptions  lines of jvm.options, e.g. {@code -Xmx10g}
     */
    BenchmarkServer prepare(Map<String, String> db, String dataName, List<String> jvmOptions) throws IOException {
        Path wlp = work.resolve("wlp");
        if (!Files.isDirectory(wlp.resolve("bin"))) {
            unzip(Path.of(System.getProperty("liberty.zip")), work);
            try (var files = Files.walk(wlp.resolve("bin"))) {
                files.filter(Files::isRegularFile).forEach(f -> f.toFile().setExecutable(true));
            }
        }
        serverDir = wlp.resolve("usr/servers/" + name);
        deleteTree(serverDir);
        Files.createDirectories(serverDir.resolve("apps"));
        for (String config : List.of("server.xml", "application.xml")) {
            Files.copy(Path.of("liberty", config), serverDir.resolve(config), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.copy(Path.of(System.getProperty("war.file", "target/welcome-desk.war")),
                serverDir.resolve("apps/welcome-desk.war"), StandardCopyOption.REPLACE_EXISTING);
        Path data = work.resolve(dataName);
        deleteTree(data);
        Map<String, String> bootstrap = new LinkedHashMap<>();
        bootstrap.put("http.port", String.valueOf(httpPort));
        bootstrap.put("https.port", String.valueOf(httpsPort));
        bootstrap.put("app.url", url());
        bootstrap.put("keycloak.url", "http://127.0.0.1:" + keycloakPort);
        bootstrap.put("welcomedesk.data.dir", data.toString());
        bootstrap.put("jdbc.driver.dir", Path.of(System.getProperty("jdbc.driver.dir", "target/jdbc-drivers"))
                .toAbsolutePath().toString());
        bootstrap.putAll(db);
        StringBuilder properties = new StringBuilder();
        bootstrap.forEach((k, v) -> properties.append(k).append('=').append(v.replace("\\", "\\\\")).append('\n'));
        Files.writeString(serverDir.resolve("bootstrap.properties"), properties);
        Files.writeString(serverDir.resolve("jvm.options"), String.join("\n", jvmOptions) + "\n");
        return this;
    }

    /**
     * Starts the prepared server (again, after a stop or a kill: its data stays) and waits until
     * the application reports ready, at most {@code readyWithin}.
     *
     * @return how long the start took
     */
    Duration start(Duration readyWithin) throws Exception {
        Instant started = Instant.now();
        launch();
        Instant deadline = started.plus(readyWithin);
        boolean ready = false;
        while (!ready && Instant.now().isBefore(deadline)) {
            try {
                ready = http.send(HttpRequest.newBuilder(URI.create(url() + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException notYet) {
                // still starting
            }
            if (!ready) {
                Thread.sleep(500);
            }
        }
        if (!ready) {
            throw new IllegalStateException("The application was not ready within " + readyWithin.toSeconds()
                    + " s; see " + serverDir.resolve("logs/messages.log"));
        }
        return Duration.between(started, Instant.now());
    }

    /** Starts the prepared server without waiting for the application to be ready (which needs Keycloak). */
    void launch() throws Exception {
        Process start = new ProcessBuilder(bin().toString(), "start", name).inheritIO().start();
        if (start.waitFor() != 0) {
            throw new IllegalStateException("Liberty did not start; see " + serverDir.resolve("logs/messages.log"));
        }
        pid = Long.parseLong(Files.readString(serverDir.getParent().resolve(".pid/" + name + ".pid")).strip());
    }

    /** Liberty's own stop; the process is killed if it is still there afterwards. */
    void stop() throws Exception {
        new ProcessBuilder(bin().toString(), "stop", name).inheritIO().start().waitFor();
        kill();
    }

    /** {@code kill -9} of the server process: no shutdown hooks, no flush, as in a crash. */
    void kill() throws InterruptedException {
        var process = ProcessHandle.of(pid);
        if (process.isPresent() && process.get().isAlive()) {
            process.get().destroyForcibly(); // SIGKILL on Linux
            process.get().onExit().join();
        }
    }

    /** The server's peak resident memory (VmHWM), in MB. */
    long peakRssMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }

    private Path bin() {
        return work.resolve("wlp/bin/server");
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
