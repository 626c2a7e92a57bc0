package app.tandem.crm.domain;

import app.tandem.crm.ActivityStatus;
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
    List<Activity> findByOwnerIdAndStatusAndDueAtBeforeOrderByDueAtAscIdAsc(long ownerId, ActivityStatus status,
            LocalDateTime before, Pageable pageable);

    @Query("""
            select x from Activity x
            where x.id = :id and (:all = true or x.teamId = :teamId or x.ownerId = :userId)
            """)
    Optional<Activity> findReadable(@Param("id") long id, @Param("all") boolean all, @Param("userId") long userId,
            @Param("teamId") @Nullable Long teamId);
}
