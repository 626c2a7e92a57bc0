package app.tandem.compliance.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ChecklistRunRepository extends JpaRepository<ChecklistRun, Long> {

    /**
     * Opens the run of a schedule's occurrence unless it exists: the unique key on (schedule, occurrence date)
     * makes a second insert, by this or another app instance, a no-op. Returns 1 when a run was opened.
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert ignore into compliance_run (version, schedule_id, template_id, template_version_id, team_id,
                assignee_id, occurrence_date, opens_on, due_on, status, created_at, created_by, updated_at, updated_by)
            values (0, :scheduleId, :templateId, :versionId, :teamId, :assigneeId, :occurrence, :occurrence, :due,
                'OPEN', :now, 'system', :now, 'system')
            """)
    int openIfAbsent(@Param("scheduleId") long scheduleId, @Param("templateId") long templateId,
            @Param("versionId") long versionId, @Param("teamId") long teamId, @Param("assigneeId") long assigneeId,
            @Param("occurrence") LocalDate occurrence, @Param("due") LocalDate due, @Param("now") Instant now);

    /** Runs never started whose due date has passed become MISSED. Returns how many. */
    @Modifying
    @Query(nativeQuery = true, value = """
            update compliance_run set status = 'MISSED', version = version + 1, updated_at = :now,
                updated_by = 'system'
            where status = 'OPEN' and due_on < :today
            """)
    int markMissed(@Param("today") LocalDate today, @Param("now") Instant now);

    List<ChecklistRun> findByScheduleIdOrderByOccurrenceDateAsc(long scheduleId);
}
