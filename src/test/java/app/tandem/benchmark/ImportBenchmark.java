package app.tandem.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.base.io.ImportReport;
import app.tandem.crm.CrmImportService;
import app.tandem.crm.ImportProgress;
import app.tandem.crm.ImportTarget;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The set-based import against its floor (docs/benchmarks.md, section "Import"): 100,000 new accounts through the
 * import service versus {@code LOAD DATA LOCAL INFILE} of the same file into a bare table, interleaved, several
 * runs; then one import of 1,000,000 rows, sampling the heap and counting progress callbacks. On demand only (the
 * class name matches no surefire pattern), on a fresh database of its own:
 * {@code ./mvnw -o -Pbenchmark test -Dtest=ImportBenchmark}; the results go to {@code target/import-benchmark.md}.
 */
@SpringBootTest(properties = {
    "tandem.embedded-db.data-dir=${import-benchmark.data-dir:target/import-bench-db}",
    "tandem.embedded-db.ephemeral=true",
    "tandem.embedded-db.buffer-pool-size=${import-benchmark.buffer-pool-size:2G}",
    "tandem.demo-data=false",
    "tandem.import.max-rows=1000000",
    "logging.level.app.tandem=WARN"})
class ImportBenchmark {

    static final int ROWS = Integer.getInteger("import-benchmark.rows", 100_000);
    static final int RUNS = Integer.getInteger("import-benchmark.runs", 3);
    static final int LARGE_ROWS = Integer.getInteger("import-benchmark.large-rows", 1_000_000);
    static final Map<String, Integer> MAPPING = Map.of("name", 0, "website", 1, "industry", 2, "city", 3,
            "status", 4, "owner", 5);

    @Autowired
    CrmImportService importService;
    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void import_versus_load_data_and_a_million_rows_in_bounded_memory() throws Exception {
        TestOrg org = new TestOrg(userService, teamService);
        Person manager = org.person("bench-manager", Role.MANAGER, Role.STAFF);
        Person seller = org.person("bench-seller", Role.STAFF);
        org.team("Bench Sales", TeamKind.SALES, null, seller);
        jdbc.execute("DROP TABLE IF EXISTS bench_import_floor");
        jdbc.execute("CREATE TABLE bench_import_floor (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(200),"
                + " domain VARCHAR(200), industry VARCHAR(100), city VARCHAR(100), status VARCHAR(20),"
                + " owner VARCHAR(100))");
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Run on %s; load average before: %s.%n%n", Instant.now(), load()));
        md.append("| run | import s | import rows/s | LOAD DATA s | LOAD DATA rows/s | ratio import/LOAD DATA"
                + " | load average (1 min) |\n|---|---:|---:|---:|---:|---:|---:|\n");
        List<Double> ratios = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            Path file = csv("r" + run, ROWS, seller.username());
            long started = System.nanoTime();
            ImportReport report = manager.run(() -> importService.importFile(ImportTarget.ACCOUNTS, file, MAPPING));
            double importSeconds = (System.nanoTime() - started) / 1e9;
            assertThat(report.errorCount()).as("errors: %s", report.errors()).isZero();
            assertThat(report.created()).isEqualTo(ROWS);
            double loadSeconds = loadData(file);
            double ratio = importSeconds / loadSeconds;
            ratios.add(ratio);
            md.append(String.format(Locale.ROOT, "| %d | %.2f | %,.0f | %.2f | %,.0f | %.2f | %s |%n", run,
                    importSeconds, ROWS / importSeconds, loadSeconds, ROWS / loadSeconds, ratio,
                    load().split(" ")[0]));
            cleanUp(file);
        }
        md.append(String.format(Locale.ROOT, "%nMedian ratio import / LOAD DATA: %.2f (target: at most 2.0, i.e."
                + " at least half the LOAD DATA rate).%n%n", ratios.stream().sorted().toList().get(ratios.size() / 2)));

        Path large = csv("large", LARGE_ROWS, seller.username());
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        List<long[]> progress = new ArrayList<>();
        long started = System.nanoTime();
        ImportReport report = manager.run(() -> importService.importFile(ImportTarget.ACCOUNTS, large,
                "large.csv", MAPPING, Locale.ENGLISH, (ImportProgress p) -> progress.add(
                        new long[] {(System.nanoTime() - started) / 1_000_000, p.rowsDone(), p.stage().ordinal()})));
        double seconds = (System.nanoTime() - started) / 1e9;
        sampler.interrupt();
        assertThat(report.created()).isEqualTo(LARGE_ROWS);
        long lastChecking = progress.stream().filter(p -> p[2] == 0).mapToLong(p -> p[0]).max().orElse(0);
        md.append(String.format(Locale.ROOT, """
                One import of %,d rows (%.0f MB file): %.1f s (%,.0f rows/s). Heap (-Xmx%d MB): %.0f MB used before, \
                peak %.0f MB while importing (sampled every 20 ms), i.e. %.0f MB above the baseline. Progress callback: \
                %d calls, the first after %d ms, the last while reading after %d ms (%,d rows read), the last (written) \
                after %d ms. Load average after: %s.
                """, LARGE_ROWS, Files.size(large) / 1e6, seconds, LARGE_ROWS / seconds,
                Runtime.getRuntime().maxMemory() >> 20, baseline / 1e6, peak.get() / 1e6,
                (peak.get() - baseline) / 1e6, progress.size(), progress.getFirst()[0], lastChecking,
                progress.stream().filter(p -> p[2] == 0).mapToLong(p -> p[1]).max().orElse(0),
                progress.getLast()[0], load()));
        cleanUp(large);
        jdbc.execute("DROP TABLE bench_import_floor");
        Path out = Path.of("target", "import-benchmark.md");
        Files.writeString(out, md);
        System.out.println(md);
    }

    /** LOAD DATA of the same file into a bare table, in seconds. */
    private double loadData(Path file) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            long started = System.nanoTime();
            statement.execute("LOAD DATA LOCAL INFILE '" + file.toAbsolutePath() + "' INTO TABLE bench_import_floor"
                    + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY ',' IGNORE 1 LINES"
                    + " (name, domain, industry, city, status, owner)");
            return (System.nanoTime() - started) / 1e9;
        }
    }

    private void cleanUp(Path file) throws IOException {
        jdbc.execute("DELETE FROM account_aud WHERE id IN (SELECT id FROM account WHERE name LIKE 'Bench %')");
        jdbc.execute("DELETE FROM account WHERE name LIKE 'Bench %'");
        jdbc.execute("TRUNCATE TABLE bench_import_floor");
        Files.deleteIfExists(file);
    }

    private static Path csv(String run, int rows, String owner) throws IOException {
        Path file = Files.createTempFile("import-bench-", ".csv");
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("Company,Website,Industry,City,Status,Owner\n");
            for (int i = 0; i < rows; i++) {
                out.write("Bench " + run + " " + i + ",b" + i + "-" + run + ".example,Logistics,Berlin,"
                        + (i % 3 == 0 ? "Prospect" : "Customer") + "," + owner + "\n");
            }
        }
        return file;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "?";
        }
    }
}
