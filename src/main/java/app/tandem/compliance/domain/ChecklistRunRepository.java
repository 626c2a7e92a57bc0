package app.tandem.compliance.domain;

import app.tandem.compliance.RunListItem;
import app.tandem.compliance.RunStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ChecklistRunRepository extends JpaRepository<ChecklistRun, Long> {

    /** Runs still to be filled in (open already) whose due day is in [from, to], of every assignee. */
    @Query("""
            select new app.tandem.compliance.RunDeadline(r.id, tp.name, r.occurrenceDate, r.assigneeId, r.dueOn)
            from ChecklistRun r join ChecklistTemplate tp on tp.id = r.templateId
            where r.status in :fillable and r.dueOn >= :from and r.dueOn <= :to and r.opensOn <= :today
            order by r.dueOn, r.id
            """)
    List<app.tandem.compliance.RunDeadline> fillableDueBetween(@Param("fillable") Collection<RunStatus> fillable,
            @Param("from") LocalDate from, @Param("to") LocalDate to, @Param("today") LocalDate today);

    /**
     * Who reads a run: everyone when {@code all}; the assignee; and team readers (supervisors, managers) the runs
     * of their own team or of a team they supervise.
     */
    String SCOPE = """
            (:all = true or r.assigneeId = :userId or (:teamReader = true and (r.teamId = :teamId
               or exists (select 1 from Team st where st.id = r.teamId and st.supervisor.id = :userId))))
            """;

    /** The runs list's rows after its filters (see {@link #search}). */
    String FILTERED = """
            from ChecklistRun r join ChecklistTemplate tp on tp.id = r.templateId join Team tm on tm.id = r.teamId
              join AppUser u on u.id = r.assigneeId
            where """ + SCOPE + """
              and (:status is null or r.status = :status)
              and (:templateId is null or r.templateId = :templateId)
              and (:teamId2 is null or r.teamId = :teamId2)
              and (:assigneeId is null or r.assigneeId = :assigneeId)
              and (:dueFrom is null or r.dueOn >= :dueFrom)
              and (:dueTo is null or r.dueOn <= :dueTo)
              and (:overdueOnly = false or (r.status in :fillable and r.dueOn < :today))
            """;

    @Query("select r from ChecklistRun r where r.id = :id and " + SCOPE)
    Optional<ChecklistRun> findReadable(@Param("id") long id, @Param("all") boolean all, @Param("userId") long userId,
            @Param("teamReader") boolean teamReader, @Param("teamId") @Nullable Long teamId);

    /** A page of readable runs; sort keys are r.* properties. Overdue: fillable and due before today. */
    @Query("""
            select new app.tandem.compliance.RunListItem(r.id, tp.name, tm.name, u.displayName, r.status, r.opensOn,
                r.dueOn, r.submittedAt, r.score, r.criticalFailed)
            """ + FILTERED)
    Slice<RunListItem> search(@Param("all") boolean all, @Param("userId") long userId,
            @Param("teamReader") boolean teamReader, @Param("teamId") @Nullable Long teamId,
            @Param("status") @Nullable RunStatus status, @Param("templateId") @Nullable Long templateId,
            @Param("teamId2") @Nullable Long filterTeamId, @Param("assigneeId") @Nullable Long assigneeId,
            @Param("dueFrom") @Nullable LocalDate dueFrom, @Param("dueTo") @Nullable LocalDate dueTo,
            @Param("overdueOnly") boolean overdueOnly, @Param("fillable") Collection<RunStatus> fillable,
            @Param("today") LocalDate today, Pageable pageable);

    /** How many rows the runs list shows for these filters. */
    @Query("select count(r) " + FILTERED)
    long countMatching(@Param("all") boolean all, @Param("userId") long userId,
            @Param("teamReader") boolean teamReader, @Param("teamId") @Nullable Long teamId,
            @Param("status") @Nullable RunStatus status, @Param("templateId") @Nullable Long templateId,
            @Param("teamId2") @Nullable Long filterTeamId, @Param("assigneeId") @Nullable Long assigneeId,
            @Param("dueFrom") @Nullable LocalDate dueFrom, @Param("dueTo") @Nullable LocalDate dueTo,
            @Param("overdueOnly") boolean overdueOnly, @Param("fillable") Collection<RunStatus> fillable,
            @Param("today") LocalDate today);

    /** The assignee's runs that can be filled in and have opened by the given day, soonest due first. */
    @Query("""
            select new app.tandem.compliance.RunListItem(r.id, tp.name, tm.name, u.displayName, r.status, r.opensOn,
                r.dueOn, r.submittedAt, r.score, r.criticalFailed)
            from ChecklistRun r join ChecklistTemplate tp on tp.id = r.templateId join Team tm on tm.id = r.teamId
              join AppUser u on u.id = r.assigneeId
            where r.assigneeId = :userId and r.status in :fillable and r.opensOn <= :openedBy
            order by r.dueOn, r.id
            """)
    List<RunListItem> findFillableOf(@Param("userId") long userId, @Param("fillable") Collection<RunStatus> fillable,
            @Param("openedBy") LocalDate openedBy, Pageable pageable);

    /**
     * Runs still to be filled in, due by the given day (today: due within 24 hours) or before, that the user
     * fills in or whose team they supervise; overdue first.
     */
    @Query("""
            select new app.tandem.compliance.DueRow(r.id, tp.name, tm.name, u.displayName, r.assigneeId, r.dueOn)
            from ChecklistRun r join ChecklistTemplate tp on tp.id = r.templateId join Team tm on tm.id = r.teamId
              join AppUser u on u.id = r.assigneeId
            where r.status in :fillable and r.dueOn <= :today and r.opensOn <= :today
              and (r.assigneeId = :userId or tm.supervisor.id = :userId)
            order by r.dueOn, r.id
            """)
    List<app.tandem.compliance.DueRow> findDueFor(@Param("userId") long userId,
            @Param("fillable") Collection<RunStatus> fillable, @Param("today") LocalDate today);

    /** The newest submitted or signed-off run of the schedule that occurred before this one. */
    @Query("""
            select r from ChecklistRun r where r.scheduleId = :scheduleId and r.occurrenceDate < :before
              and r.status in :done order by r.occurrenceDate desc, r.id desc
            """)
    List<ChecklistRun> findPreviousDone(@Param("scheduleId") long scheduleId, @Param("before") LocalDate before,
            @Param("done") Collection<RunStatus> done, Pageable pageable);

    /** Whether the user may still log in: no run is opened for a deactivated assignee. */
    @Query("select u.active from AppUser u where u.id = :userId")
    Optional<Boolean> userActive(@Param("userId") long userId);

    @Query("select t.name from Team t where t.id = :teamId")
    Optional<String> teamName(@Param("teamId") long teamId);

    @Query("select distinct a.answeredById from RunAnswer a where a.runId = :runId")
    List<Long> answeredBy(@Param("runId") long runId);

    /**
     * Opens the run of a schedule's occurrence unless it exists. Returns 1 when a run was opened. Not INSERT IGNORE,
     * which would also swallow a foreign-key or truncation error: two instances racing past the guard meet the
     * unique key on (schedule, occurrence date), and the loser's {@code DuplicateKeyException} is retried.
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into compliance_run (version, schedule_id, template_id, template_version_id, team_id,
                assignee_id, occurrence_date, opens_on, due_on, status, created_at, created_by, updated_at, updated_by)
            select 0, :scheduleId, :templateId, :versionId, :teamId, :assigneeId, :occurrence, :occurrence, :due,
                'OPEN', :now, 'system', :now, 'system' from dual
            where not exists (select 1 from compliance_run r
                              where r.schedule_id = :scheduleId and r.occurrence_date = :occurrence)
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

    /**
     * Submitted runs waiting for a sign-off that this user may give under the four-eyes rule: not assigned to,
     * submitted by or answered by them; oldest submission first.
     */
    @Query("""
            select new app.tandem.compliance.RunListItem(r.id, tp.name, tm.name, u.displayName, r.status, r.opensOn,
                r.dueOn, r.submittedAt, r.score, r.criticalFailed)
            from ChecklistRun r join ChecklistTemplate tp on tp.id = r.templateId join Team tm on tm.id = r.teamId
              join AppUser u on u.id = r.assigneeId
            where r.status = app.tandem.compliance.RunStatus.SUBMITTED and r.assigneeId <> :userId
              and (r.submittedById is null or r.submittedById <> :userId)
              and not exists (select a.id from RunAnswer a where a.runId = r.id and a.answeredById = :userId)
            order by r.submittedAt, r.id
            """)
    List<RunListItem> findAwaitingSignOffBy(@Param("userId") long userId, Pageable pageable);
}
