package app.tandem.crm;

import app.tandem.base.io.ImportError;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * The staging tables of the set-based import (see docs/adr/0016-set-based-import.md): one import's parsed rows
 * go into {@code crm_import_account} or {@code crm_import_contact} by {@code LOAD DATA LOCAL INFILE} from memory,
 * the errors the SQL checks find into {@code crm_import_error}, the owners' decisions into
 * {@code crm_import_owner}. Every row carries the import's id; all are deleted when the import ends, and those of
 * an import that crashed by the next import.
 */
final class ImportStaging {

    /** An import runs far shorter than this (its transaction times out after 30 min): older rows are left-overs. */
    static final Duration STALE_AFTER = Duration.ofHours(6);
    private static final int DELETE_BATCH = 20_000;
    static final List<String> STAGING_TABLES = List.of("crm_import_account", "crm_import_contact",
            "crm_import_owner", "crm_import_error");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ImportStaging(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Registers an import and returns its id, which marks its staging rows. */
    long begin(ImportTarget target, String username) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement insert = con.prepareStatement(
                    "INSERT INTO crm_import (target, username, started_at) VALUES (?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
            insert.setString(1, target.name());
            insert.setString(2, username);
            insert.setObject(3, now());
            return insert;
        }, key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /** Loads tab-separated lines (see {@link #field}) into a staging table; committed at once, locks nothing else. */
    void load(String table, String columns, byte[] lines) {
        jdbc.execute((ConnectionCallback<Void>) con -> {
            try (Statement statement = con.createStatement()) {
                statement.unwrap(org.mariadb.jdbc.Statement.class)
                        .setLocalInfileInputStream(new ByteArrayInputStream(lines));
                statement.execute("LOAD DATA LOCAL INFILE 'import.tsv' INTO TABLE " + table
                        + " CHARACTER SET utf8mb4 (" + columns + ")");
            }
            return null;
        });
    }

    /** Refreshes the optimizer's statistics of a staging table (outside any transaction: ANALYZE commits). */
    void analyze(String table) {
        jdbc.execute("ANALYZE TABLE " + table);
    }

    /** Appends one line for {@code LOAD DATA}'s default format: tab-separated, backslash escapes, \\N for null. */
    static void line(StringBuilder lines, @Nullable Object... values) {
        for (int v = 0; v < values.length; v++) {
            if (v > 0) {
                lines.append('\t');
            }
            if (values[v] == null) {
                lines.append("\\N");
                continue;
            }
            String text = values[v].toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> lines.append("\\\\");
                    case '\t' -> lines.append("\\t");
                    case '\n' -> lines.append("\\n");
                    case '\r' -> lines.append("\\r");
                    case '\0' -> lines.append("\\0");
                    default -> lines.append(c);
                }
            }
        }
        lines.append('\n');
    }

    static byte[] bytes(StringBuilder lines) {
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }

    // --- errors found in SQL -------------------------------------------------------------------------------

    /** An error found by a set-based check: the field's key and the message's key and arguments. */
    record StagedError(int rowNumber, String fieldKey, String messageKey, @Nullable String arg1,
            @Nullable String arg2) {
    }

    int errorCount(long importId) {
        return Objects.requireNonNull(jdbc.queryForObject(
                "SELECT COUNT(*) FROM crm_import_error WHERE import_id = ?", Integer.class, importId));
    }

    /** The first errors by row (and by the order of the checks within a row). */
    List<StagedError> errors(long importId, int limit) {
        return jdbc.query("""
                SELECT row_no, field, message_key, arg1, arg2 FROM crm_import_error WHERE import_id = ?
                ORDER BY row_no, step LIMIT ?""", (rs, n) -> new StagedError(rs.getInt(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5)), importId, limit);
    }

    // --- history ---------------------------------------------------------------------------------------------

    /** One Envers revision for the whole import (call within the import's transaction). */
    long revision(String username) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement insert = con.prepareStatement(
                    "INSERT INTO revision (changed_at, username) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS);
            insert.setLong(1, clock.millis());
            insert.setString(2, username);
            return insert;
        }, key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /**
     * Runs an {@code INSERT ... SELECT ... RETURNING id} and hands the new ids over as runs of evenly spaced ids
     * (one run, usually: ids come from one auto-increment, spaced by {@code auto_increment_increment} on Galera).
     *
     */
    NewIds insertReturningIds(String sql, List<@Nullable Object> params) {
        return Objects.requireNonNull(jdbc.execute((ConnectionCallback<NewIds>) con -> {
            try (PreparedStatement insert = con.prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) {
                    insert.setObject(i + 1, params.get(i));
                }
                insert.setFetchSize(10_000);
                List<IdRun> runs = new ArrayList<>();
                int count = 0;
                long first = 0;
                long last = 0;
                long step = 0;
                try (ResultSet ids = insert.executeQuery()) {
                    while (ids.next()) {
                        long id = ids.getLong(1);
                        if (count > 0 && step == 0 && id > last) {
                            step = id - last;
                        } else if (count > 0) {
                            if (id - last != step) {
                                runs.add(new IdRun(first, last, Math.max(step, 1)));
                                first = id;
                                step = 0;
                            }
                        } else {
                            first = id;
                        }
                        last = id;
                        count++;
                    }
                }
                if (count > 0) {
                    runs.add(new IdRun(first, last, Math.max(step, 1)));
                }
                return new NewIds(count, runs);
            }
        }));
    }

    /** Ids from {@code first} to {@code last}, {@code step} apart. */
    record IdRun(long first, long last, long step) {
    }

    /** The ids an insert created, as runs. */
    record NewIds(int count, List<IdRun> runs) {
    }

    // --- clean-up ---------------------------------------------------------------------------------------------

    /** Deletes an import's staging rows, in batches so that no single statement holds many locks. */
    void remove(long importId) {
        for (String table : STAGING_TABLES) {
            while (jdbc.update("DELETE FROM " + table + " WHERE import_id = ? LIMIT " + DELETE_BATCH, importId)
                    == DELETE_BATCH) {
                // the next batch
            }
        }
        jdbc.update("DELETE FROM crm_import WHERE id = ?", importId);
    }

    /** Removes what imports that crashed (or whose node stopped) left behind. */
    void removeStale() {
        Instant before = clock.instant().minus(STALE_AFTER);
        List<Long> stale = jdbc.queryForList("SELECT id FROM crm_import WHERE started_at < ?", Long.class,
                LocalDateTime.ofInstant(before, ZoneOffset.UTC));
        stale.forEach(this::remove);
    }

    static List<@Nullable Object> params(@Nullable Object... values) {
        List<@Nullable Object> list = new ArrayList<>(values.length);
        for (Object value : values) {
            list.add(value);
        }
        return list;
    }
}
