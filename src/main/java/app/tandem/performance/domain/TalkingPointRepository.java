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

    /**
     * My meetings not held yet, up to a day, that have talking points still open, with the other participant's
     * name; soonest first.
     */
    @Query("""
            select new app.tandem.performance.AgendaItem(m.id, m.scheduledDate, o.displayName, count(p))
            from TalkingPoint p join OneOnOneMeeting m on m.id = p.meetingId
              join OneOnOneSeries s on s.id = m.seriesId
              join AppUser o on o.id = (case when s.leadId = :me then s.reportId else s.leadId end)
            where (s.leadId = :me or s.reportId = :me) and m.heldAt is null and p.done = false
              and m.scheduledDate <= :until
            group by m.id, m.scheduledDate, o.displayName
            order by m.scheduledDate, m.id
            """)
    List<app.tandem.performance.AgendaItem> findOpenAgendas(@Param("me") long me,
            @Param("until") java.time.LocalDate until);
}
