package app.tandem.improvement;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Process improvement's read model for team performance: how many items a person submitted, and how many they own
 * were completed, in a period [from, to). Counts only; team performance calls it after checking that the reader may
 * see the person's scorecard (ArchitectureTest lets no other feature call it).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ImprovementFigures {

    // JPA rather than JDBC: instants are bound in UTC (hibernate.jdbc.time_zone), as the items' times are written
    @PersistenceContext
    private EntityManager em;

    public long submitted(long userId, Instant from, Instant to) {
        return ((Number) em.createNativeQuery("""
                select count(*) from improvement_item i
                where i.submitter_id = :user and i.created_at >= :from and i.created_at < :to
                """).setParameter("user", userId).setParameter("from", from).setParameter("to", to)
                .getSingleResult()).longValue();
    }

    /** Items the person owns that were completed in the period (by the log's completion entry). */
    public long completed(long userId, Instant from, Instant to) {
        return ((Number) em.createNativeQuery("""
                select count(*) from improvement_item i
                where i.owner_id = :user and i.status = 'COMPLETED'
                  and exists (select 1 from improvement_log l where l.item_id = i.id and l.to_status = 'COMPLETED'
                              and l.logged_at >= :from and l.logged_at < :to)
                """).setParameter("user", userId).setParameter("from", from).setParameter("to", to)
                .getSingleResult()).longValue();
    }
}
