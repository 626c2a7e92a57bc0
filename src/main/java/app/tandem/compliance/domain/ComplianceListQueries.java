package app.tandem.compliance.domain;

import app.tandem.base.db.ListQuery;
import app.tandem.compliance.FindingListItem;
import app.tandem.compliance.FindingStatus;
import app.tandem.compliance.RunFilter;
import app.tandem.compliance.RunListItem;
import app.tandem.compliance.RunStatus;
import app.tandem.compliance.Severity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The runs and findings lists' pages over JDBC ({@link ListQuery}, deferred joins): only the set filters in the
 * SQL, and for runs the scope rule of {@link ChecklistRunRepository#SCOPE} inside it. Timestamps are stored in UTC.
 */
@Component
public class ComplianceListQueries {

    private static final Map<String, String> RUN_SORT = Map.of("id", "r.id", "templateId", "r.template_id",
            "teamId", "r.team_id", "assigneeId", "r.assignee_id", "dueOn", "r.due_on", "opensOn", "r.opens_on",
            "status", "r.status", "score", "r.score", "submittedAt", "r.submitted_at");
    private static final Map<String, String> FINDING_SORT = Map.of("id", "f.id", "severity", "f.severity",
            "dueDate", "f.due_date", "status", "f.status", "title", "f.title", "teamId", "f.team_id");

    private final JdbcClient jdbc;

    ComplianceListQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A page of the runs the scope reads: all; or the assignee's own; and for team readers (supervisors,
     * managers) the runs of their team or of a team they supervise. Overdue: fillable and due before today.
     */
    public Slice<RunListItem> runs(boolean all, long userId, boolean teamReader, @Nullable Long teamId,
            RunFilter filter, Collection<RunStatus> fillable, LocalDate today, Pageable pageable,
            ListQuery.Mode mode) {
        ListQuery query = ListQuery.of("""
                select r.id, tp.name, tm.name, u.display_name, r.status, r.opens_on, r.due_on, r.submitted_at,
                       r.score, r.critical_failed""", "compliance_run r", RUN_SORT)
                .join("tp", "join compliance_template tp on tp.id = r.template_id")
                .join("tm", "join team tm on tm.id = r.team_id")
                .join("u", "join app_user u on u.id = r.assignee_id");
        if (!all) {
            String team = teamReader ? " or " + (teamId == null ? "" : "r.team_id = :teamId or ")
                    + "exists (select 1 from team st where st.id = r.team_id and st.supervisor_id = :userId)" : "";
            query.where("(r.assignee_id = :userId" + team + ")").param("userId", userId);
            if (teamReader && teamId != null) {
                query.param("teamId", teamId);
            }
        }
        query.where("r.status = :status", "status", filter.status() == null ? null : filter.status().name())
                .where("r.template_id = :templateId", "templateId", filter.templateId())
                .where("r.team_id = :filterTeamId", "filterTeamId", filter.teamId())
                .where("r.assignee_id = :assigneeId", "assigneeId", filter.assigneeId())
                .where("r.due_on >= :dueFrom", "dueFrom", filter.dueFrom())
                .where("r.due_on <= :dueTo", "dueTo", filter.dueTo());
        if (filter.overdueOnly()) {
            query.where("r.status in (:fillable) and r.due_on < :today")
                    .param("fillable", fillable.stream().map(Enum::name).toList()).param("today", today);
        }
        return query.slice(jdbc, pageable, mode, (rs, n) -> new RunListItem(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4), RunStatus.valueOf(rs.getString(5)),
                rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), instant(rs, 8),
                nullableInt(rs, 9), nullableBoolean(rs, 10)));
    }

    /** A page of the findings register (compliance officers and administrators read every finding). */
    public Slice<FindingListItem> findings(@Nullable FindingStatus status, @Nullable Severity severity,
            @Nullable Long teamId, boolean openOnly, Pageable pageable, ListQuery.Mode mode) {
        ListQuery query = ListQuery.of("""
                select f.id, f.version, f.run_id, tp.name, tm.name, f.title, f.severity, u.display_name, f.due_date,
                       f.status, f.recurring, f.corrective_action_id, f.closed_by_run_id""", "compliance_finding f",
                FINDING_SORT)
                .join("r", "join compliance_run r on r.id = f.run_id")
                .join("tp", "join compliance_template tp on tp.id = r.template_id")
                .join("tm", "join team tm on tm.id = f.team_id")
                .join("u", "join app_user u on u.id = f.owner_id")
                .where("f.status = :status", "status", status == null ? null : status.name())
                .where("f.severity = :severity", "severity", severity == null ? null : severity.name())
                .where("f.team_id = :teamId", "teamId", teamId);
        if (openOnly) {
            query.where("f.status <> 'CLOSED'");
        }
        return query.slice(jdbc, pageable, mode, (rs, n) -> new FindingListItem(rs.getLong(1), rs.getLong(2),
                rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6), Severity.valueOf(rs.getString(7)),
                rs.getString(8), rs.getObject(9, LocalDate.class), FindingStatus.valueOf(rs.getString(10)),
                rs.getBoolean(11), nullableLong(rs, 12), nullableLong(rs, 13)));
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static @Nullable Integer nullableInt(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Boolean nullableBoolean(ResultSet rs, int column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
