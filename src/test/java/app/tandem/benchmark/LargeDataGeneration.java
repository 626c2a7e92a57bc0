package app.tandem.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.benchmark.CrmDataGenerator.TableReport;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Builds the large database for the benchmarks (README, "Benchmark"): starts Tandem on the given data directory
 * (an empty one gets the demo data first), then appends the CRM ({@link CrmDataGenerator}) and people,
 * improvement items, checklist runs and findings ({@link WorkDataGenerator}) at the chosen scale, and prints the
 * rows per second of each table. Not part of the normal build; run with the benchmark profile:
 * {@code ./mvnw -Pbenchmark test -Dtest=LargeDataGeneration -Dgenerate.scale=large -Dbenchmark.data-dir=DIR};
 * {@code -Dgenerate.tables=deal,work} loads only those tables (CRM table names, {@code work} for the rest) and
 * {@code -Dgenerate.work-rows=N} sizes the improvement items and runs (default: one per account).
 */
@SpringBootTest(properties = {
    "tandem.embedded-db.data-dir=${benchmark.data-dir:/work/bench-db}",
    "tandem.embedded-db.ephemeral=false",
    "tandem.embedded-db.database-per-context=false",
    "tandem.embedded-db.buffer-pool-size=${benchmark.buffer-pool-size:4G}",
    "tandem.demo-data=true",
    "logging.level.app.tandem=INFO"})
class LargeDataGeneration {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void builds_the_large_database() {
        String scaleName = System.getProperty("generate.scale", "small");
        long seed = Long.getLong("generate.seed", 2026L);
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'manager'", Long.class))
                .as("a database with the demo organisation (never a production one)").isEqualTo(1);
        long started = System.nanoTime();
        CrmDataGenerator.Scale scale = CrmDataGenerator.Scale.parse(scaleName);
        String tables = System.getProperty("generate.tables", "");
        Set<String> crmTables = tables.isBlank() ? CrmDataGenerator.ALL_TABLES
                : Set.of(tables.split(",")).stream().filter(CrmDataGenerator.ALL_TABLES::contains)
                        .collect(Collectors.toSet());
        List<TableReport> reports = new ArrayList<>(
                new CrmDataGenerator(dataSource, clock, seed).generate(scale, crmTables).tables());
        if (tables.isBlank() || tables.contains("work")) {
            int work = Integer.getInteger("generate.work-rows", scale.accounts());
            reports.addAll(new WorkDataGenerator(dataSource, LocalDate.now(clock), seed)
                    .generate(WorkDataGenerator.Scale.ofAccounts(work)));
        }
        // a deal whose primary contact an interrupted run never loaded keeps no dangling reference
        jdbc.update("update deal set primary_contact_id = null"
                + " where primary_contact_id > (select coalesce(max(id), 0) from contact)");
        double seconds = (System.nanoTime() - started) / 1e9;
        long rows = reports.stream().mapToLong(TableReport::rows).sum();
        System.out.println("| table | rows | seconds | rows/s |\n|---|---:|---:|---:|");
        for (TableReport t : reports) {
            System.out.printf(Locale.ROOT, "| %s | %,d | %.1f | %,.0f |%n", t.table(), t.rows(), t.millis() / 1000.0,
                    t.rowsPerSecond());
        }
        System.out.printf(Locale.ROOT, "| total (with the pools) | %,d | %.1f | %,.0f |%n", rows, seconds,
                rows / seconds);
        System.out.println("load average after: " + loadAverage());
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
