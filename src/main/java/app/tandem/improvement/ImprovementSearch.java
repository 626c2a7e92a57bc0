package app.tandem.improvement;

import app.tandem.base.SearchContributor;
import app.tandem.base.SearchHit;
import app.tandem.base.db.FulltextTerms;
import app.tandem.improvement.ImprovementAccess.ReadScope;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The global search's part of process improvement: items whose title or problem statement has words starting with
 * what the user typed (MariaDB FULLTEXT), title matches first, within the reader's scope of
 * {@link ImprovementAccess} (all for managers, admins and compliance officers; otherwise their team's items and
 * those they are involved in). One SQL statement.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ImprovementSearch implements SearchContributor {

    /** The record type, as {@code RecordLinks} knows it. */
    public static final String ITEM = "IMPROVEMENT_ITEM";

    private final ImprovementAccess access;
    private final JdbcClient jdbc;

    ImprovementSearch(ImprovementAccess access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    /** Readable items (title: the item's title; subtitle: its number, team and owner). */
    public List<SearchHit> items(@Nullable String text, int max) {
        Optional<String> terms = FulltextTerms.of(text);
        if (terms.isEmpty() || max <= 0) {
            return List.of();
        }
        ReadScope scope = access.readScope();
        String sql = """
                select i.id, i.title, t.name, o.display_name
                from improvement_item i join app_user o on o.id = i.owner_id left join team t on t.id = i.team_id
                where match(i.title, i.problem_statement) against (:terms in boolean mode)%s
                order by match(i.title) against (:terms in boolean mode) desc,
                         match(i.title, i.problem_statement) against (:terms in boolean mode) desc, i.id desc
                limit :max""".formatted(scope.all() ? "" : """

                  and (i.team_id = :teamId or i.submitter_id = :me or i.owner_id = :me or i.approver_id = :me
                       or exists (select 1 from improvement_action x where x.item_id = i.id and x.owner_id = :me))""");
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("terms", terms.get()).param("max", max);
        if (!scope.all()) {
            spec = spec.param("me", scope.userId()).param("teamId", scope.teamId());
        }
        return spec.query((rs, i) -> new SearchHit(ITEM, rs.getLong(1), rs.getString(2),
                SearchHit.line("#" + rs.getLong(1), rs.getString(3), rs.getString(4)))).list();
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<String> kinds() {
        return List.of(ITEM);
    }

    @Override
    public List<SearchHit> search(String kind, String text, int max) {
        return kind.equals(ITEM) ? items(text, max) : List.of();
    }
}
