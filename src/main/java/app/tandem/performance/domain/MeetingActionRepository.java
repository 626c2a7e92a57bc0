package app.tandem.performance.domain;

import app.tandem.performance.MeetingActionItem;
import app.tandem.performance.OpenActionItem;
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

    /** A person's action items not done yet, across all their meetings: undated last, then by due date. */
    @Query("""
            select new app.tandem.performance.OpenActionItem(x.id, x.meetingId, x.text, x.dueDate)
            from MeetingAction x
            where x.ownerId = :ownerId and x.done = false
            order by case when x.dueDate is null then 1 else 0 end, x.dueDate, x.id
            """)
    List<OpenActionItem> findOpenOf(@Param("ownerId") long ownerId);
}
