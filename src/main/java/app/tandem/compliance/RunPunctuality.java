package app.tandem.compliance;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compliance's read model for team performance: a person's checklist runs due in a period that count for the
 * on-time rate, and how many of them were submitted by their due date. Counts only; team performance calls it after
 * checking that the reader may see the person's scorecard (ArchitectureTest lets no other feature call it).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class RunPunctuality {

    @PersistenceContext
    private EntityManager em;

    /** The runs that count, and those of them submitted on time. */
    public record OnTime(long due, long onTime) {
    }

    /**
     * Runs due from {@code from} to {@code lastDay} count once their due date has passed ({@code before today}) or
     * once they were submitted; a miss that a compliance officer approved does not count. Submission times are
     * compared with the end of the due day in UTC, the zone the database stores times in and the application clock
     * uses.
     */
    public OnTime of(long userId, LocalDate from, LocalDate lastDay, LocalDate today) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select count(*),
                       coalesce(sum(case when r.submitted_at < r.due_on + interval 1 day then 1 else 0 end), 0)
                from compliance_run r
                where r.assignee_id = :user and r.due_on >= :from and r.due_on <= :lastDay
                  and (r.due_on < :today or r.submitted_at is not null)
                  and r.miss_approved_at is null
                """).setParameter("user", userId).setParameter("from", from).setParameter("lastDay", lastDay)
                .setParameter("today", today).getSingleResult();
        return new OnTime(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
}
