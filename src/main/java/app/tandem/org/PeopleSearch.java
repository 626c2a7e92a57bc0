package app.tandem.org;

import app.tandem.base.SearchContributor;
import app.tandem.base.SearchHit;
import app.tandem.base.db.FulltextTerms;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The global search's part of the organisation: people by display name, username or e-mail (MariaDB FULLTEXT).
 * Who finds whom follows whose page the reader may open, so every hit opens: administrators find every user,
 * active or not, as a {@link #USER} (the user administration page); managers every active person, supervisors the
 * active members of their own team and of the teams they supervise, and everyone themselves, as a {@link #PERSON}
 * (the scorecard, which the performance rules let exactly these readers open). Staff and compliance officers
 * therefore find only themselves: colleagues' pages are not theirs to open.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class PeopleSearch implements SearchContributor {

    /** Record types, as {@code RecordLinks} knows them: a person's scorecard, a user's administration page. */
    public static final String PERSON = "PERSON";
    public static final String USER = "USER";

    private final CurrentUser currentUser;
    private final JdbcClient jdbc;

    PeopleSearch(CurrentUser currentUser, JdbcClient jdbc) {
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    /** People the reader may open (title: display name; subtitle: username and team), best match first. */
    public List<SearchHit> people(@Nullable String text, int max) {
        Optional<String> terms = FulltextTerms.of(text);
        if (terms.isEmpty() || max <= 0) {
            return List.of();
        }
        boolean admin = currentUser.hasRole(Role.ADMIN);
        String scope;
        if (admin) {
            scope = "";
        } else if (currentUser.hasRole(Role.MANAGER)) {
            scope = "\n  and u.active = true";
        } else if (currentUser.hasRole(Role.SUPERVISOR)) {
            scope = """

                      and u.active = true and (u.id = :me
                           or u.team_id = (select mine.team_id from app_user mine where mine.id = :me)
                           or u.team_id in (select st.id from team st where st.supervisor_id = :me))""";
        } else {
            scope = "\n  and u.id = :me";
        }
        String kind = admin ? USER : PERSON;
        JdbcClient.StatementSpec spec = jdbc.sql("""
                select u.id, u.display_name, u.username, t.name from app_user u left join team t on t.id = u.team_id
                where match(u.display_name, u.username, u.email) against (:terms in boolean mode)%s
                order by match(u.display_name, u.username, u.email) against (:terms in boolean mode) desc,
                         u.display_name, u.id
                limit :max""".formatted(scope)).param("terms", terms.get()).param("max", max);
        if (!scope.isEmpty() && scope.contains(":me")) {
            spec = spec.param("me", currentUser.id());
        }
        return spec.query((rs, i) -> new SearchHit(kind, rs.getLong(1), rs.getString(2),
                SearchHit.line(rs.getString(3), rs.getString(4)))).list();
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<String> kinds() {
        return List.of(currentUser.hasRole(Role.ADMIN) ? USER : PERSON);
    }

    @Override
    public List<SearchHit> search(String kind, String text, int max) {
        return kind.equals(USER) || kind.equals(PERSON) ? people(text, max) : List.of();
    }
}
