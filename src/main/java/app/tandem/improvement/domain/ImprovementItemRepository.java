package app.tandem.improvement.domain;

import app.tandem.improvement.ItemKind;
import app.tandem.improvement.ItemListItem;
import app.tandem.improvement.ItemStatus;
import app.tandem.org.TeamRef;
import app.tandem.org.UserRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Items, always read through the scope rule: {@code all}, or the reader's team's items, or items the reader
 * is involved in (submitter, owner, approver or owner of an action row).
 */
public interface ImprovementItemRepository extends JpaRepository<ImprovementItem, Long> {

    /** Items raised from this record of another feature (e.g. type "ACCOUNT", its id). */
    List<ImprovementItem> findByOriginTypeAndOriginId(String originType, Long originId);

    /** Items not closed whose due date is in [from, to], for the overdue notifications. */
    @Query("""
            select new app.tandem.improvement.ItemDeadline(i.id, i.title, i.ownerId, i.dueDate)
            from ImprovementItem i
            where i.status not in (app.tandem.improvement.ItemStatus.COMPLETED, app.tandem.improvement.ItemStatus.REJECTED)
              and i.dueDate >= :from and i.dueDate <= :to
            order by i.dueDate, i.id
            """)
    List<app.tandem.improvement.ItemDeadline> openDueBetween(@Param("from") LocalDate from,
            @Param("to") LocalDate to);

    String SCOPE = """
            (:all = true or i.teamId = :teamId or i.submitterId = :userId or i.ownerId = :userId
               or i.approverId = :userId
               or exists (select 1 from ImprovementAction x where x.itemId = i.id and x.ownerId = :userId))
            """;

    /** The item list's rows after its filters (see {@link #search}). */
    String FILTERED = """
            from ImprovementItem i
              join AppUser o on o.id = i.ownerId
              left join Area a on a.id = i.areaId
              left join Team t on t.id = i.teamId
            where """ + SCOPE + """
              and (:text is null or i.title like :text escape '\\')
              and (:status is null or i.status = :status)
              and (:kind is null or i.kind = :kind)
              and (:filterTeamId is null or i.teamId = :filterTeamId)
              and (:areaId is null or i.areaId = :areaId)
              and (:ownerId is null or i.ownerId = :ownerId)
              and (:overdue = false or (i.dueDate < :today and i.status not in :closed))
              and (:from is null or i.createdAt >= :from)
              and (:to is null or i.createdAt < :to)
            """;

    @Query("select i from ImprovementItem i where i.id = :id and " + SCOPE)
    Optional<ImprovementItem> findReadable(@Param("id") long id, @Param("all") boolean all,
            @Param("userId") long userId, @Param("teamId") @Nullable Long teamId);

    /**
     * A page of items; sort keys are i.* properties, a.name, t.name or o.displayName. The annual target is
     * the sum of the money impacts' targets, monthly ones × 12. Overdue: due before {@code today}, not closed.
     */
    @Query("""
            select new app.tandem.improvement.ItemListItem(i.id, i.kind, i.title, i.status, a.name, t.name,
                   o.displayName, i.priority, i.dueDate, i.createdAt,
                   coalesce((select sum(m.target * (case m.recurrence
                                 when app.tandem.improvement.ImpactRecurrence.MONTHLY then 12 else 1 end))
                             from Impact m where m.itemId = i.id
                               and m.unit = app.tandem.improvement.ImpactUnit.MONEY), 0),
                   i.ownerId, i.teamId)
            """ + FILTERED)
    Slice<ItemListItem> search(@Param("all") boolean all, @Param("userId") long userId,
            @Param("teamId") @Nullable Long teamId, @Param("text") @Nullable String text,
            @Param("status") @Nullable ItemStatus status, @Param("kind") @Nullable ItemKind kind,
            @Param("filterTeamId") @Nullable Long filterTeamId, @Param("areaId") @Nullable Long areaId,
            @Param("ownerId") @Nullable Long ownerId, @Param("overdue") boolean overdue,
            @Param("today") LocalDate today, @Param("closed") Collection<ItemStatus> closed,
            @Param("from") @Nullable Instant from, @Param("to") @Nullable Instant to, Pageable pageable);

    /** How many rows the item list shows for these filters. */
    @Query("select count(i) " + FILTERED)
    long countMatching(@Param("all") boolean all, @Param("userId") long userId,
            @Param("teamId") @Nullable Long teamId, @Param("text") @Nullable String text,
            @Param("status") @Nullable ItemStatus status, @Param("kind") @Nullable ItemKind kind,
            @Param("filterTeamId") @Nullable Long filterTeamId, @Param("areaId") @Nullable Long areaId,
            @Param("ownerId") @Nullable Long ownerId, @Param("overdue") boolean overdue,
            @Param("today") LocalDate today, @Param("closed") Collection<ItemStatus> closed,
            @Param("from") @Nullable Instant from, @Param("to") @Nullable Instant to);

    /**
     * Items whose title or problem statement match the words (MariaDB FULLTEXT, boolean mode with prefix
     * terms so half-typed words match), best match first, within the reader's scope.
     */
    @Query(value = """
            select i.id, i.title, i.status from improvement_item i
            where match(i.title, i.problem_statement) against (:terms in boolean mode)
              and (:exclude is null or i.id <> :exclude)
              and (:all = true or i.team_id = :teamId or i.submitter_id = :userId or i.owner_id = :userId
                   or i.approver_id = :userId
                   or exists (select 1 from improvement_action x where x.item_id = i.id and x.owner_id = :userId))
            order by match(i.title, i.problem_statement) against (:terms in boolean mode) desc, i.id desc
            limit :max
            """, nativeQuery = true)
    List<Object[]> findSimilar(@Param("terms") String terms, @Param("exclude") @Nullable Long exclude,
            @Param("all") boolean all, @Param("userId") long userId, @Param("teamId") @Nullable Long teamId,
            @Param("max") int max);

    /** Active managers and administrators, who may approve items. */
    @Query("""
            select new app.tandem.org.UserRef(u.id, u.username, u.displayName) from AppUser u
            where u.active = true and exists (select 1 from AppUser v join v.roles r where v.id = u.id
                and r in (app.tandem.security.Role.MANAGER, app.tandem.security.Role.ADMIN))
            order by u.displayName, u.id
            """)
    List<UserRef> approvers();

    @Query("select new app.tandem.org.TeamRef(t.id, t.name, t.kind) from Team t order by t.name, t.id")
    List<TeamRef> teams();

    @Query("""
            select count(u) > 0 from AppUser u join u.roles r
            where u.id = :id and u.active = true
              and r in (app.tandem.security.Role.MANAGER, app.tandem.security.Role.ADMIN)
            """)
    boolean isApprover(@Param("id") long id);

    /** Deferred items whose revisit date has come (on or before the day), oldest first. */
    @Query("""
            select i.id from ImprovementItem i
            where i.status = app.tandem.improvement.ItemStatus.DEFERRED and i.revisitDate <= :day order by i.id
            """)
    List<Long> findDeferredDue(@Param("day") LocalDate day);

    /** Items the user owns in a status where the next step is the owner's, soonest due first. */
    @Query("""
            select new app.tandem.improvement.ItemWorkRow(i.id, i.id, i.title, i.status, a.name, i.dueDate)
            from ImprovementItem i left join Area a on a.id = i.areaId
            where i.ownerId = :userId and i.status in :statuses
            order by i.dueDate nulls last, i.id
            """)
    List<app.tandem.improvement.ItemWorkRow> findOwnedWaiting(@Param("userId") long userId,
            @Param("statuses") Collection<ItemStatus> statuses, Pageable pageable);

    /**
     * Items whose next step is an approver's and that this user approves: named approver, or (managers) items
     * without one. {@code since} is when the item entered its status.
     */
    @Query("""
            select new app.tandem.improvement.ItemWorkRow(i.id, i.id, i.title, i.status, o.displayName, i.dueDate,
                   (select max(l.loggedAt) from LogEntry l where l.itemId = i.id and l.toStatus = i.status))
            from ImprovementItem i join AppUser o on o.id = i.ownerId
            where i.status in :statuses
              and (i.approverId = :userId or (:manager = true and i.approverId is null))
            order by i.id
            """)
    List<app.tandem.improvement.ItemWorkRow> findAwaitingApprovalBy(@Param("userId") long userId,
            @Param("manager") boolean manager, @Param("statuses") Collection<ItemStatus> statuses, Pageable pageable);

    /** Open plan rows the user owns, with their item. */
    @Query("""
            select new app.tandem.improvement.ItemWorkRow(x.id, i.id, i.title, i.status, x.what, x.dueDate)
            from ImprovementAction x join ImprovementItem i on i.id = x.itemId
            where x.ownerId = :userId and x.done = false and i.status not in :closed
            order by x.dueDate nulls last, x.id
            """)
    List<app.tandem.improvement.ItemWorkRow> findOpenActionsOf(@Param("userId") long userId,
            @Param("closed") Collection<ItemStatus> closed, Pageable pageable);
}
