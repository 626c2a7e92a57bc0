package app.tandem.crm.domain;

import app.tandem.crm.DueActivity;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ActivityRepository extends JpaRepository<Activity, Long> {

    /** A user's planned activities due before the given time (today's and overdue), oldest first. */
    @Query("""
            select new app.tandem.crm.DueActivity(x.id, x.type, x.subject, x.dueAt, x.accountId, a.name, x.recurrence)
            from Activity x join Account a on a.id = x.accountId
            where x.ownerId = :ownerId and x.status = app.tandem.crm.ActivityStatus.PLANNED and x.dueAt < :before
            order by x.dueAt, x.id
            """)
    List<DueActivity> findDue(@Param("ownerId") long ownerId, @Param("before") LocalDateTime before,
            Pageable pageable);

    @Query("""
            select x from Activity x
            where x.id = :id and (:all = true or x.teamId = :teamId or x.ownerId = :userId)
            """)
    Optional<Activity> findReadable(@Param("id") long id, @Param("all") boolean all, @Param("userId") long userId,
            @Param("teamId") @Nullable Long teamId);
}
