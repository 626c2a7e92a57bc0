package app.tandem.performance.domain;

import app.tandem.org.TeamKind;
import app.tandem.org.TeamRef;
import app.tandem.org.UserRef;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Team performance's own SQL on MariaDB: the targets list, and the people and teams the figures are about (org
 * tables, read only). Figures of other modules come through their read models (see {@code ModuleFigures}).
 */
@Component
public class PerformanceQueries {

    /** The targets list's sort keys (as the grid names them) and their SQL; anything else is refused. */
    private static final Map<String, String> TARGET_SORT = Map.of("period", "t.period_start", "team", "tm.name",
            "subject", "u.display_name", "metric", "t.metric_key", "value", "t.target_value", "status", "t.status");

    @PersistenceContext
    private EntityManager em;

    // --- people and teams ----------------------------------------------------------------------------

    /** Active members of the team, by name. */
    public List<UserRef> members(long teamId) {
        return list(em.createNativeQuery("""
                select u.id, u.username, u.display_name from app_user u
                where u.team_id = :team and u.active = true order by u.display_name, u.id
                """).setParameter("team", teamId)).stream().map(PerformanceQueries::user).toList();
    }

    /** All teams, or those the user supervises (named supervisor, or their own team when a supervisor). */
    public List<TeamRef> teams(boolean all, long userId, boolean supervisorRole) {
        return list(em.createNativeQuery("""
                select t.id, t.name, t.kind from team t
                where :all = true or t.supervisor_id = :user
                   or (:supervisor = true and t.id = (select u.team_id from app_user u where u.id = :user))
                order by t.name, t.id
                """).setParameter("all", all).setParameter("user", userId).setParameter("supervisor", supervisorRole))
                .stream().map(r -> new TeamRef(longOf(r[0]), (String) r[1], TeamKind.valueOf((String) r[2])))
                .toList();
    }

    public Optional<UserRef> user(long userId) {
        return list(em.createNativeQuery("select u.id, u.username, u.display_name from app_user u where u.id = :id")
                .setParameter("id", userId)).stream().map(PerformanceQueries::user).findFirst();
    }

    /** Active users with the MANAGER role: they decide on proposed targets. */
    public List<Long> managers() {
        List<?> rows = em.createNativeQuery("""
                select u.id from app_user u join app_user_role r on r.user_id = u.id
                where u.active = true and r.role = 'MANAGER' order by u.id
                """).getResultList();
        return rows.stream().map(PerformanceQueries::longOf).toList();
    }

    public Optional<Long> teamOf(long userId) {
        List<?> rows = em.createNativeQuery("select u.team_id from app_user u where u.id = :id")
                .setParameter("id", userId).getResultList();
        return rows.isEmpty() || rows.getFirst() == null ? Optional.empty() : Optional.of(longOf(rows.getFirst()));
    }

    public Optional<TeamRef> team(long teamId) {
        return list(em.createNativeQuery("select t.id, t.name, t.kind from team t where t.id = :id")
                .setParameter("id", teamId)).stream()
                .map(r -> new TeamRef(longOf(r[0]), (String) r[1], TeamKind.valueOf((String) r[2]))).findFirst();
    }

    /** Display names of users and team names, for lists of targets. */
    public Map<Long, String> userNames(Collection<Long> ids) {
        return names("select id, display_name from app_user where id in (:ids)", ids);
    }

    public Map<Long, String> teamNames(Collection<Long> ids) {
        return names("select id, name from team where id in (:ids)", ids);
    }

    // --- the targets list ----------------------------------------------------------------------------

    private static final String TARGETS_FROM = """
            from perf_target t
              left join perf_kpi k on k.id = t.kpi_id
              left join app_user u on u.id = t.user_id
              left join team tm on tm.id = coalesce(t.team_id, u.team_id)
            where (:all = true or coalesce(t.team_id, u.team_id) in (:teams))
              and (:metricKey is null or t.metric_key = :metricKey)
              and (:type is null or t.period_type = :type)
              and (:start is null or t.period_start = :start)
              and (:teamId is null or coalesce(t.team_id, u.team_id) = :teamId)
              and (:userId is null or t.user_id = :userId)
              and (:status is null or t.status = :status)
            """;

    /**
     * A page of targets (rows: id, version, metric, kpi id, kpi name, kpi unit, kpi direction, user id, user name,
     * team id, team name, period type, period start, value, status, team target?), newest period first. A person's
     * target belongs to their current team.
     */
    public List<Object[]> targets(boolean all, Collection<Long> teams, @Nullable String metricKey,
            @Nullable String type, @Nullable LocalDate start, @Nullable Long teamId, @Nullable Long userId,
            @Nullable String status, Sort sort, int offset, int limit) {
        StringBuilder orderBy = new StringBuilder();
        for (Sort.Order order : sort) {
            String column = TARGET_SORT.get(order.getProperty());
            if (column == null) {
                throw new IllegalArgumentException("Cannot sort targets by " + order.getProperty());
            }
            orderBy.append(column).append(order.isAscending() ? "" : " desc").append(", ");
        }
        return list(targetQuery("""
                select t.id, t.version, t.metric, t.kpi_id, k.name, k.unit, k.direction, t.user_id, u.display_name,
                       coalesce(t.team_id, u.team_id), tm.name, t.period_type, t.period_start, t.target_value,
                       t.status, k.rollup
                """ + TARGETS_FROM + """
                order by %s t.period_start desc, tm.name, t.team_id is null, u.display_name, t.metric_key, t.id
                limit :limit offset :offset
                """.formatted(orderBy), all, teams, metricKey, type, start, teamId, userId, status)
                .setParameter("limit", limit).setParameter("offset", offset));
    }

    private Query targetQuery(String sql, boolean all, Collection<Long> teams, @Nullable String metricKey,
            @Nullable String type, @Nullable LocalDate start, @Nullable Long teamId, @Nullable Long userId,
            @Nullable String status) {
        return em.createNativeQuery(sql).setParameter("all", all)
                .setParameter("teams", teams.isEmpty() ? List.of(-1L) : teams)
                .setParameter("metricKey", metricKey).setParameter("type", type).setParameter("start", start)
                .setParameter("teamId", teamId).setParameter("userId", userId).setParameter("status", status);
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private Map<Long, String> names(String sql, Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            list(em.createNativeQuery(sql).setParameter("ids", ids)).forEach(r -> names.put(longOf(r[0]), (String) r[1]));
        }
        return names;
    }

    private static UserRef user(Object[] r) {
        return new UserRef(longOf(r[0]), (String) r[1], (String) r[2]);
    }

    static long longOf(Object value) {
        return ((Number) value).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> list(Query query) {
        return query.getResultList();
    }
}
