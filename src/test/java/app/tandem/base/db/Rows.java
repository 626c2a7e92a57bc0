package app.tandem.base.db;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/** Teams and users written straight into the tables, for list-query tests that need many rows quickly. */
public final class Rows {

    private Rows() {
    }

    public static long team(JdbcTemplate jdbc, String name, String kind) {
        jdbc.update("insert into team (name, kind, created_at, created_by, updated_at, updated_by)"
                + " values (?, ?, now(), 't', now(), 't')", name, kind);
        return jdbc.queryForObject("select id from team where name = ?", Long.class, name);
    }

    public static long user(JdbcTemplate jdbc, String username, String displayName, @Nullable Long team) {
        jdbc.update("insert into app_user (username, display_name, password_hash, team_id, created_at, created_by,"
                + " updated_at, updated_by) values (?, ?, 'x', ?, now(), 't', now(), 't')", username, displayName, team);
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }
}
