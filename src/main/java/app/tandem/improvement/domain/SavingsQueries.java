package app.tandem.improvement.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The savings dashboard's figures, each computed in one SQL query on MariaDB (annualising, grouping, the
 * median with MariaDB's MEDIAN window function). Scope as in {@link ImprovementItemRepository}.
 */
@Component
public class SavingsQueries {

    private static final String FACTOR = "(case m.recurrence when 'MONTHLY' then 12 else 1 end)";
    private static final String SCOPE = """
             and (:all = true or i.team_id = :teamId or i.submitter_id = :userId or i.owner_id = :userId
                  or i.approver_id = :userId
                  or exists (select 1 from improvement_action x where x.item_id = i.id and x.owner_id = :userId))
            """;

    @PersistenceContext
    private EntityManager em;

    /**
     * Rows of label, hard actual, soft actual: the annualised money impacts of the items completed in the year
     * (realised savings), per team, or per month of completion (label 1–12) when byMonth. {@code monthStarts}
     * holds the 13 instants at which the year's months start and the next year starts, in the user's zone, so
     * the month is that of the user's calendar.
     */
    public List<Object[]> actualSavings(boolean byMonth, List<Instant> monthStarts, boolean all, long userId,
            @Nullable Long teamId) {
        StringBuilder month = new StringBuilder("case");
        for (int m = 2; m <= 12; m++) {
            month.append(" when c.completed_at < :m").append(m).append(" then ").append(m - 1);
        }
        month.append(" else 12 end");
        String label = byMonth ? month.toString() : "coalesce(t.name, '')";
        Query query = scoped("""
                select %s as label,
                       coalesce(sum(case when m.hard then m.actual_value * %s end), 0),
                       coalesce(sum(case when not m.hard then m.actual_value * %s end), 0)
                from improvement_impact m join improvement_item i on i.id = m.item_id
                  join (select item_id, max(logged_at) completed_at from improvement_log
                        where to_status = 'COMPLETED' group by item_id) c on c.item_id = i.id
                  left join team t on t.id = i.team_id
                where m.unit = 'MONEY' and i.status = 'COMPLETED' and c.completed_at >= :from and c.completed_at < :to
                """.formatted(label, FACTOR, FACTOR) + SCOPE + " group by label order by label", monthStarts.getFirst(),
                monthStarts.getLast(), all, userId, teamId);
        if (byMonth) {
            for (int m = 2; m <= 12; m++) {
                query.setParameter("m" + m, monthStarts.get(m - 1));
            }
        }
        return list(query);
    }

    /** One row: annualised target, forecast and actual of all money impacts. */
    public Object[] totals(Instant from, Instant to, boolean all, long userId, @Nullable Long teamId) {
        return (Object[]) scoped("""
                select coalesce(sum(m.target_value * %s), 0), coalesce(sum(m.forecast_value * %s), 0),
                       coalesce(sum(m.actual_value * %s), 0)
                from improvement_impact m join improvement_item i on i.id = m.item_id
                where m.unit = 'MONEY' and i.created_at >= :from and i.created_at < :to
                """.formatted(FACTOR, FACTOR, FACTOR) + SCOPE, from, to, all, userId, teamId).getSingleResult();
    }

    /** Rows of status and count of the items raised in the period. */
    public List<Object[]> countByStatus(Instant from, Instant to, boolean all, long userId, @Nullable Long teamId) {
        return list(scoped("""
                select i.status, count(*) from improvement_item i
                where i.created_at >= :from and i.created_at < :to
                """ + SCOPE + " group by i.status", from, to, all, userId, teamId));
    }

    /**
     * The median seconds from an item's first approval to its (last) completion, of the items completed in
     * the period, from the status entries of the log; empty without such items.
     */
    public Optional<Double> medianCycleSeconds(Instant from, Instant to, boolean all, long userId,
            @Nullable Long teamId) {
        List<?> rows = scoped("""
                select distinct median(timestampdiff(second, a.approved_at, c.completed_at)) over ()
                from (select item_id, min(logged_at) approved_at from improvement_log
                      where to_status = 'APPROVED' group by item_id) a
                  join (select item_id, max(logged_at) completed_at from improvement_log
                        where to_status = 'COMPLETED' group by item_id) c on c.item_id = a.item_id
                  join improvement_item i on i.id = a.item_id
                where c.completed_at >= :from and c.completed_at < :to
                """ + SCOPE, from, to, all, userId, teamId).getResultList();
        return rows.isEmpty() || rows.getFirst() == null ? Optional.empty()
                : Optional.of(((Number) rows.getFirst()).doubleValue());
    }

    /** One row: active users who submitted at least one item in the period, and all active users. */
    public Object[] participation(Instant from, Instant to) {
        return (Object[]) em.createNativeQuery("""
                select (select count(distinct i.submitter_id) from improvement_item i
                          join app_user u on u.id = i.submitter_id
                        where u.active = true and i.created_at >= :from and i.created_at < :to),
                       (select count(*) from app_user where active = true)
                """).setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    private Query scoped(String sql, Instant from, Instant to, boolean all, long userId, @Nullable Long teamId) {
        return em.createNativeQuery(sql).setParameter("from", from).setParameter("to", to).setParameter("all", all)
                .setParameter("userId", userId).setParameter("teamId", teamId);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> list(Query query) {
        return query.getResultList();
    }
}
