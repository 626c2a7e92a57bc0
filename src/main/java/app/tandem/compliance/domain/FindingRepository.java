package app.tandem.compliance.domain;

import app.tandem.compliance.FindingListItem;
import app.tandem.compliance.FindingStatus;
import app.tandem.compliance.Severity;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FindingRepository extends JpaRepository<Finding, Long> {

    boolean existsByRunIdAndItemId(long runId, long itemId);

    /** The findings of the schedule still open, for the effectiveness check of a later run. */
    @Query("select f from Finding f where f.scheduleId = :scheduleId and f.status <> app.tandem.compliance.FindingStatus.CLOSED"
            + " and f.runId <> :runId order by f.id")
    List<Finding> findUnclosedOfSchedule(@Param("scheduleId") long scheduleId, @Param("runId") long runId);

    List<Finding> findByRunIdOrderByIdAsc(long runId);

    /** A page of findings; sort keys are f.* properties. */
    @Query("""
            select new app.tandem.compliance.FindingListItem(f.id, f.version, f.runId, tp.name, tm.name, f.title,
                f.severity, u.displayName, f.dueDate, f.status, f.recurring, f.correctiveActionId, f.closedByRunId)
            from Finding f join ChecklistRun r on r.id = f.runId join ChecklistTemplate tp on tp.id = r.templateId
              join Team tm on tm.id = f.teamId join AppUser u on u.id = f.ownerId
            where (:status is null or f.status = :status)
              and (:severity is null or f.severity = :severity)
              and (:teamId is null or f.teamId = :teamId)
              and (:openOnly = false or f.status <> app.tandem.compliance.FindingStatus.CLOSED)
            """)
    Slice<FindingListItem> search(@Param("status") @Nullable FindingStatus status,
            @Param("severity") @Nullable Severity severity, @Param("teamId") @Nullable Long teamId,
            @Param("openOnly") boolean openOnly, Pageable pageable);

    @Query("select t.supervisor.id from Team t where t.id = :teamId")
    Optional<Long> supervisorOf(@Param("teamId") long teamId);

    /** The findings a user owns that are not closed, soonest due first (for "My work"). */
    @Query("""
            select new app.tandem.compliance.FindingListItem(f.id, f.version, f.runId, tp.name, tm.name, f.title,
                f.severity, u.displayName, f.dueDate, f.status, f.recurring, f.correctiveActionId, f.closedByRunId)
            from Finding f join ChecklistRun r on r.id = f.runId join ChecklistTemplate tp on tp.id = r.templateId
              join Team tm on tm.id = f.teamId join AppUser u on u.id = f.ownerId
            where f.ownerId = :ownerId and f.status <> app.tandem.compliance.FindingStatus.CLOSED
            order by f.dueDate, f.id
            """)
    List<FindingListItem> findOpenOwnedBy(@Param("ownerId") long ownerId, Pageable pageable);
}
