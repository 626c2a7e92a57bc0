package app.tandem.crm;

import app.tandem.base.DomainException;
import app.tandem.base.io.TabularRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The steps of importing one kind of record, set-based (see docs/adr/0016-set-based-import.md): each row read is
 * checked on its own and staged ({@link #stage}), in chunks loaded by {@code LOAD DATA}, outside any transaction;
 * then {@link #check} matches the staged rows to existing records and finds what is wrong, in SQL, each check one
 * statement over all rows; then {@link #write} creates and updates the records and writes their history, in the
 * caller's one transaction. In SQL, {@code s} is the staging row, {@code t} the record, {@code o} the owner named.
 */
abstract class TargetImport {

    static final int PROGRESS_ROWS = 1_000;
    static final int LOAD_ROWS = 10_000;
    private static final int LOAD_BYTES = 8 * 1024 * 1024;

    /** Existing records found for staged rows that meet a condition, by a join. */
    record MatchJoin(String rowCondition, String join) {
    }

    protected final ImportRun run;
    protected final ImportStaging staging;
    protected final JdbcTemplate jdbc;
    protected final long importId;
    private final Consumer<ImportProgress> progress;
    private final StringBuilder pending = new StringBuilder();
    private int pendingRows;
    private int matched;

    TargetImport(ImportRun run, ImportStaging staging, JdbcTemplate jdbc, long importId,
            Consumer<ImportProgress> progress) {
        this.run = run;
        this.staging = staging;
        this.jdbc = jdbc;
        this.importId = importId;
        this.progress = progress;
    }

    /** The staging table. */
    protected abstract String staging();

    /** The records' table; its history table is the same with "_aud". */
    protected abstract String table();

    /** The staging columns {@link #parse} fills, in its order. */
    protected abstract String stagedColumns();

    /** Reads a row's cells, reports what is wrong with any of them, and returns the values to stage. */
    protected abstract @Nullable Object[] parse(TabularRow row);

    /** SQL: the field key of the column that matched the row ("website", "email"). */
    protected abstract String keyField();

    /** SQL: the matched value, for messages. */
    protected abstract String keyValue();

    /** How staged rows find existing records; each join may use {@code s} and {@code t}. */
    protected abstract List<MatchJoin> matchJoins();

    /** SQL: assignments of an update, from {@code s} and {@code o} to {@code t}, owner and team excluded. */
    protected abstract List<String> updates();

    /** The columns a new record gets from {@code s}, owner, team and bookkeeping excluded, and their values. */
    protected abstract List<String[]> inserts();

    /** The audited columns besides id, owner and team (Envers' history of {@link #table()}). */
    protected abstract String auditedColumns();

    /** Further checks of a kind of record (a contact's account), after matching. */
    protected void checkMore() {
    }

    /** Lower case and trimmed: how names and keys are compared. */
    static String comparable(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    // --- staging -------------------------------------------------------------------------------------------

    final void stage(TabularRow row) {
        @Nullable Object[] values = parse(row);
        @Nullable Object[] line = new Object[values.length + 2];
        line[0] = importId;
        line[1] = row.rowNumber();
        System.arraycopy(values, 0, line, 2, values.length);
        ImportStaging.line(pending, line);
        pendingRows++;
        run.rowRead();
        if (pendingRows == LOAD_ROWS || pending.length() > LOAD_BYTES) {
            load();
        }
        if (run.rowsRead() % PROGRESS_ROWS == 0) {
            progress.accept(new ImportProgress(ImportProgress.Stage.CHECKING, run.rowsRead(), -1));
        }
    }

    final void finishStaging() {
        load();
        // fresh statistics before the checks: planned on the empty table's, a check ran for minutes instead of ms
        staging.analyze(staging());
        if (run.rowsRead() % PROGRESS_ROWS != 0) {
            progress.accept(new ImportProgress(ImportProgress.Stage.CHECKING, run.rowsRead(), -1));
        }
    }

    private void load() {
        if (pendingRows == 0) {
            return;
        }
        staging.load(staging(), "import_id, row_no, " + stagedColumns(), ImportStaging.bytes(pending));
        pending.setLength(0);
        pendingRows = 0;
    }

    // --- checking ------------------------------------------------------------------------------------------

    /** Matches and checks the staged rows; the errors are in the staging table afterwards. */
    final void check() {
        String err = "INSERT INTO crm_import_error (import_id, row_no, step, field, message_key, arg1, arg2) ";
        String notFailed = " AND NOT EXISTS (SELECT 1 FROM crm_import_error e WHERE e.import_id = s.import_id"
                + " AND e.row_no = s.row_no AND e.step IN (%s))";
        // 1: a key a row earlier in the file has already (found through the index on the key, row by row)
        jdbc.update(err + "SELECT s.import_id, s.row_no, 1, " + keyField() + ", 'crm.import.duplicate.key', "
                + keyValue() + ", (SELECT MIN(x.row_no) FROM " + staging() + " x WHERE x.import_id = s.import_id"
                + " AND x.match_key = s.match_key) FROM " + staging() + " s WHERE s.import_id = ?"
                + " AND s.match_key IS NOT NULL AND EXISTS (SELECT 1 FROM " + staging() + " x"
                + " WHERE x.import_id = s.import_id AND x.match_key = s.match_key AND x.row_no < s.row_no)",
                importId);
        // the existing records each row matches
        for (MatchJoin match : matchJoins()) {
            jdbc.update("UPDATE " + staging() + " u JOIN (SELECT s.row_no, COUNT(*) n, MIN(t.id) id,"
                    + " MIN(t.version) v, MIN(t.owner_id) o FROM " + staging() + " s JOIN " + table() + " t ON "
                    + match.join() + " WHERE s.import_id = ? AND " + match.rowCondition() + " GROUP BY s.row_no) m"
                    + " ON m.row_no = u.row_no SET u.match_count = m.n, u.match_id = m.id, u.match_version = m.v,"
                    + " u.match_owner = m.o WHERE u.import_id = ?", importId, importId);
        }
        // 2: more than one record matches
        jdbc.update(err + "SELECT s.import_id, s.row_no, 2, " + keyField() + ", 'crm.import.ambiguous', "
                + keyValue() + ", s.match_count FROM " + staging() + " s WHERE s.import_id = ? AND s.match_count > 1"
                + notFailed.formatted("1"), importId);
        // 3: the record matched is one the user may not change
        CrmAccess.EditScope scope = run.editScope();
        if (!scope.all()) {
            jdbc.update(err + "SELECT s.import_id, s.row_no, 3, " + keyField() + ", 'crm.import.not-editable', "
                    + keyValue() + ", NULL FROM " + staging() + " s JOIN " + table() + " t ON t.id = s.match_id"
                    + " WHERE s.import_id = ? AND s.match_count = 1 AND NOT ((? IS NOT NULL AND t.team_id <=> ?)"
                    + " OR (? AND t.owner_id = ?))" + notFailed.formatted("1"),
                    importId, scope.team(), scope.team(), scope.own(), scope.me());
        }
        // 4: an earlier row updates the same record
        String updates = " FROM " + staging() + " x WHERE x.import_id = s.import_id AND x.match_id = s.match_id"
                + " AND x.match_count = 1 AND NOT EXISTS (SELECT 1 FROM crm_import_error e WHERE e.import_id ="
                + " x.import_id AND e.row_no = x.row_no AND e.step IN (1, 3))";
        jdbc.update(err + "SELECT s.import_id, s.row_no, 4, " + keyField() + ", 'crm.import.duplicate.record', "
                + "(SELECT MIN(x.row_no)" + updates + "), NULL FROM " + staging() + " s WHERE s.import_id = ?"
                + " AND s.match_count = 1" + notFailed.formatted("1, 3") + " AND EXISTS (SELECT 1" + updates
                + " AND x.row_no < s.row_no)", importId);
        // rows that failed to match create a record, as far as the owner check goes
        jdbc.update("UPDATE " + staging() + " s SET s.match_id = NULL, s.match_owner = NULL WHERE s.import_id = ?"
                + " AND s.match_id IS NOT NULL AND (s.match_count > 1 OR EXISTS (SELECT 1 FROM crm_import_error e"
                + " WHERE e.import_id = s.import_id AND e.row_no = s.row_no AND e.step IN (1, 3, 4)))", importId);
        checkOwners(err);
        checkMore();
        matched = Objects.requireNonNull(jdbc.queryForObject("SELECT COUNT(*) FROM " + staging()
                + " WHERE import_id = ? AND match_id IS NOT NULL", Integer.class, importId));
    }

    /** 5: the owner named is unknown or may not be given the record (checked when it changes, as the forms do). */
    private void checkOwners(String err) {
        List<String> usernames = jdbc.queryForList("SELECT DISTINCT CONVERT(owner USING utf8mb4) FROM " + staging()
                + " WHERE import_id = ? AND owner IS NOT NULL", String.class, importId);
        List<Object[]> decisions = new ArrayList<>();
        for (Object[] decision : run.ownerDecisions(usernames)) {
            decisions.add(new Object[] {importId, decision[0], decision[1], decision[2], decision[3]});
        }
        jdbc.batchUpdate("INSERT INTO crm_import_owner (import_id, username, user_id, team_id, refused)"
                + " VALUES (?, ?, ?, ?, ?)", decisions);
        String owner = " FROM " + staging() + " s JOIN crm_import_owner o ON o.import_id = s.import_id"
                + " AND o.username = s.owner WHERE s.import_id = ?";
        jdbc.update(err + "SELECT s.import_id, s.row_no, 5, 'owner', 'crm.import.owner.unknown', s.owner, NULL"
                + owner + " AND o.user_id IS NULL", importId);
        jdbc.update(err + "SELECT s.import_id, s.row_no, 5, 'owner', o.refused, NULL, NULL" + owner
                + " AND o.user_id IS NOT NULL AND o.refused IS NOT NULL"
                + " AND (s.match_id IS NULL OR s.match_owner <> o.user_id)", importId);
        String refused = run.ownerCheck(run.me()).refused();
        if (refused != null) {
            jdbc.update(err + "SELECT s.import_id, s.row_no, 5, 'owner', ?, NULL, NULL FROM " + staging()
                    + " s WHERE s.import_id = ? AND s.owner IS NULL AND s.match_id IS NULL", refused, importId);
        }
    }

    // --- writing -------------------------------------------------------------------------------------------

    /** Writes the checked rows and their history; call within the import's one transaction. */
    final void write() {
        int unchanged = Objects.requireNonNull(jdbc.queryForObject("SELECT COUNT(*) FROM " + staging() + " s JOIN "
                + table() + " t ON t.id = s.match_id AND t.version = s.match_version WHERE s.import_id = ?"
                + " FOR UPDATE", Integer.class, importId));
        if (unchanged != matched) {
            throw new DomainException("crm.import.changed-meanwhile");
        }
        long revision = staging.revision(run.myName());
        var now = staging.now();
        String ownerJoin = " LEFT JOIN crm_import_owner o ON o.import_id = s.import_id AND o.username = s.owner";
        // the team changes with the owner only, as in the forms
        String team = "IF(o.user_id IS NULL OR o.user_id = s.match_owner, t.team_id, o.team_id)";
        List<String> sets = new ArrayList<>(updates());
        StringBuilder same = new StringBuilder("t.owner_id <=> COALESCE(o.user_id, t.owner_id) AND t.team_id <=> "
                + team);
        for (String set : sets) {
            int eq = set.indexOf('=');
            same.append(" AND BINARY ").append(set, 0, eq).append(" <=> BINARY (").append(set.substring(eq + 1))
                    .append(')');
        }
        sets.add("t.team_id = " + team);
        sets.add("t.owner_id = COALESCE(o.user_id, t.owner_id)");
        sets.add("t.version = t.version + 1");
        sets.add("t.updated_at = ?");
        sets.add("t.updated_by = ?");
        jdbc.update("UPDATE " + table() + " t JOIN " + staging() + " s ON t.id = s.match_id" + ownerJoin
                + " SET " + String.join(", ", sets) + " WHERE s.import_id = ? AND NOT (" + same + ")",
                now, run.myName(), importId);
        String audited = "owner_id, team_id, " + auditedColumns();
        jdbc.update("INSERT INTO " + table() + "_aud (id, rev, revtype, " + audited + ") SELECT t.id, ?, 1, "
                + prefixed(audited) + " FROM " + table() + " t JOIN " + staging() + " s ON t.id = s.match_id"
                + " WHERE s.import_id = ? AND t.version = s.match_version + 1", revision, importId);

        Long meTeam = run.ownerCheck(run.me()).teamId();
        List<String> columns = new ArrayList<>(List.of("version", "owner_id", "team_id"));
        List<String> values = new ArrayList<>(List.of("0", "COALESCE(o.user_id, ?)", "IF(o.user_id IS NULL, ?,"
                + " o.team_id)"));
        for (String[] insert : inserts()) {
            columns.add(insert[0]);
            values.add(insert[1]);
        }
        columns.addAll(List.of("created_at", "created_by", "updated_at", "updated_by"));
        values.addAll(List.of("?", "?", "?", "?"));
        ImportStaging.NewIds created = staging.insertReturningIds("INSERT INTO " + table() + " ("
                + String.join(", ", columns) + ") SELECT " + String.join(", ", values) + " FROM " + staging() + " s"
                + ownerJoin + " WHERE s.import_id = ? AND s.match_id IS NULL ORDER BY s.row_no RETURNING id",
                ImportStaging.params(run.me(), meTeam, now, run.myName(), now, run.myName(), importId));
        for (ImportStaging.IdRun ids : created.runs()) {
            jdbc.update("INSERT INTO " + table() + "_aud (id, rev, revtype, " + audited + ") SELECT t.id, ?, 0, "
                    + prefixed(audited) + " FROM " + table() + " t WHERE t.id BETWEEN ? AND ? AND MOD(t.id - ?, ?) = 0",
                    revision, ids.first(), ids.last(), ids.first(), ids.step());
        }
        createdCount = created.count();
    }

    private int createdCount;

    int created() {
        return createdCount;
    }

    int updated() {
        return matched;
    }

    private static String prefixed(String columns) {
        return "t." + columns.replace(", ", ", t.");
    }
}
