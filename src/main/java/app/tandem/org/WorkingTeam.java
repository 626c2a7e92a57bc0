package app.tandem.org;

import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team the logged-in user works in, which decides the focus of their dashboard: for a supervisor the first (by
 * name) of the teams they supervise or belong to, as the team pages list them; for anyone else their own team.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class WorkingTeam {

    private final CurrentUser currentUser;
    private final JdbcClient jdbc;

    WorkingTeam(CurrentUser currentUser, JdbcClient jdbc) {
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    public Optional<TeamRef> mine() {
        String supervised = currentUser.hasRole(Role.SUPERVISOR) ? "t.supervisor_id = :me or " : "";
        return jdbc.sql("""
                select t.id, t.name, t.kind from team t
                where %s t.id = (select u.team_id from app_user u where u.id = :me)
                order by t.name, t.id limit 1""".formatted(supervised))
                .param("me", currentUser.id())
                .query((rs, i) -> new TeamRef(rs.getLong(1), rs.getString(2), TeamKind.valueOf(rs.getString(3))))
                .optional();
    }
}
