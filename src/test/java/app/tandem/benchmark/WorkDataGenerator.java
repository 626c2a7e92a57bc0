package app.tandem.benchmark;

import app.tandem.benchmark.CrmDataGenerator.TableReport;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;

/**
 * The rest of the large database besides the CRM: people in generated teams, improvement items, checklist runs of
 * the published templates and findings of those runs, written like {@link CrmDataGenerator} (TSV chunks through
 * {@code LOAD DATA LOCAL INFILE}, ids after the highest existing ones, references consistent by construction).
 * People get the password hash of an existing user (the demo logins' {@code demo-1234}) and the role STAFF.
 */
final class WorkDataGenerator {

    static final int PEOPLE_PER_TEAM = 50;
    private static final int DAYS_BACK = 730;
    private static final String AUDIT = "created_at, created_by, updated_at, updated_by";
    private static final String[] ITEM_KINDS = {"IDEA", "KAIZEN", "A3", "PROJECT", "CORRECTIVE_ACTION"};
    private static final String[] ITEM_STATUS = {"DRAFT", "SUBMITTED", "APPROVED", "IN_PROGRESS", "CHECKING",
        "STANDARDISING", "COMPLETED", "REJECTED", "DEFERRED"};
    private static final String[] PRIORITIES = {"LOW", "MEDIUM", "HIGH"};
    private static final String[] TOPICS = {"Reduce scrap at", "Shorter changeover on", "Fewer returns from",
        "Faster picking in", "Safer walkways in", "Less waiting at", "Better labels for", "Energy savings in"};
    private static final String[] PLACES = {"line 1", "line 2", "the warehouse", "dispatch", "the paint shop",
        "goods-in", "assembly", "the front office", "packing", "maintenance"};
    private static final String[] SEVERITIES = {"HIGH", "MEDIUM", "LOW"};
    private static final String[] FINDING_STATUS = {"OPEN", "ACTION_PLANNED", "VERIFYING", "CLOSED"};

    /** How many of each: people, improvement items, checklist runs and findings. */
    record Scale(int people, int items, int runs, int findings) {

        /** In proportion to the CRM's accounts: an item and a run per account, a finding per two runs. */
        static Scale ofAccounts(int accounts) {
            return new Scale(Math.max(PEOPLE_PER_TEAM, accounts / 100), accounts, accounts, accounts / 2);
        }
    }

    record Version(long id, long templateId, long itemId) {
    }

    private final DataSource dataSource;
    private final LocalDate today;
    private final long seed;

    WorkDataGenerator(DataSource dataSource, LocalDate today, long seed) {
        this.dataSource = dataSource;
        this.today = today;
        this.seed = seed;
    }

    List<TableReport> generate(Scale scale) {
        try (Connection connection = dataSource.getConnection();
                ExecutorService producer = Executors.newSingleThreadExecutor(r -> new Thread(r, "work-generator"))) {
            CrmDataGenerator.checkLocalInfile(connection);
            CrmDataGenerator.enlargeRedoLog(connection);
            String hash = single(connection, "select password_hash from app_user order by id limit 1");
            List<Version> versions = versions(connection);
            if (hash == null || versions.isEmpty()) {
                throw new IllegalStateException("Needs a user and a published checklist template with an item: "
                        + "demo mode creates them on an empty database");
            }
            List<TableReport> reports = new ArrayList<>();
            try (Statement session = connection.createStatement()) {
                session.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
            }
            try {
                int teams = (scale.people() + PEOPLE_PER_TEAM - 1) / PEOPLE_PER_TEAM;
                long teamBase = CrmDataGenerator.maxId(connection, "team");
                long userBase = CrmDataGenerator.maxId(connection, "app_user");
                reports.add(CrmDataGenerator.load(connection, producer, "team", "id, version, name, kind, " + AUDIT,
                        teams, (i, out) -> tsv(out, teamBase + 1 + i, 0, "Generated team " + (teamBase + 1 + i),
                                "OPERATIONS", stamp(i, 0), "generator", stamp(i, 0), "generator")));
                reports.add(CrmDataGenerator.load(connection, producer, "app_user", "id, version, username, "
                        + "display_name, password_hash, team_id, active, failed_logins, dark_mode, security_stamp, "
                        + AUDIT, scale.people(), (i, out) -> tsv(out, userBase + 1 + i, 0, "person" + (userBase + 1 + i),
                                "Person " + (userBase + 1 + i), hash, teamBase + 1 + i / PEOPLE_PER_TEAM, 1, 0, 0,
                                "s" + (userBase + 1 + i), stamp(i, 0), "generator", stamp(i, 0), "generator")));
                reports.add(CrmDataGenerator.load(connection, producer, "app_user_role", "user_id, role",
                        scale.people(), (i, out) -> tsv(out, userBase + 1 + i, "STAFF")));
                List<long[]> people = people(connection);
                reports.add(CrmDataGenerator.load(connection, producer, "improvement_item", "version, kind, title, "
                        + "problem_statement, team_id, submitter_id, owner_id, approver_id, priority, due_date, status, "
                        + AUDIT, scale.items(), (i, out) -> item(i, people, out)));
                long runBase = CrmDataGenerator.maxId(connection, "compliance_run");
                reports.add(CrmDataGenerator.load(connection, producer, "compliance_run", "id, version, template_id, "
                        + "template_version_id, team_id, assignee_id, occurrence_date, opens_on, due_on, status, "
                        + "submitted_at, score, critical_failed, " + AUDIT, scale.runs(),
                        (i, out) -> run(runBase + 1 + i, i, people, versions, out)));
                reports.add(CrmDataGenerator.load(connection, producer, "compliance_finding", "version, run_id, item_id, "
                        + "team_id, item_key, title, severity, owner_id, due_date, status, recurring, " + AUDIT,
                        Math.min(scale.findings(), scale.runs()),
                        (i, out) -> finding(runBase + 1 + i, i, people, versions, out)));
            } finally {
                try (Statement session = connection.createStatement()) {
                    session.execute("SET SESSION foreign_key_checks = 1, unique_checks = 1");
                }
            }
            return reports;
        } catch (SQLException e) {
            throw new IllegalStateException("Generating work data failed: " + e.getMessage(), e);
        }
    }

    private int item(int i, List<long[]> people, StringBuilder out) {
        SplittableRandom r = random(1, i);
        long[] owner = people.get(r.nextInt(people.size()));
        long[] submitter = people.get(r.nextInt(people.size()));
        String title = TOPICS[r.nextInt(TOPICS.length)] + " " + PLACES[r.nextInt(PLACES.length)] + " #" + i;
        String created = stamp(r.nextInt(DAYS_BACK), r.nextInt(36_000));
        tsv(out, 0, ITEM_KINDS[r.nextInt(ITEM_KINDS.length)], title, "Seen at " + PLACES[r.nextInt(PLACES.length)],
                owner[1] == 0 ? null : owner[1], submitter[0], owner[0],
                r.nextInt(4) == 0 ? people.get(r.nextInt(people.size()))[0] : null,
                PRIORITIES[r.nextInt(PRIORITIES.length)], r.nextInt(5) == 0 ? null : day(r.nextInt(DAYS_BACK + 90)),
                ITEM_STATUS[r.nextInt(ITEM_STATUS.length)], created, "generator", created, "generator");
        return 1;
    }

    private int run(long id, int i, List<long[]> people, List<Version> versions, StringBuilder out) {
        SplittableRandom r = random(2, i);
        long[] assignee = people.get(r.nextInt(people.size()));
        Version v = versions.get(r.nextInt(versions.size()));
        int dueDay = r.nextInt(DAYS_BACK + 30);
        boolean past = dueDay < DAYS_BACK - 7;
        String status = past ? (r.nextInt(10) == 0 ? "MISSED" : r.nextInt(3) == 0 ? "SUBMITTED" : "SIGNED_OFF")
                : r.nextInt(2) == 0 ? "OPEN" : "IN_PROGRESS";
        boolean done = status.equals("SUBMITTED") || status.equals("SIGNED_OFF");
        String due = day(dueDay);
        String created = stamp(Math.max(0, dueDay - 7), r.nextInt(36_000));
        tsv(out, id, 0, v.templateId(), v.id(), assignee[1] == 0 ? people.get(0)[1] : assignee[1], assignee[0],
                due, day(Math.max(0, dueDay - 3)), due, status, done ? stamp(dueDay, r.nextInt(36_000)) : null,
                done ? 50 + r.nextInt(51) : null, done ? r.nextInt(10) == 0 : null, created, "generator", created,
                "generator");
        return 1;
    }

    private int finding(long runId, int i, List<long[]> people, List<Version> versions, StringBuilder out) {
        // the run's own random decides its template and team, so the finding matches its run
        SplittableRandom runRandom = random(2, i);
        long[] assignee = people.get(runRandom.nextInt(people.size()));
        Version v = versions.get(runRandom.nextInt(versions.size()));
        SplittableRandom r = random(3, i);
        String created = stamp(r.nextInt(DAYS_BACK), r.nextInt(36_000));
        tsv(out, 0, runId, v.itemId(), assignee[1] == 0 ? people.get(0)[1] : assignee[1], runId + ":" + v.itemId(),
                TOPICS[r.nextInt(TOPICS.length)] + " " + PLACES[r.nextInt(PLACES.length)],
                SEVERITIES[r.nextInt(SEVERITIES.length)], assignee[0], day(r.nextInt(DAYS_BACK + 60)),
                FINDING_STATUS[r.nextInt(FINDING_STATUS.length)], r.nextInt(8) == 0 ? 1 : 0, created, "generator",
                created, "generator");
        return 1;
    }

    private SplittableRandom random(int table, int index) {
        return new SplittableRandom(seed * 31 + table * 1_000_003L + index * 0x9E3779B97F4A7C15L);
    }

    private String day(int dayIndex) {
        return today.minusDays(DAYS_BACK).plusDays(dayIndex).toString();
    }

    private String stamp(int dayIndex, int second) {
        return day(dayIndex) + " " + String.format("%02d:%02d:%02d", 7 + second / 3600 % 12, second / 60 % 60,
                second % 60);
    }

    /** One TSV line ({@code \\N} for null); returns 1, the lines written. */
    private static int tsv(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            out.append(values[i] == null ? "\\N" : values[i].toString());
        }
        out.append('\n');
        return 1;
    }

    /** Active people with a team: {id, team id}. */
    private static List<long[]> people(Connection connection) throws SQLException {
        List<long[]> people = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select id, team_id from app_user where active and team_id is not null order by id")) {
            while (rs.next()) {
                people.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
        }
        return people;
    }

    /** Published template versions with one of their items (what a finding names). */
    private static List<Version> versions(Connection connection) throws SQLException {
        List<Version> versions = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        select v.id, v.template_id, min(i.id) from compliance_template_version v
                        join compliance_item i on i.template_version_id = v.id
                        where v.status = 'PUBLISHED' group by v.id, v.template_id order by v.id""")) {
            while (rs.next()) {
                versions.add(new Version(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
            }
        }
        return versions;
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
