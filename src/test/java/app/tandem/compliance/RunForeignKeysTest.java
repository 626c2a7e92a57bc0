package app.tandem.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemServiceTest;
import app.tandem.base.DomainException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

@TandemServiceTest
class RunForeignKeysTest {

    /** A copy of an existing run for another Monday, with the given team and assignee. */
    static final String COPY_OF_RUN = """
            INSERT INTO compliance_run (version, schedule_id, template_id, template_version_id, team_id, assignee_id,
                occurrence_date, opens_on, due_on, status, created_at, created_by, updated_at, updated_by)
            SELECT 0, schedule_id, template_id, template_version_id, ?, ?, '2030-01-07', '2030-01-07', '2030-01-10',
                status, created_at, created_by, updated_at, updated_by
            FROM compliance_run WHERE id = ?
            """;

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    ComplianceFixture f;

    @BeforeEach
    void setUp() {
        f = ComplianceFixture.in(context);
    }

    @Test
    void a_run_of_a_team_that_does_not_exist_cannot_be_stored() {
        long run = f.annasRun("2026-06-01");

        assertThatThrownBy(() -> jdbc.update(COPY_OF_RUN, 999_999_999L, f.anna.id(), run))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_run_assigned_to_a_user_who_does_not_exist_cannot_be_stored() {
        long run = f.annasRun("2026-06-01");

        assertThatThrownBy(() -> jdbc.update(COPY_OF_RUN, f.east, 999_999_999L, run))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_run_of_an_existing_team_and_user_is_stored() {
        long run = f.annasRun("2026-06-01");

        assertThat(jdbc.update(COPY_OF_RUN, f.west, f.carl.id(), run)).isEqualTo(1);
    }

    @Test
    void a_team_with_checklist_runs_cannot_be_deleted_and_is_told_why() {
        f.annasRun("2026-06-01");
        long version = f.adam.run(() -> f.teamService.load(f.east)).getVersion();

        assertThatThrownBy(() -> f.adam.exec(() -> f.teamService.delete(f.east, version)))
                .isInstanceOf(DomainException.class).hasMessage("team.delete.in-use");
        assertThat(f.adam.run(() -> f.teamService.load(f.east)).getName()).isEqualTo("East");
    }

    @Test
    void the_supervisor_scope_has_an_index_on_team_status_and_due_date() {
        List<String> columns = jdbc.queryForList("""
                SELECT column_name FROM information_schema.statistics
                WHERE table_schema = DATABASE() AND table_name = 'compliance_run' AND index_name = 'ix_compliance_run_team'
                ORDER BY seq_in_index
                """, String.class);

        assertThat(columns).containsExactly("team_id", "status", "due_on");
    }
}
