package app.tandem.crm.domain;

import app.tandem.crm.ActivityEntry;
import app.tandem.crm.DueActivity;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ActivityRepository extends JpaRepository<Activity, Long> {

    /** Planned activities of every owner due in [from, to), for the due-date notifications. */
    @Query("""
            select new app.tandem.crm.ActivityDeadline(a.id, a.subject, a.accountId, a.ownerId, a.dueAt)
            from Activity a where a.status = app.tandem.crm.ActivityStatus.PLANNED
              and a.dueAt >= :from and a.dueAt < :to
            order by a.dueAt, a.id
            """)
    List<app.tandem.crm.ActivityDeadline> plannedDueBetween(@Param("from") LocalDateTime from,
            @Param("to") LocalDateTime to);


    @Query("""
            select x from Activity x
            where x.id = :id and (:all = true or x.teamId = :teamId or x.ownerId = :userId)
            """)
    Optional<Activity> findReadable(@Param("id") long id, @Param("all") boolean all, @Param("userId") long userId,
            @Param("teamId") @Nullable Long teamId);

    /**
     * The activities of an account or of a deal (the other id null) that the scope may read, for the timeline;
     * a linked contact's or deal's name only when the scope may read that record too.
     */
    @Query("""
            select new app.tandem.crm.ActivityEntry(x.id, x.type, x.subject, x.details, x.dueAt, x.durationMinutes,
                   x.status, x.ownerId, o.displayName, x.teamId, x.contactId,
                   trim(concat(coalesce(c.firstName, ''), ' ', c.lastName)), x.dealId, d.name, x.recurrence)
            from Activity x join AppUser o on o.id = x.ownerId
                 left join Contact c on c.id = x.contactId
                      and (:all = true or c.teamId = :teamId or c.ownerId = :userId)
                 left join Deal d on d.id = x.dealId
                      and (:all = true or d.teamId = :teamId or d.ownerId = :userId)
            where (:accountId is null or x.accountId = :accountId) and (:dealId is null or x.dealId = :dealId)
              and (:all = true or x.teamId = :teamId or x.ownerId = :userId)
            """)
    Slice<ActivityEntry> timeline(@Param("accountId") @Nullable Long accountId, @Param("dealId") @Nullable Long dealId,
            @Param("all") boolean all, @Param("userId") long userId, @Param("teamId") @Nullable Long teamId,
            Pageable pageable);

    @Query("""
            select count(x) from Activity x
            where (:accountId is null or x.accountId = :accountId) and (:dealId is null or x.dealId = :dealId)
              and (:all = true or x.teamId = :teamId or x.ownerId = :userId)
            """)
    long countInScope(@Param("accountId") @Nullable Long accountId, @Param("dealId") @Nullable Long dealId,
            @Param("all") boolean all, @Param("userId") long userId, @Param("teamId") @Nullable Long teamId);

    /** The account's activitys as entities, to move them one by one (history and version kept). */
    List<Activity> findByAccountId(long accountId);

    /** The user's open activitys, for handing them over when the user changes team. */
    @Query("select x from Activity x where x.ownerId = :ownerId and x.status = app.tandem.crm.ActivityStatus.PLANNED")
    List<Activity> findOpenOwnedBy(@Param("ownerId") long ownerId);

    @Query("select count(x) from Activity x where x.ownerId = :ownerId and x.status = app.tandem.crm.ActivityStatus.PLANNED")
    long countOpenOwnedBy(@Param("ownerId") long ownerId);
}
