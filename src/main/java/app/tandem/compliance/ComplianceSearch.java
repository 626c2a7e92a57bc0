package app.tandem.compliance;

import app.tandem.base.SearchContributor;
import app.tandem.base.SearchHit;
import app.tandem.base.db.FulltextTerms;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import app.tandem.compliance.ComplianceAccess.ReadScope;
import app.tandem.security.Roles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The global search's part of compliance: checklist templates (for those who manage them, compliance officers and
 * administrators) by name and description, and checklist runs in the reader's run scope ({@link ComplianceAccess})
 * by their template's name, their team's name or their number ("#42" or "42"). One SQL statement per kind.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ComplianceSearch implements SearchContributor {

    /** Record types, as {@code RecordLinks} knows them. */
    public static final String TEMPLATE = "CHECKLIST_TEMPLATE";
    public static final String RUN = "CHECKLIST_RUN";

    private static final Pattern RUN_NUMBER = Pattern.compile("#?\\s*(\\d{1,12})");

    private final ComplianceAccess access;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;

    ComplianceSearch(ComplianceAccess access, CurrentUser currentUser, JdbcClient jdbc) {
        this.access = access;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    /** Templates by name or description (subtitle: category), best match first. */
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COMPLIANCE_OFFICER + "')")
    public List<SearchHit> templates(@Nullable String text, int max) {
        Optional<String> terms = FulltextTerms.of(text);
        if (terms.isEmpty() || max <= 0) {
            return List.of();
        }
        return jdbc.sql("""
                select t.id, t.name, c.name from compliance_template t
                  join compliance_category c on c.id = t.category_id
                where match(t.name, t.description) against (:terms in boolean mode)
                order by match(t.name, t.description) against (:terms in boolean mode) desc, t.name, t.id
                limit :max""")
                .param("terms", terms.get()).param("max", max)
                .query((rs, i) -> new SearchHit(TEMPLATE, rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /**
     * Readable runs whose template name matches the words, whose team's name contains the text, or whose number
     * it is; the latest due first (title: template; subtitle: number, team and due date).
     */
    public List<SearchHit> runs(@Nullable String text, int max) {
        if (text == null || text.isBlank() || max <= 0) {
            return List.of();
        }
        Optional<String> terms = FulltextTerms.of(text);
        Matcher number = RUN_NUMBER.matcher(text.strip());
        boolean byNumber = number.matches();
        boolean byTeam = FulltextTerms.searchable(text);
        List<String> matches = new ArrayList<>();
        terms.ifPresent(t -> matches.add("match(tp.name, tp.description) against (:terms in boolean mode)"));
        if (byTeam) {
            matches.add("tm.name like :team escape '\\\\'");
        }
        if (byNumber) {
            matches.add("r.id = :id");
        }
        if (matches.isEmpty()) {
            return List.of();
        }
        ReadScope scope = access.readScope();
        String sql = """
                select r.id, tp.name, tm.name, r.due_on
                from compliance_run r join compliance_template tp on tp.id = r.template_id
                  join team tm on tm.id = r.team_id
                where (%s)%s
                order by r.due_on desc, r.id desc
                limit :max""".formatted(String.join(" or ", matches), scope.all() ? "" : """

                  and (r.assignee_id = :me or (:teamReader = true and (r.team_id = :teamId
                       or exists (select 1 from team st where st.id = r.team_id and st.supervisor_id = :me))))""");
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("max", max);
        if (terms.isPresent()) {
            spec = spec.param("terms", terms.get());
        }
        if (byTeam) {
            spec = spec.param("team", FulltextTerms.containsPattern(text));
        }
        if (byNumber) {
            spec = spec.param("id", Long.parseLong(number.group(1)));
        }
        if (!scope.all()) {
            spec = spec.param("me", scope.userId()).param("teamReader", scope.teamReader())
                    .param("teamId", scope.teamId());
        }
        return spec.query((rs, i) -> new SearchHit(RUN, rs.getLong(1), rs.getString(2),
                SearchHit.line("#" + rs.getLong(1), rs.getString(3),
                        rs.getObject(4, LocalDate.class).toString()))).list();
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<String> kinds() {
        return templateReader() ? List.of(TEMPLATE, RUN) : List.of(RUN);
    }

    @Override
    public List<SearchHit> search(String kind, String text, int max) {
        return switch (kind) {
            case TEMPLATE -> {
                // the same rule as on templates(): a call from inside the bean passes no proxy
                if (!templateReader()) {
                    throw new AccessDeniedException("Checklist templates are for compliance officers and admins");
                }
                yield templates(text, max);
            }
            case RUN -> runs(text, max);
            default -> List.of();
        };
    }

    private boolean templateReader() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.COMPLIANCE_OFFICER);
    }
}
