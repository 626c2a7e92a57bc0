package app.tandem.compliance.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The compliance dashboard's figures, each counted in one SQL query on MariaDB within the reader's run scope (as
 * {@link ChecklistRunRepository#SCOPE}). Instants are stored in UTC; {@code offset} is the user's zone offset in
 * seconds, added to them to get the user's calendar day or month.
 */
@Component
public class ComplianceDashboardQueries {

    private static final String SCOPE = """
             and (:all = true or r.assignee_id = :userId or (:teamReader = true and (r.team_id = :teamId
                  or exists (select 1 from team st where st.id = r.team_id and st.supervisor_id = :userId))))
            """;
    private static final String DONE = "r.status in ('SUBMITTED', 'SIGNED_OFF')";

    @PersistenceContext
    private EntityManager em;

    /** The run scope of one reader. */
    public record Scope(boolean all, long userId, boolean teamReader, @Nullable Long teamId) {
    }

    /**
     * Rows of label, runs due, runs completed (submitted or signed off), runs counted for the on-time rate (approved
     * misses left out) and runs submitted by the end of their due day: the runs due from {@code from} to {@code to}
     * (inclusive), per team or per template category. A run not yet due (due today or later) counts only once it
     * is completed or missed, so that a period still running is not judged by runs nobody could be late with yet.
     */
    public List<Object[]> rates(boolean byCategory, LocalDate from, LocalDate to, LocalDate today, int offset,
            Scope scope) {
        String label = byCategory ? "c.name" : "tm.name";
        return list(scoped("""
                select %s as label, count(*),
                       sum(case when %s then 1 else 0 end),
                       sum(case when r.miss_approved_at is null then 1 else 0 end),
                       sum(case when r.miss_approved_at is null and r.submitted_at is not null
                                 and timestampadd(second, :offset, r.submitted_at) < date_add(r.due_on, interval 1 day)
                            then 1 else 0 end)
                from compliance_run r join team tm on tm.id = r.team_id
                  join compliance_template tp on tp.id = r.template_id
                  join compliance_category c on c.id = tp.category_id
                where r.due_on >= :from and r.due_on <= :to
                  and (r.due_on < :today or r.status in ('SUBMITTED', 'SIGNED_OFF', 'MISSED'))
                """.formatted(label, DONE) + SCOPE + " group by label order by label", scope)
                .setParameter("from", from).setParameter("to", to).setParameter("today", today)
                .setParameter("offset", offset));
    }

    /**
     * Rows of month ("yyyy-mm" of the user's calendar), average score and number of runs: the submitted or
     * signed-off runs with a score submitted from {@code from} on.
     */
    public List<Object[]> scoreByMonth(LocalDate from, int offset, Scope scope) {
        return list(scoped("""
                select date_format(timestampadd(second, :offset, r.submitted_at), '%%Y-%%m') as month,
                       avg(r.score), count(*)
                from compliance_run r
                where %s and r.score is not null and timestampadd(second, :offset, r.submitted_at) >= :from
                """.formatted(DONE) + SCOPE + " group by month order by month", scope)
                .setParameter("from", from.atStartOfDay()).setParameter("offset", offset));
    }

    /** One row: runs overdue now (open or in progress, due before today) and missed runs whose miss is not approved. */
    public Object[] overdueAndMissed(LocalDate today, Scope scope) {
        return (Object[]) scoped("""
                select coalesce(sum(case when r.status in ('OPEN', 'IN_PROGRESS') and r.due_on < :today
                                    then 1 else 0 end), 0),
                       coalesce(sum(case when r.status = 'MISSED' and r.miss_approved_at is null then 1 else 0 end), 0)
                from compliance_run r where 1 = 1
                """ + SCOPE, scope).setParameter("today", today).getSingleResult();
    }

    /**
     * Rows of severity, age bucket (0: 0–7 days, 1: 8–30, 2: 31–90, 3: over 90, from the finding's creation to
     * today in the user's calendar) and count of the findings not closed. All findings: only for readers of all.
     */
    public List<Object[]> openFindings(LocalDate today, int offset) {
        return list(em.createNativeQuery("""
                select f.severity,
                       case when a.age <= 7 then 0 when a.age <= 30 then 1 when a.age <= 90 then 2 else 3 end as bucket,
                       count(*)
                from compliance_finding f
                  join (select id, datediff(:today, date(timestampadd(second, :offset, created_at))) age
                        from compliance_finding) a on a.id = f.id
                where f.status <> 'CLOSED'
                group by f.severity, bucket
                """).setParameter("today", today).setParameter("offset", offset));
    }

    /** One row: evidence of readable runs expiring from today to {@code until} (inclusive), and already expired. */
    public Object[] evidenceCounts(LocalDate today, LocalDate until, Scope scope) {
        return (Object[]) scoped("""
                select coalesce(sum(case when e.expiry_date >= :today and e.expiry_date <= :until then 1 else 0 end), 0),
                       coalesce(sum(case when e.expiry_date < :today then 1 else 0 end), 0)
                from compliance_evidence e join compliance_run r on r.id = e.run_id
                where e.expiry_date is not null and e.removed_at is null
                """ + SCOPE, scope).setParameter("today", today).setParameter("until", until).getSingleResult();
    }

    /**
     * Rows of evidence id, run id, file name, template, team and expiry date: the first {@code limit} pieces of
     * evidence of readable runs expiring from today to {@code until}, soonest first.
     */
    public List<Object[]> expiringEvidence(LocalDate today, LocalDate until, int limit, Scope scope) {
        return list(scoped("""
                select e.id, r.id, e.file_name, tp.name, tm.name, e.expiry_date
                from compliance_evidence e join compliance_run r on r.id = e.run_id
                  join compliance_template tp on tp.id = r.template_id join team tm on tm.id = r.team_id
                where e.expiry_date >= :today and e.expiry_date <= :until and e.removed_at is null
                """ + SCOPE + " order by e.expiry_date, e.id", scope).setParameter("today", today)
                .setParameter("until", until).setMaxResults(limit));
    }

    private Query scoped(String sql, Scope scope) {
        return em.createNativeQuery(sql).setParameter("all", scope.all()).setParameter("userId", scope.userId())
                .setParameter("teamReader", scope.teamReader()).setParameter("teamId", scope.teamId());
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> list(Query query) {
        return query.getResultList();
    }
}
