package app.tandem.crm;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CRM's read model for team performance: per owner, the deals won and closed, the activities done and the
 * accounts created in a period, and the open pipeline by forecast category. Sums and counts only, no record
 * contents; team performance calls it after checking that the reader may see these people's scorecards
 * (ArchitectureTest lets no other feature call it). Periods are instants [from, to).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class SalesFigures {

    // JPA rather than JDBC: instants are bound in UTC (hibernate.jdbc.time_zone), as the CRM writes them
    @PersistenceContext
    private EntityManager em;

    /** One owner's CRM figures in a period; owners without any are left out. */
    public record OwnerFigures(BigDecimal wonAmount, long won, long closed, long activitiesDone,
            long accountsCreated) {

        public static final OwnerFigures NONE = new OwnerFigures(BigDecimal.ZERO, 0, 0, 0, 0);
    }

    /** The open deals of one owner expected to close in a period, in one forecast category. */
    public record OwnerForecast(long ownerId, String forecastCategory, BigDecimal weighted, BigDecimal amount) {
    }

    public Map<Long, OwnerFigures> ownerFigures(Collection<Long> ownerIds, Instant from, Instant to) {
        Map<Long, OwnerFigures> result = new HashMap<>();
        if (ownerIds.isEmpty()) {
            return result;
        }
        for (Object[] r : rows("""
                select d.owner_id, coalesce(sum(case when s.won = true then d.amount end), 0),
                       sum(case when s.won = true then 1 else 0 end), sum(case when s.closed = true then 1 else 0 end)
                from deal d join pipeline_stage s on s.id = d.stage_id
                where d.owner_id in (:ids) and d.closed_at >= :from and d.closed_at < :to
                  and (s.won = true or s.closed = true)
                group by d.owner_id""", ownerIds, from, to)) {
            result.put(longOf(r[0]), new OwnerFigures(decimal(r[1]), longOf(r[2]), longOf(r[3]), 0, 0));
        }
        for (Object[] r : rows("""
                select a.owner_id, count(*) from activity a
                where a.owner_id in (:ids) and a.status = 'DONE' and a.completed_at >= :from and a.completed_at < :to
                group by a.owner_id""", ownerIds, from, to)) {
            OwnerFigures f = result.getOrDefault(longOf(r[0]), OwnerFigures.NONE);
            result.put(longOf(r[0]), new OwnerFigures(f.wonAmount(), f.won(), f.closed(), longOf(r[1]), 0));
        }
        for (Object[] r : rows("""
                select c.owner_id, count(*) from account c
                where c.owner_id in (:ids) and c.created_at >= :from and c.created_at < :to
                group by c.owner_id""", ownerIds, from, to)) {
            OwnerFigures f = result.getOrDefault(longOf(r[0]), OwnerFigures.NONE);
            result.put(longOf(r[0]), new OwnerFigures(f.wonAmount(), f.won(), f.closed(), f.activitiesDone(),
                    longOf(r[1])));
        }
        return result;
    }

    /** The owners' open deals expected to close in [start, end), weighted (amount × probability) and plain. */
    public List<OwnerForecast> openPipeline(Collection<Long> ownerIds, LocalDate start, LocalDate end) {
        if (ownerIds.isEmpty()) {
            return List.of();
        }
        return list(em.createNativeQuery("""
                select d.owner_id, s.forecast_category, sum(d.amount * d.probability / 100), sum(d.amount)
                from deal d join pipeline_stage s on s.id = d.stage_id
                where d.owner_id in (:ids) and s.closed = false
                  and d.expected_close_date >= :start and d.expected_close_date < :end
                group by d.owner_id, s.forecast_category
                """).setParameter("ids", ownerIds).setParameter("start", start).setParameter("end", end))
                .stream().map(r -> new OwnerForecast(longOf(r[0]), String.valueOf(r[1]), decimal(r[2]),
                        decimal(r[3]))).toList();
    }

    private List<Object[]> rows(String sql, Collection<Long> ownerIds, Instant from, Instant to) {
        return list(em.createNativeQuery(sql).setParameter("ids", ownerIds).setParameter("from", from)
                .setParameter("to", to));
    }

    private static long longOf(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal decimal(@Nullable Object value) {
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
