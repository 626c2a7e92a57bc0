package app.tandem.base.db;

import static app.tandem.TestUsers.runAsAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemApplication;
import app.tandem.org.UserDraft;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The backup the README describes, end to end: {@code mariadb-dump} of a database with data, restored with the
 * {@code mariadb} client into an empty database, and Tandem started on the restored one finds its data and its
 * schema history (Liquibase has nothing left to do).
 */
@SpringBootTest
class BackupRestoreTest {

    @Autowired
    EmbeddedMariaDb server;

    @Autowired
    UserService users;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    @Test
    void a_dump_restored_into_an_empty_database_starts_tandem_with_its_data() throws Exception {
        runAsAdmin("root-admin", () -> users.create(draft("ada.backup"), "backup-password-1"));
        String database = jdbc.queryForObject("SELECT DATABASE()", String.class);
        int changeSets = jdbc.queryForObject("SELECT COUNT(*) FROM DATABASECHANGELOG", Integer.class);
        Path dump = folder.resolve("tandem.sql");

        run(List.of("mariadb-dump", "--single-transaction", "--routines", "--triggers", "--result-file=" + dump,
                database), null);
        String restored = database + "_restored";
        server.createDatabase(restored);
        run(List.of("mariadb", restored), dump);

        try (ConfigurableApplicationContext tandem = new SpringApplicationBuilder(TandemApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("onlyMainClasses",
                        new MainClassesOnly()))
                .properties("spring.datasource.url=" + server.jdbcUrl(restored), "spring.datasource.username=root",
                        "spring.datasource.password=", "server.port=0", "management.server.port=0")
                .run()) {
            JdbcTemplate restoredDb = tandem.getBean(JdbcTemplate.class);
            assertThat(restoredDb.queryForObject("SELECT DATABASE()", String.class)).isEqualTo(restored);
            assertThat(restoredDb.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = 'ada.backup'",
                    Integer.class)).isEqualTo(1);
            assertThat(restoredDb.queryForObject("SELECT COUNT(*) FROM DATABASECHANGELOG", Integer.class))
                    .isEqualTo(changeSets);
        }
    }

    /** Runs a MariaDB client program of the embedded distribution against the embedded server. */
    private void run(List<String> command, Path input) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        line.add(server.baseDir().resolve("bin").resolve(command.getFirst()).toString());
        line.addAll(List.of("--host=127.0.0.1", "--port=" + server.port(), "--user=root", "--skip-ssl"));
        line.addAll(command.subList(1, command.size()));
        ProcessBuilder process = new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(folder.resolve(command.getFirst() + ".log").toFile());
        process.environment().put("LD_LIBRARY_PATH", server.baseDir().resolve("libs").toString());
        if (input != null) {
            process.redirectInput(input.toFile());
        }
        Process started = process.start();
        assertThat(started.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(started.exitValue()).as(Files.readString(folder.resolve(command.getFirst() + ".log")))
                .isZero();
    }

    private static UserDraft draft(String username) {
        UserDraft draft = new UserDraft();
        draft.setUsername(username);
        draft.setDisplayName(username);
        draft.setRoles(Set.of(Role.STAFF));
        return draft;
    }

    /** Tandem as it ships: the test classes on the class path (their test configurations) stay out of its scan. */
    static final class MainClassesOnly extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            try {
                return reader.getResource().getURI().toString().contains("/test-classes/");
            } catch (IOException e) {
                return false;
            }
        }
    }
}
