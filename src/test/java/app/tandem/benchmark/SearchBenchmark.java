package app.tandem.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TestUsers;
import app.tandem.search.GlobalSearchService;
import app.tandem.search.SearchResults;
import app.tandem.security.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The global search at a million rows: {@link GlobalSearchService#search} (all kinds, as the header's dialog asks)
 * for a manager (every record) and a staff user (team scope), with about ten typical terms taken from the data
 * (a company word, its first letters, a full company name, a contact's last name and full name, a deal's word and
 * full name, an e-mail's local part, a word common to many companies, a word found nowhere). Writes
 * {@code docs/search-benchmark.md}. Not part of the normal build: {@code ./mvnw -B -Pbenchmark test
 * -Dtest=SearchBenchmark} against the large database (see README, "Benchmark").
 */
@SpringBootTest(properties = {
    "tandem.embedded-db.data-dir=${benchmark.data-dir:/work/bench-db}",
    "tandem.embedded-db.ephemeral=false",
    "tandem.embedded-db.database-per-context=false",
    "tandem.embedded-db.buffer-pool-size=${benchmark.buffer-pool-size:4G}",
    "tandem.demo-data=false",
    "logging.level.app.tandem=WARN"})
class SearchBenchmark {

    static final int WARMUP = Integer.getInteger("benchmark.warmup", 5);
    static final int RUNS = Integer.getInteger("benchmark.runs", 15);
    static final double TARGET_MS = 200;
    static final String NOTES_MARKER =
            "<!-- Below this line: notes written by hand, kept when SearchBenchmark rewrites the file. -->";

    @Autowired
    GlobalSearchService searchService;
    @Autowired
    JdbcTemplate jdbc;

    record User(long id, String username, Set<Role> roles, String label) {
    }

    record Term(String what, String text) {
    }

    record Result(Term term, User user, double[] ms, int hits, String groups) {
        double median() {
            return percentile(ms, 50);
        }

        double p90() {
            return percentile(ms, 90);
        }
    }

    @Test
    void global_search_at_a_million_rows() throws IOException {
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("account", "contact", "deal", "improvement_item", "compliance_template",
                "compliance_run", "app_user")) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        assertThat(counts.get("account")).as("the large database").isGreaterThan(100_000);
        List<User> users = List.of(user("manager", EnumSet.of(Role.MANAGER), "manager (all records)"),
                user("staff", EnumSet.of(Role.STAFF), "staff (team scope)"));
        List<Term> terms = terms();

        for (int i = 0; i < WARMUP; i++) {
            for (User u : users) {
                terms.forEach(t -> as(u, () -> searchService.search(t.text())));
            }
        }
        List<Result> results = new ArrayList<>();
        for (User u : users) {
            for (Term t : terms) {
                double[] ms = new double[RUNS];
                SearchResults last = null;
                for (int run = 0; run < RUNS; run++) {
                    long start = System.nanoTime();
                    last = as(u, () -> searchService.search(t.text()));
                    ms[run] = (System.nanoTime() - start) / 1e6;
                }
                int hits = last.groups().stream().mapToInt(g -> g.hits().size()).sum();
                String groups = last.groups().stream()
                        .map(g -> g.kind().toLowerCase(Locale.ROOT) + " " + g.hits().size() + (g.more() ? "+" : ""))
                        .collect(Collectors.joining(", "));
                results.add(new Result(t, u, ms, hits, groups.isEmpty() ? "none" : groups));
            }
        }
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();

        Path out = Path.of(System.getProperty("benchmark.search-output", "docs/search-benchmark.md"));
        String notes = Files.exists(out) && Files.readString(out).contains(NOTES_MARKER)
                ? Files.readString(out).substring(Files.readString(out).indexOf(NOTES_MARKER))
                : NOTES_MARKER + "\n\n## Notes\n\n(None yet.)\n";
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report(results, users, counts, loadBefore, loadAfter) + notes);
        System.out.println(report(results, users, counts, loadBefore, loadAfter));
    }

    /** About ten typical search texts, taken from rows spread over the tables, so they exist in any large run. */
    private List<Term> terms() {
        long accounts = jdbc.queryForObject("select max(id) from account", Long.class);
        long contacts = jdbc.queryForObject("select max(id) from contact", Long.class);
        long deals = jdbc.queryForObject("select max(id) from deal", Long.class);
        String company = jdbc.queryForObject("select name from account where id >= ? order by id limit 1",
                String.class, accounts / 2);
        String otherCompany = jdbc.queryForObject("select name from account where id >= ? order by id limit 1",
                String.class, accounts / 3);
        Map<String, Object> contact = jdbc.queryForMap(
                "select first_name, last_name, email from contact where id >= ? order by id limit 1", contacts / 2);
        String deal = jdbc.queryForObject("select name from deal where id >= ? order by id limit 1", String.class,
                deals / 2);
        String companyWord = longestWord(company);
        String lastName = longestWord((String) contact.get("last_name"));
        String email = String.valueOf(contact.get("email"));
        return List.of(
                new Term("a company's word", companyWord),
                new Term("its first 4 letters", companyWord.substring(0, Math.min(4, companyWord.length()))),
                new Term("a full company name", otherCompany),
                new Term("a contact's last name", lastName),
                new Term("a contact's full name", contact.get("first_name") + " " + contact.get("last_name")),
                new Term("a deal's word", longestWord(deal)),
                new Term("a deal's full name", deal),
                new Term("an e-mail's local part", email.contains("@") ? email.substring(0, email.indexOf('@'))
                        : email),
                new Term("a word in many company names", "group"),
                new Term("a word found nowhere", "qzxwvy"));
    }

    private static String longestWord(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() >= 3)
                .max((a, b) -> Integer.compare(a.length(), b.length())).orElse(text);
    }

    private String report(List<Result> results, List<User> users, Map<String, Long> counts, String loadBefore,
            String loadAfter) {
        StringBuilder md = new StringBuilder();
        md.append("# Global search benchmark\n\n");
        md.append("Written by `SearchBenchmark` (`./mvnw -B -Pbenchmark test -Dtest=SearchBenchmark`) on ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append(".\n\n");
        md.append("`GlobalSearchService.search(text)` end to end (method security, each module's scope, one FULLTEXT ")
                .append("statement per kind: accounts, contacts, deals, improvement items, checklist runs, people; ")
                .append("at most 6 rows each), ").append(WARMUP).append(" warm-up rounds, then ").append(RUNS)
                .append(" runs per term and user. Target: median and p90 <= ").append((int) TARGET_MS)
                .append(" ms.\n\n");
        md.append("Rows: ").append(counts.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "))).append(". Load average before / after: ")
                .append(firstThree(loadBefore)).append(" / ").append(firstThree(loadAfter)).append(".\n\n");
        md.append("## Summary\n\n| user | median ms | p90 ms | worst term median ms | within target |\n")
                .append("|---|---:|---:|---:|---|\n");
        for (User u : users) {
            double[] all = results.stream().filter(r -> r.user().equals(u)).flatMapToDouble(r -> Arrays.stream(r.ms()))
                    .toArray();
            double worst = results.stream().filter(r -> r.user().equals(u)).mapToDouble(Result::median).max()
                    .orElse(0);
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %s |%n", u.label(), percentile(all, 50),
                    percentile(all, 90), worst, percentile(all, 90) <= TARGET_MS ? "yes" : "no"));
        }
        md.append("\n## Per term\n\n| user | term | text | median ms | p90 ms | hits shown (kind count, + = more) |\n")
                .append("|---|---|---|---:|---:|---|\n");
        for (Result r : results) {
            md.append(String.format(Locale.ROOT, "| %s | %s | `%s` | %.1f | %.1f | %s |%n", r.user().username(),
                    r.term().what(), r.term().text().replace("|", "\\|").replace("`", "'"), r.median(), r.p90(),
                    r.groups()));
        }
        md.append("\n");
        return md.toString();
    }

    private <T> T as(User u, Supplier<T> action) {
        return TestUsers.runAs(u.id(), u.username(), u.roles(), action);
    }

    private User user(String username, Set<Role> roles, String label) {
        return jdbc.queryForObject("select id from app_user where username = ?",
                (rs, i) -> new User(rs.getLong(1), username, roles, label), username);
    }

    private static String firstThree(String loadavg) {
        return String.join(" ", Arrays.asList(loadavg.split("\\s+")).subList(0, 3));
    }

    static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
