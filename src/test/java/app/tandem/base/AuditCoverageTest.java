package app.tandem.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemServiceTest;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Map;
import org.hibernate.envers.Audited;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every entity users edit keeps its history (Envers), in an audit table with a primary key (issue 13). */
@TandemServiceTest
class AuditCoverageTest {

    /** The only entities without history, each with the reason. */
    static final Map<String, String> NOT_AUDITED = Map.of(
            "app.tandem.base.Revision", "the audit's own revisions",
            "app.tandem.notification.domain.Notification", "written by the system for one reader; nobody edits it",
            "app.tandem.crm.domain.DealStageChange", "append-only: it is the deal's stage history itself",
            "app.tandem.improvement.domain.LogEntry", "append-only: it is the improvement item's journal itself",
            "app.tandem.performance.domain.FeedbackNote", "append-only: a note is never changed or deleted",
            "app.tandem.org.domain.RecoveryCode", "a hashed one-time secret, deleted when used: no history to keep");

    @Autowired
    JdbcTemplate jdbc;

    static List<JavaClass> entities() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.tandem").stream().filter(c -> c.isAnnotatedWith(Entity.class))
                .sorted(java.util.Comparator.comparing(JavaClass::getName)).toList();
    }

    @Test
    void every_entity_that_users_edit_is_audited_unless_excluded_for_a_reason() {
        List<String> unaudited = entities().stream()
                .filter(c -> !c.isAnnotatedWith(Audited.class) && !NOT_AUDITED.containsKey(c.getName()))
                .map(JavaClass::getName).toList();
        assertThat(unaudited).as("entities without @Audited and not on the short exclusion list").isEmpty();
        assertThat(entities()).extracting(JavaClass::getName).as("the exclusion list names only real entities")
                .containsAll(NOT_AUDITED.keySet());
    }

    @Test
    void every_audit_table_exists_and_has_a_primary_key() {
        for (JavaClass entity : entities()) {
            if (!entity.isAnnotatedWith(Audited.class)) {
                continue;
            }
            String table = entity.getAnnotationOfType(Table.class).name() + "_aud";
            Integer keyColumns = jdbc.queryForObject("""
                    select count(*) from information_schema.key_column_usage
                    where table_schema = database() and table_name = ? and constraint_name = 'PRIMARY'
                    """, Integer.class, table);
            assertThat(keyColumns).as("primary key of " + table).isGreaterThanOrEqualTo(2);
        }
    }
}
