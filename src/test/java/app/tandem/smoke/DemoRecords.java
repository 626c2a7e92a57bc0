package app.tandem.smoke;

import static java.util.Map.entry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * Real record ids for the detail routes, read from the smoke's own database: for each login, a record its rules
 * let it read (its own, its team's, or any for the roles that read all of a module); where the demo data gives a
 * login no such record (a 1:1 meeting it is not part of, private feedback between others), a record it must NOT
 * read, whose page must then say "not found". The rules here are the ones the services document; a record the
 * app refuses although it is listed here (or shows although it is not) fails the smoke.
 */
final class DemoRecords implements AutoCloseable {

    /** A detail page to open: the id, and whether the login may read that record. */
    record Target(long id, boolean readable) {
    }

    /** Per route parameter: a record the user ({@code ?1} id, {@code ?2} team, {@code ?3} reads all) may read. */
    private static final Map<String, String> READABLE = Map.ofEntries(
            entry("userId", "select id from app_user where username = 'staff'"),
            entry("teamId", "select id from team order by id"),
            entry("___url_parameter@performance/scorecard", "select id from app_user where id = ?1"),
            entry("accountId", "select id from account where (?3 or team_id = ?2) order by id"),
            entry("contactId", "select id from contact where (?3 or team_id = ?2) order by id"),
            entry("dealId", "select id from deal where (?3 or team_id = ?2) order by id"),
            entry("itemId", "select id from improvement_item where (?3 or team_id = ?2 or submitter_id = ?1"
                    + " or owner_id = ?1 or approver_id = ?1) order by id"),
            entry("feedbackId", "select id from feedback where giver_id = ?1 or (recipient_id = ?1 and visibility <>"
                    + " 'MANAGER_ONLY') order by id"),
            entry("meetingId", "select m.id from one_on_one_meeting m join one_on_one_series s on s.id = m.series_id"
                    + " where s.lead_id = ?1 or s.report_id = ?1 order by m.id"),
            entry("id@compliance/runs", "select r.id from compliance_run r where ?3 or r.assignee_id = ?1 or exists"
                    + " (select 1 from team t where t.id = r.team_id and t.supervisor_id = ?1) order by r.id"),
            entry("id@compliance/templates", "select id from compliance_template order by id"));

    /** Per route parameter: a record the user may not read, for logins the demo data gives none of their own. */
    private static final Map<String, String> UNREADABLE = Map.of(
            "feedbackId", "select id from feedback where visibility = 'PRIVATE' and giver_id <> ?1"
                    + " and recipient_id <> ?1 order by id",
            "meetingId", "select m.id from one_on_one_meeting m join one_on_one_series s on s.id = m.series_id"
                    + " where s.lead_id <> ?1 and s.report_id <> ?1 order by m.id");

    private final Connection connection;

    DemoRecords(String jdbcUrl) throws SQLException {
        this.connection = DriverManager.getConnection(jdbcUrl, "root", "");
    }

    /**
     * The record to open a detail route with, e.g. {@code compliance/runs/:id} for {@code officer}.
     *
     * @param readsAll whether the login's roles read every record of the module (administrators, managers and
     *     compliance officers read all CRM records, runs and improvement items)
     */
    Target targetFor(String route, String login, boolean readsAll) throws SQLException {
        String parameter = route.substring(route.lastIndexOf(':') + 1);
        String key = READABLE.containsKey(parameter) ? parameter
                : parameter + "@" + route.substring(0, route.lastIndexOf('/'));
        String readable = READABLE.get(key);
        if (readable == null) {
            throw new IllegalStateException("The smoke knows no records for the route " + route
                    + ": add its query to " + DemoRecords.class.getSimpleName());
        }
        long[] user = user(login);
        Optional<Long> own = first(readable, user, readsAll);
        if (own.isPresent()) {
            return new Target(own.get(), true);
        }
        String unreadable = UNREADABLE.get(key);
        Optional<Long> other = unreadable == null ? Optional.empty() : first(unreadable, user, readsAll);
        return other.map(id -> new Target(id, false)).orElseThrow(() -> new IllegalStateException(
                "The demo data has no record for " + route + " (login " + login + ")"));
    }

    private long[] user(String login) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select id, coalesce(team_id, -1) from app_user where username = ?")) {
            query.setString(1, login);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("No demo login " + login);
                }
                return new long[] {rows.getLong(1), rows.getLong(2)};
            }
        }
    }

    private Optional<Long> first(String sql, long[] user, boolean readsAll) throws SQLException {
        String jdbc = sql.replace("?1", Long.toString(user[0])).replace("?2", Long.toString(user[1]))
                .replace("?3", readsAll ? "true" : "false");
        try (PreparedStatement query = connection.prepareStatement(jdbc + " limit 1");
                ResultSet rows = query.executeQuery()) {
            return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
