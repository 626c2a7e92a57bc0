package app.tandem.improvement.domain;

import app.tandem.improvement.ImpactData;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ImpactRepository extends JpaRepository<Impact, Long> {

    /** The item's impacts with their annualised values, computed in SQL (monthly × 12, others × 1). */
    @Query("""
            select new app.tandem.improvement.ImpactData(m.id, m.version, m.type, m.hard, m.recurrence, m.unit,
                   m.description, m.target, m.forecast, m.actual,
                   m.target * (case m.recurrence when app.tandem.improvement.ImpactRecurrence.MONTHLY then 12 else 1 end),
                   m.forecast * (case m.recurrence when app.tandem.improvement.ImpactRecurrence.MONTHLY then 12 else 1 end),
                   m.actual * (case m.recurrence when app.tandem.improvement.ImpactRecurrence.MONTHLY then 12 else 1 end))
            from Impact m where m.itemId = :itemId order by m.id
            """)
    List<ImpactData> findByItem(@Param("itemId") long itemId);
}
