package app.tandem.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rules a Galera cluster sets (ADR 0013), checked on the schema Liquibase made: every table InnoDB (the only
 * engine Galera replicates), every table with a primary key (Envers' and Liquibase's own included), and no table
 * locks or named locks in the code (neither is replicated).
 */
@SpringBootTest
class GaleraSchemaRulesTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_table_uses_innodb() {
        List<String> others = jdbc.queryForList("""
                SELECT CONCAT(table_name, ' (', engine, ')') FROM information_schema.tables
                WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' AND engine <> 'InnoDB'
                """, String.class);

        assertThat(tables()).contains("DATABASECHANGELOG", "DATABASECHANGELOGLOCK", "revision");
        assertThat(others).isEmpty();
    }

    @Test
    void every_table_has_a_primary_key() {
        List<String> withoutKey = jdbc.queryForList("""
                SELECT t.table_name FROM information_schema.tables t
                WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE'
                  AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c
                                  WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name
                                    AND c.constraint_type = 'PRIMARY KEY')
                ORDER BY t.table_name
                """, String.class);

        assertThat(tables()).anyMatch(name -> name.endsWith("_aud"));
        assertThat(withoutKey).isEmpty();
    }

    @Test
    void no_code_or_changelog_takes_table_locks_or_named_locks() throws IOException {
        Pattern locks = Pattern.compile("LOCK\\s+TABLES?\\b|GET_LOCK\\s*\\(|RELEASE_LOCK\\s*\\(|FLUSH\\s+TABLES",
                Pattern.CASE_INSENSITIVE);
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            offenders = files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().matches(".*\\.(java|sql|yaml|yml|xml|properties)$"))
                    .filter(f -> locks.matcher(read(f)).find())
                    .map(Path::toString).toList();
        }

        assertThat(offenders).isEmpty();
    }

    private List<String> tables() {
        return jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()",
                String.class);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
