package app.tandem.performance.domain;

import app.tandem.org.TeamKind;
import app.tandem.org.TeamRef;
import app.tandem.org.UserRef;
import app.tandem.performance.CrmFigures;
import app.tandem.performance.ForecastCategoryTotals;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Instant;
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
 * The performance figures in SQL on MariaDB: the built-in metrics from the CRM tables (deals by the date they
 * were won or lost, activities by the time they were done, accounts by creation), the sales forecast, the
 * improvement counts of the scorecard, and the people and teams they are about (org tables, read only).
 * Periods arrive as instants [from, to), already in the configured zone.
 */
@Component
public class PerformanceQueries {

    /** The targets list's sort keys (as the grid names them) and their SQL; anything else is refused. */
    private static final Map<String, String> TARGET_SORT = Map.of("period", "t.period_start", "team", "tm.name",
            "subject", "u.display_name", "metric", "t.metric_key", "value", "t.target_value", "status", "t.status");

    @PersistenceContext
    private EntityManager em;

    /** Each person's CRM figures in the period; people without any have {@link CrmFigures#NONE}. */
    public Map<Long, CrmFigures> crmFigures(Collection<Long> userIds, Instant from, Instant to) {
        Map<Long, CrmFigures> result = new HashMap<>();
        if (userIds.isEmpty()) {
            return result;
        }
        List<Object[]> rows = list(em.createNativeQuery("""
                select u.id,
                  (select coalesce(sum(d.amount), 0) from deal d join pipeline_stage s on s.id = d.stage_id
                    where d.owner_id = u.id and s.won = true and d.closed_at >= :from and d.closed_at < :to),
                  (select count(*) from deal d join pipeline_stage s on s.id = d.stage_id
                    where d.owner_id = u.id and s.won = true and d.closed_at >= :from and d.closed_at < :to),
                  (select count(*) from deal d join pipeline_stage s on s.id = d.stage_id
                    where d.owner_id = u.id and s.closed = true and d.closed_at >= :from and d.closed_at < :to),
                  (select count(*) from activity a
                    where a.owner_id = u.id and a.status = 'DONE' and a.completed_at >= :from and a.completed_at < :to),
                  (select count(*) from account c
                    where c.owner_id = u.id and c.created_at >= :from and c.created_at < :to)
                from app_user u where u.id in (:ids)
                """).setParameter("ids", userIds).setParameter("from", from).setParameter("to", to));
        for (Object[] r : rows) {
            result.put(longOf(r[0]), new CrmFigures(decimal(r[1]), longOf(r[2]), longOf(r[3]), longOf(r[4]),
                    longOf(r[5])));
        }
        userIds.forEach(id -> result.putIfAbsent(id, CrmFigures.NONE));
        return result;
    }

    /**
     * Each person's open deals expected to close in [start, end), by forecast category: the weighted amount
     * (amount × probability) and the plain amount.
     */
    public Map<Long, ForecastCategoryTotals> openPipeline(Collection<Long> userIds, LocalDate start, LocalDate end) {
        Map<Long, ForecastCategoryTotals> result = new HashMap<>();
        if (userIds.isEmpty()) {
            return result;
        }
        List<Object[]> rows = list(em.createNativeQuery("""
                select d.owner_id, s.forecast_category, sum(d.amount * d.probability / 100), sum(d.amount)
                from deal d join pipeline_stage s on s.id = d.stage_id
                where d.owner_id in (:ids) and s.closed = false
                  and d.expected_close_date >= :start and d.expected_close_date < :end
                group by d.owner_id, s.forecast_category
                """).setParameter("ids", userIds).setParameter("start", start).setParameter("end", end));
        for (Object[] r : rows) {
            long owner = longOf(r[0]);
            ForecastCategoryTotals totals = result.getOrDefault(owner, ForecastCategoryTotals.NONE);
            result.put(owner, totals.plus(String.valueOf(r[1]), decimal(r[2])));
        }
        return result;
    }

    /** Improvement items the person submitted in the period. */
    public long improvementsSubmitted(long userId, Instant from, Instant to) {
        return longOf(em.createNativeQuery("""
                select count(*) from improvement_item i
                where i.submitter_id = :user and i.created_at >= :from and i.created_at < :to
                """).setParameter("user", userId).setParameter("from", from).setParameter("to", to)
                .getSingleResult());
    }

    /** Improvement items the person owns that were completed in the period (by the log's completion entry). */
    public long improvementsCompleted(long userId, Instant from, Instant to) {
        return longOf(em.createNativeQuery("""
                select count(*) from improvement_item i
                where i.owner_id = :user and i.status = 'COMPLETED'
                  and exists (select 1 from improvement_log l where l.item_id = i.id and l.to_status = 'COMPLETED'
                              and l.logged_at >= :from and l.logged_at < :to)
                """).setParameter("user", userId).setParameter("from", from).setParameter("to", to)
                .getSingleResult());
    }

    /**
     * The person's checklist runs due in the period (due dates {@code from} to {@code lastDay}) that count for the
     * on-time rate, and how many of them were submitted by their due date: one row of (due, on time). A run counts
     * once its due date has passed ({@code before today}) or once it was submitted; a miss that a compliance
     * officer approved does not count. Submission times are compared with the end of the due day in UTC, the zone
     * the database stores times in and the application clock uses.
     */
    public long[] checklistsOnTime(long userId, LocalDate from, LocalDate lastDay, LocalDate today) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select count(*),
                       coalesce(sum(case when r.submitted_at < r.due_on + interval 1 day then 1 else 0 end), 0)
                from compliance_run r
                where r.assignee_id = :user and r.due_on >= :from and r.due_on <= :lastDay
                  and (r.due_on < :today or r.submitted_at is not null)
                  and r.miss_approved_at is null
                """).setParameter("user", userId).setParameter("from", from).setParameter("lastDay", lastDay)
                .setParameter("today", today).getSingleResult();
        return new long[] {longOf(row[0]), longOf(row[1])};
    }

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

    static BigDecimal decimal(@Nullable Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> list(Query query) {
        return query.getResultList();
    }
}
