package app.tandem.performance.domain;

import app.tandem.performance.MeetingActionItem;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MeetingActionRepository extends JpaRepository<MeetingAction, Long> {

    @Query("""
            select new app.tandem.performance.MeetingActionItem(x.id, x.version, x.text, o.id, o.displayName,
                   x.dueDate, x.done)
            from MeetingAction x join AppUser o on o.id = x.ownerId
            where x.meetingId = :meetingId order by x.id
            """)
    List<MeetingActionItem> findItems(@Param("meetingId") long meetingId);
}
