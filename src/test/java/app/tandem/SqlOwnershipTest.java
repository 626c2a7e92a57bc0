package app.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No module reads another module's tables in SQL (docs/adr/0018): each table belongs to the feature whose changelog
 * folder creates it, and the SQL strings in a feature's code (native queries, {@code ListQuery}, JdbcClient and
 * JdbcTemplate strings, {@code @Query}) name only its own tables, the shared ones of {@code org} (users and teams,
 * which every feature joins for names and record scope) and {@code base}. Another module's data comes through its
 * service or a read model it publishes. A changelog creates indexes only on its own feature's tables.
 */
class SqlOwnershipTest {

    static final Path CHANGELOGS = Path.of("src/main/resources/db/changelog");
    static final Path CODE = Path.of("src/main/java/app/tandem");
    /** The shared kernel: every feature may join users, teams and the Envers revision table. */
    static final Set<String> SHARED = Set.of("org", "base");
    /** Tables whose changelogs ran in another folder before their feature got a package of its own. */
    static final Map<String, String> MOVED = Map.of(
            "notification", "notification", "notification_preference", "notification",
            "notification_preference_aud", "notification");
    /**
     * Files allowed to name other features' tables, and why. Demo seeding writes and reads the demo rows of the
     * features it tells a story about (a feature's demo history: performance's won deals, feedback about deals,
     * notifications about the newest deal); it is not a production path.
     */
    static final Map<String, String> ALLOWED = Map.of(
            "performance/domain/PerformanceDemoData.java", "demo seeding: a year of CRM history for the scorecards",
            "performance/domain/FeedbackDemoData.java", "demo seeding: feedback about demo deals and items",
            "notification/NotificationDemoData.java", "demo seeding: the bell's newest deal and feedback",
            // ran before the rule; a changelog that ran is never edited. Its indexes serve crm's SalesFigures now
            "changelog/performance/001-targets.yaml", "CRM indexes of the scorecard queries, now crm's (ADR 0018)");

    static final Pattern TABLE_IN_SQL = Pattern.compile(
            "\\b(?:from|join|into|update|exists\\s*\\(\\s*select\\s+1\\s+from)\\s+`?([a-z_][a-z0-9_]*)`?",
            Pattern.CASE_INSENSITIVE);
    static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    static final Pattern STRING = Pattern.compile("\"((?:\\\\.|[^\"\\\\\\n])*)\"");
    static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    static final Pattern LINE_COMMENT = Pattern.compile("(?m)^\\s*//.*$");

    @Test
    void every_table_has_one_owning_feature() {
        Map<String, String> owners = owners();
        assertThat(owners).as("tables found in the changelogs").hasSizeGreaterThan(40)
                .containsEntry("deal", "crm").containsEntry("compliance_run", "compliance")
                .containsEntry("improvement_item", "improvement").containsEntry("notification", "notification")
                .containsEntry("dashboard_tile_hidden", "home");
    }

    @Test
    void sql_in_a_feature_names_only_its_own_and_the_shared_tables() {
        Map<String, String> owners = owners();
        List<String> violations = new ArrayList<>();
        for (Path file : files(CODE, ".java")) {
            String relative = CODE.relativize(file).toString().replace('\\', '/');
            int slash = relative.indexOf('/');
            if (slash < 0 || ALLOWED.containsKey(relative)) {
                continue;
            }
            String feature = relative.substring(0, slash);
            for (String table : tablesNamedIn(read(file))) {
                String owner = owners.get(table);
                if (owner != null && !owner.equals(feature) && !SHARED.contains(owner)) {
                    violations.add(relative + " names " + table + " (" + owner + ")");
                }
            }
        }
        assertThat(violations).as("SQL naming another feature's tables; ask its service or read model").isEmpty();
    }

    @Test
    void a_changelog_creates_indexes_only_on_its_own_features_tables() {
        Map<String, String> owners = owners();
        List<String> violations = new ArrayList<>();
        Pattern index = change("createIndex");
        for (Path file : files(CHANGELOGS, ".yaml")) {
            String folder = file.getParent().getFileName().toString();
            String name = "changelog/" + folder + "/" + file.getFileName();
            if (file.getParent().equals(CHANGELOGS) || ALLOWED.containsKey(name)) {
                continue;
            }
            Matcher m = index.matcher(read(file));
            while (m.find()) {
                String owner = owners.get(m.group(1));
                if (owner != null && !owner.equals(folder) && !MOVED.containsKey(m.group(1))) {
                    violations.add(name + " indexes " + m.group(1) + " (" + owner + ")");
                }
            }
        }
        assertThat(violations).as("indexes live in the owning feature's changelog").isEmpty();
    }

    @Test
    void the_scan_sees_a_table_named_in_a_native_query_a_text_block_and_a_join() {
        assertThat(tablesNamedIn("""
                String a = "select d.id from deal d join account c on c.id = d.account_id";
                String b = \"\"\"
                        select 1 from improvement_item i
                        where exists (select 1 from compliance_run r)\"\"\";
                // select x from comment_only
                """)).containsExactlyInAnyOrder("deal", "account", "improvement_item", "compliance_run");
    }

    /** Each table created in the changelogs and the feature of its folder (or the feature it moved to). */
    static Map<String, String> owners() {
        Map<String, String> owners = new TreeMap<>();
        Pattern create = change("createTable");
        for (Path file : files(CHANGELOGS, ".yaml")) {
            if (file.getParent().equals(CHANGELOGS)) {
                continue;
            }
            String folder = file.getParent().getFileName().toString();
            Matcher m = create.matcher(read(file));
            while (m.find()) {
                owners.put(m.group(1), MOVED.getOrDefault(m.group(1), folder));
            }
        }
        return owners;
    }

    /** A change's table, in flow style ({@code { tableName: x }}) or block style (keys on the lines below). */
    static Pattern change(String type) {
        return Pattern.compile(type + ":\\s*(?:\\{[^}\\n]*?|\\n(?:[ \\t]+\\w+:[^\\n]*\\n)*?[ \\t]+)"
                + "tableName:\\s*([a-z_0-9]+)");
    }

    static Set<String> tablesNamedIn(String source) {
        String code = LINE_COMMENT.matcher(BLOCK_COMMENT.matcher(source).replaceAll("")).replaceAll("");
        List<String> literals = new ArrayList<>();
        Matcher blocks = TEXT_BLOCK.matcher(code);
        while (blocks.find()) {
            literals.add(blocks.group(1));
        }
        Matcher strings = STRING.matcher(TEXT_BLOCK.matcher(code).replaceAll(""));
        while (strings.find()) {
            literals.add(strings.group(1));
        }
        Set<String> tables = new java.util.TreeSet<>();
        for (String literal : literals) {
            Matcher m = TABLE_IN_SQL.matcher(literal);
            while (m.find()) {
                tables.add(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    static List<Path> files(Path root, String suffix) {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
