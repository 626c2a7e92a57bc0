package app.tandem.smoke;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packaged jar, started as the README starts it: {@code PORT=<port> java -jar target/tandem-<version>.jar
 * --tandem.embedded-db.data-dir=<dir>}, here with a free port (and management port) and a fresh data directory (so: embedded MariaDB,
 * demo data, scheduled jobs on, production mode). Its output goes to a log file the smoke reads.
 */
final class PackagedJar implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("Tandem is ready at (http://localhost:\\d+)/");
    private static final Pattern DATABASE = Pattern.compile("Embedded MariaDB started on 127\\.0\\.0\\.1:(\\d+) ");
    /** A log line of level ERROR in Spring Boot's console format (timestamp, level, pid). */
    private static final Pattern ERROR_LINE = Pattern.compile("^\\S+\\s+ERROR\\s+\\d+\\s");

    private final Process process;
    private final Path log;
    private final String baseUrl;
    private final int databasePort;

    private PackagedJar(Process process, Path log, String baseUrl, int databasePort) {
        this.process = process;
        this.log = log;
        this.baseUrl = baseUrl;
        this.databasePort = databasePort;
    }

    /** Starts the jar in {@code target/} and waits until it says it is ready. */
    static PackagedJar start(Path target, Path work, Duration timeout) throws IOException, InterruptedException {
        Path jar = jarIn(target);
        deleteRecursively(work);
        Path dataDir = Files.createDirectories(work.resolve("db"));
        Path log = work.resolve("app.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar.toString(),
                "--tandem.embedded-db.data-dir=" + dataDir.toAbsolutePath())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PORT", Integer.toString(freePort()));
        // a free management port too: the default 8081 may be another instance's on a shared build machine
        builder.environment().put("MANAGEMENT_PORT", Integer.toString(freePort()));
        System.out.println("Production smoke: PORT=" + builder.environment().get("PORT") + " MANAGEMENT_PORT="
                + builder.environment().get("MANAGEMENT_PORT") + " " + String.join(" ", builder.command()));
        Process process = builder.start();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Matcher ready = READY.matcher(output);
            if (ready.find()) {
                Matcher database = DATABASE.matcher(output);
                if (!database.find()) {
                    throw new IllegalStateException("Tandem is ready, but its log names no embedded MariaDB port");
                }
                return new PackagedJar(process, log, ready.group(1), Integer.parseInt(database.group(1)));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The jar stopped with exit code " + process.exitValue() + ":\n"
                        + tail(output));
            }
            Thread.sleep(250);
        }
        PackagedJar started = new PackagedJar(process, log, "", 0);
        started.close();
        throw new IllegalStateException("The jar was not ready within " + timeout + ":\n"
                + tail(Files.readString(log, StandardCharsets.UTF_8)));
    }

    String baseUrl() {
        return baseUrl;
    }

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + databasePort + "/tandem?sslMode=disable";
    }

    /** Every line of level ERROR the application has logged so far, with the stack trace line after it. */
    List<String> errorLines() throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return Stream.iterate(0, i -> i < lines.size(), i -> i + 1)
                .filter(i -> ERROR_LINE.matcher(lines.get(i)).find())
                .map(i -> lines.get(i) + (i + 1 < lines.size() ? "\n    " + lines.get(i + 1) : ""))
                .toList();
    }

    /** Stops the application as a service manager would (SIGTERM), then anything it left running. */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        for (ProcessHandle child : children) {
            if (child.isAlive()) {
                child.destroyForcibly();
            }
        }
    }

    private static Path jarIn(Path target) throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches("tandem-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No tandem-*.jar in " + target
                            + ": the smoke runs after `package` (./mvnw verify)"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(String output) {
        return output.substring(Math.max(0, output.length() - 6000));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
