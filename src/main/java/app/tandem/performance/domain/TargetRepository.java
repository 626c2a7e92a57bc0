package app.tandem.performance.domain;

import app.tandem.performance.PeriodType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TargetRepository extends JpaRepository<Target, Long> {

    @Query("""
            select t from Target t where t.metricKey = :metricKey and t.subjectKey = :subjectKey
              and t.periodType = :type and t.periodStart = :start
            """)
    Optional<Target> findOne(@Param("metricKey") String metricKey, @Param("subjectKey") String subjectKey,
            @Param("type") PeriodType type, @Param("start") LocalDate start);

    /** The targets of these people and teams (subject keys) in one period. */
    @Query("""
            select t from Target t where t.subjectKey in :subjectKeys and t.periodType = :type
              and t.periodStart = :start
            """)
    List<Target> findForSubjects(@Param("subjectKeys") Collection<String> subjectKeys,
            @Param("type") PeriodType type, @Param("start") LocalDate start);

    /** The targets of one subject and metric over a range of period starts (for trends). */
    @Query("""
            select t from Target t where t.subjectKey = :subjectKey and t.metricKey = :metricKey
              and t.periodType = :type and t.periodStart >= :from and t.periodStart <= :to
            """)
    List<Target> findTrend(@Param("subjectKey") String subjectKey, @Param("metricKey") String metricKey,
            @Param("type") PeriodType type, @Param("from") LocalDate from, @Param("to") LocalDate to);
}
