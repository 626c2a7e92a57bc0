package app.tandem.performance.domain;

import app.tandem.performance.TalkingPointItem;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TalkingPointRepository extends JpaRepository<TalkingPoint, Long> {

    @Query("""
            select new app.tandem.performance.TalkingPointItem(p.id, p.version, p.text, a.displayName, p.done,
                   p.carriedOver)
            from TalkingPoint p join AppUser a on a.id = p.authorId
            where p.meetingId = :meetingId order by p.id
            """)
    List<TalkingPointItem> findItems(@Param("meetingId") long meetingId);

    List<TalkingPoint> findByMeetingIdAndDoneFalseOrderById(long meetingId);
}
