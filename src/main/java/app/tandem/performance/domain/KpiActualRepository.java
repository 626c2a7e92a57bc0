package app.tandem.performance.domain;

import app.tandem.performance.PeriodType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface KpiActualRepository extends JpaRepository<KpiActual, Long> {

    @Query("""
            select a from KpiActual a where a.kpiId = :kpiId and a.subjectKey = :subjectKey
              and a.periodType = :type and a.periodStart = :start
            """)
    Optional<KpiActual> findOne(@Param("kpiId") long kpiId, @Param("subjectKey") String subjectKey,
            @Param("type") PeriodType type, @Param("start") LocalDate start);

    @Query("""
            select a from KpiActual a where a.subjectKey in :subjectKeys and a.periodType = :type
              and a.periodStart = :start
            """)
    List<KpiActual> findForSubjects(@Param("subjectKeys") Collection<String> subjectKeys,
            @Param("type") PeriodType type, @Param("start") LocalDate start);
}
