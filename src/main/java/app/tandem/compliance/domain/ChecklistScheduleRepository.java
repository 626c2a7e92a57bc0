package app.tandem.compliance.domain;

import app.tandem.compliance.ScheduleListItem;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ChecklistScheduleRepository extends JpaRepository<ChecklistSchedule, Long> {

    /** Schedules with names; sort keys are s.* properties. */
    @Query("""
            select new app.tandem.compliance.ScheduleListItem(s.id, t.name, tm.name, u.displayName, s.recurrence,
                s.windowDays, s.startDate, s.endDate, s.active)
            from ChecklistSchedule s join ChecklistTemplate t on t.id = s.templateId
              join Team tm on tm.id = s.teamId join AppUser u on u.id = s.assigneeId
            where (:templateId is null or s.templateId = :templateId)
              and (:teamId is null or s.teamId = :teamId)
              and (:activeOnly = false or s.active = true)
            """)
    Slice<ScheduleListItem> search(@Param("templateId") @Nullable Long templateId,
            @Param("teamId") @Nullable Long teamId, @Param("activeOnly") boolean activeOnly, Pageable pageable);

    @Query("select s.id from ChecklistSchedule s where s.active = true order by s.id")
    List<Long> activeIds();

    @Query("select count(t) > 0 from Team t where t.id = :teamId")
    boolean teamExists(@Param("teamId") long teamId);
}
