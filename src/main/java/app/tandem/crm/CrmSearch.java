package app.tandem.crm;

import app.tandem.base.SearchContributor;
import app.tandem.base.SearchHit;
import app.tandem.base.db.FulltextTerms;
import app.tandem.crm.domain.Scope;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The global search's part of the CRM: accounts, contacts and deals whose words match what the user typed
 * (MariaDB FULLTEXT, see {@link FulltextTerms}), best match first, in the same record scope as the CRM grids
 * (managers, admins and compliance officers all records; everyone else their team's and their own). One SQL
 * statement per kind; a record the user may not read is never returned.
 * <p>
 * Each statement is a deferred join, so that a word thousands of rows share stays fast at a million rows
 * (docs/search-benchmark.md): the innermost query reads only the one table, matches, applies the scope and stops
 * after {@link #CANDIDATES} rows (in the index's order of documents, the oldest first); the middle one ranks those
 * by relevance, then name, and keeps the few asked for; only these are joined for their names and subtitles.
 * Before, every match was joined and sorted: 60,000 rows for "Fantastic". When more rows than {@code CANDIDATES}
 * match, the hits are the best of the first {@code CANDIDATES} rather than of all; for one common word InnoDB
 * ranks all of them the same anyway. The group then says there are more, and the user types another word.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class CrmSearch implements SearchContributor {

    /** Record types, as {@code RecordLinks} knows them. */
    public static final String ACCOUNT = "ACCOUNT";
    public static final String CONTACT = "CONTACT";
    public static final String DEAL = "DEAL";

    /** How many matching rows in scope a statement reads at most before ranking them. */
    static final int CANDIDATES = 200;

    private final CrmAccess access;
    private final JdbcClient jdbc;

    CrmSearch(CrmAccess access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    /** Readable accounts by name or domain (title: name; subtitle: domain and city). */
    public List<SearchHit> accounts(@Nullable String text, int max) {
        return search(text, max, """
                select a.id, a.name, a.domain, a.city
                from (select id, score, name from (
                        select a.id, match(a.name, a.domain) against (:terms in boolean mode) score, a.name
                        from account a%s
                        where match(a.name, a.domain) against (:terms in boolean mode)%s
                        limit :candidates) found
                      order by score desc, name, id
                      limit :max) hit
                  join account a on a.id = hit.id
                order by hit.score desc, hit.name, hit.id""", "a", (rs, i) -> new SearchHit(ACCOUNT, rs.getLong(1),
                        rs.getString(2), SearchHit.line(rs.getString(3), rs.getString(4))));
    }

    /** Readable contacts by first or last name or e-mail (subtitle: e-mail and account). */
    public List<SearchHit> contacts(@Nullable String text, int max) {
        return search(text, max, """
                select c.id, c.first_name, c.last_name, c.email, a.name
                from (select id, score, last_name, first_name from (
                        select c.id, match(c.first_name, c.last_name, c.email) against (:terms in boolean mode) score,
                               c.last_name, c.first_name
                        from contact c%s
                        where match(c.first_name, c.last_name, c.email) against (:terms in boolean mode)%s
                        limit :candidates) found
                      order by score desc, last_name, first_name, id
                      limit :max) hit
                  join contact c on c.id = hit.id
                  left join account a on a.id = c.account_id
                order by hit.score desc, hit.last_name, hit.first_name, hit.id""", "c", (rs, i) -> new SearchHit(
                        CONTACT, rs.getLong(1), SearchHit.words(rs.getString(2), rs.getString(3)),
                        SearchHit.line(rs.getString(4), rs.getString(5))));
    }

    /** Readable deals by name (subtitle: account and stage). */
    public List<SearchHit> deals(@Nullable String text, int max) {
        return search(text, max, """
                select d.id, d.name, a.name, s.name
                from (select id, score, name from (
                        select d.id, match(d.name) against (:terms in boolean mode) score, d.name
                        from deal d%s
                        where match(d.name) against (:terms in boolean mode)%s
                        limit :candidates) found
                      order by score desc, name, id
                      limit :max) hit
                  join deal d on d.id = hit.id
                  join account a on a.id = d.account_id
                  join pipeline_stage s on s.id = d.stage_id
                order by hit.score desc, hit.name, hit.id""", "d", (rs, i) -> new SearchHit(DEAL, rs.getLong(1),
                        rs.getString(2), SearchHit.line(rs.getString(3), rs.getString(4))));
    }

    /**
     * The statement with the scope filled in: for a user who does not read everything, their own row is joined
     * as a constant table (as in the grids, {@code CrmListQueries}) and the record must be their team's or theirs.
     */
    private List<SearchHit> search(@Nullable String text, int max, String sql, String alias,
            RowMapper<SearchHit> mapper) {
        Optional<String> terms = FulltextTerms.of(text);
        if (terms.isEmpty() || max <= 0) {
            return List.of();
        }
        Scope scope = access.readScope();
        String statement = scope.all() ? sql.formatted("", "")
                : sql.formatted(" join app_user me on me.id = :me",
                        "\n  and (%1$s.team_id = me.team_id or %1$s.owner_id = :me)".formatted(alias));
        JdbcClient.StatementSpec spec = jdbc.sql(statement).param("terms", terms.get()).param("max", max)
                .param("candidates", Math.max(CANDIDATES, max));
        if (!scope.all()) {
            spec = spec.param("me", scope.userId());
        }
        return spec.query(mapper).list();
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<String> kinds() {
        return List.of(ACCOUNT, CONTACT, DEAL);
    }

    @Override
    public List<SearchHit> search(String kind, String text, int max) {
        return switch (kind) {
            case ACCOUNT -> accounts(text, max);
            case CONTACT -> contacts(text, max);
            case DEAL -> deals(text, max);
            default -> List.of();
        };
    }
}
