package app.tandem.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemServiceTest;
import app.tandem.base.db.Rows;
import app.tandem.base.db.SamePages;
import app.tandem.compliance.FindingStatus;
import app.tandem.compliance.RunFilter;
import app.tandem.compliance.RunStatus;
import app.tandem.compliance.Severity;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The runs and findings lists read their pages as deferred joins: the same rows as the plain query for every page,
 * sort, filter and (for runs) scope: all, the assignee, a team reader of their own or a supervised team.
 */
@TandemServiceTest
class ComplianceListQueriesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final Set<RunStatus> FILLABLE = EnumSet.of(RunStatus.OPEN, RunStatus.IN_PROGRESS);

    @Autowired
    ComplianceListQueries lists;
    @Autowired
    JdbcTemplate jdbc;

    long ops;
    long qa;
    long sue;
    long tim;
    long vera;

    @BeforeEach
    void data() {
        ops = team("Ops");
        qa = team("QA");
        sue = user("sue", "Sue", ops);
        tim = user("tim", "Tim", qa);
        vera = user("vera", "Vera", null);
        jdbc.update("update team set supervisor_id = ? where id = ?", vera, qa);
        jdbc.update("insert into compliance_category (name, active, created_at, created_by, updated_at, updated_by)"
                + " values ('Safety', true, now(), 't', now(), 't')");
        long category = jdbc.queryForObject("select id from compliance_category", Long.class);
        long[] versions = new long[2];
        long[] items = new long[2];
        for (int t = 0; t < 2; t++) {
            jdbc.update("insert into compliance_template (name, category_id, created_at, created_by, updated_at,"
                    + " updated_by) values (?, ?, now(), 't', now(), 't')", "Template " + t, category);
            long template = jdbc.queryForObject("select max(id) from compliance_template", Long.class);
            jdbc.update("insert into compliance_template_version (template_id, number, status, pass_mark, created_at,"
                    + " created_by, updated_at, updated_by) values (?, 1, 'PUBLISHED', 80, now(), 't', now(), 't')",
                    template);
            versions[t] = jdbc.queryForObject("select max(id) from compliance_template_version", Long.class);
            jdbc.update("insert into compliance_section (template_version_id, position, title) values (?, 1, 'S')",
                    versions[t]);
            long section = jdbc.queryForObject("select max(id) from compliance_section", Long.class);
            jdbc.update("""
                    insert into compliance_item (template_version_id, section_id, position, prompt, response_type,
                        required, weight, critical, note_required_when_failed, evidence_required_when_failed,
                        evidence_always_required) values (?, ?, 1, 'Check', 'PASS_FAIL_NA', true, 1, false, false,
                        false, false)""", versions[t], section);
            items[t] = jdbc.queryForObject("select max(id) from compliance_item", Long.class);
        }
        long[] people = {sue, tim, vera};
        for (int i = 0; i < 60; i++) {
            int t = i % 2;
            long template = jdbc.queryForObject("select template_id from compliance_template_version where id = ?",
                    Long.class, versions[t]);
            LocalDate due = TODAY.plusDays(i % 13 - 6);
            RunStatus status = RunStatus.values()[i % RunStatus.values().length];
            jdbc.update("""
                    insert into compliance_run (template_id, template_version_id, team_id, assignee_id,
                        occurrence_date, opens_on, due_on, status, submitted_at, score, critical_failed, created_at,
                        created_by, updated_at, updated_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), 't', now(), 't')""",
                    template, versions[t], i % 3 == 0 ? qa : ops, people[i % 3], due, due.minusDays(3), due,
                    status.name(), status.isFillable() ? null : due.atTime(9, 0), status.isFillable() ? null : i % 4 * 25,
                    status.isFillable() ? null : i % 5 == 0);
        }
        List<long[]> runs = jdbc.query("select id, team_id from compliance_run order by id",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)});
        for (int i = 0; i < runs.size(); i++) {
            jdbc.update("""
                    insert into compliance_finding (run_id, item_id, team_id, item_key, title, severity, owner_id,
                        due_date, status, recurring, created_at, created_by, updated_at, updated_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), 't', now(), 't')""",
                    runs.get(i)[0], items[i % 2], runs.get(i)[1], "k" + i, "Finding " + i % 4,
                    Severity.values()[i % 3].name(), people[i % 3], TODAY.plusDays(i % 7),
                    FindingStatus.values()[i % 4].name(), i % 5 == 0);
        }
    }

    @Test
    void runs_deferred_pages_equal_the_plain_query_for_every_sort_filter_and_scope() {
        List<Sort> sorts = List.of(Sort.by(Sort.Direction.DESC, "dueOn"), Sort.by("templateId"), Sort.by("teamId"),
                Sort.by(Sort.Direction.DESC, "status"), Sort.by("score"));
        RunFilter any = RunFilter.any();
        RunFilter overdue = new RunFilter(null, null, null, null, TODAY.minusDays(5), null, true);
        RunFilter open = new RunFilter(RunStatus.OPEN, null, ops, null, null, TODAY.plusDays(3), false);
        assertThat(SamePages.check((page, mode) -> lists.runs(true, sue, false, null, any, FILLABLE, TODAY, page, mode),
                sorts)).isEqualTo(60);
        record Reader(long id, boolean teamReader, Long team) {
        }
        for (Reader r : List.of(new Reader(sue, false, ops), new Reader(sue, true, ops), new Reader(vera, true, null),
                new Reader(tim, false, qa))) {
            assertThat(SamePages.check((page, mode) -> lists.runs(false, r.id(), r.teamReader(), r.team(), any,
                    FILLABLE, TODAY, page, mode), sorts)).isGreaterThan(10);
            SamePages.check((page, mode) -> lists.runs(false, r.id(), r.teamReader(), r.team(), overdue, FILLABLE,
                    TODAY, page, mode), sorts);
            SamePages.check((page, mode) -> lists.runs(false, r.id(), r.teamReader(), r.team(), open, FILLABLE,
                    TODAY, page, mode), sorts);
        }
    }

    @Test
    void findings_deferred_pages_equal_the_plain_query_for_every_sort_and_filter() {
        List<Sort> sorts = List.of(Sort.by("dueDate"), Sort.by(Sort.Direction.DESC, "severity"), Sort.by("status"));
        assertThat(SamePages.check((page, mode) -> lists.findings(null, null, null, false, page, mode), sorts))
                .isEqualTo(60);
        SamePages.check((page, mode) -> lists.findings(null, null, null, true, page, mode), sorts);
        SamePages.check((page, mode) -> lists.findings(FindingStatus.OPEN, Severity.HIGH, ops, false, page, mode),
                sorts);
    }

    private long team(String name) {
        return Rows.team(jdbc, name, "COMPLIANCE");
    }

    private long user(String username, String displayName, Long team) {
        return Rows.user(jdbc, username, displayName, team);
    }
}
