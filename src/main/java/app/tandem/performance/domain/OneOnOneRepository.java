package app.tandem.performance.domain;

import app.tandem.performance.SeriesItem;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Series, read only by their two participants ({@code :me} is the lead or the report). */
public interface OneOnOneRepository extends JpaRepository<OneOnOneSeries, Long> {

    @Query("select s from OneOnOneSeries s where s.id = :id and (s.leadId = :me or s.reportId = :me)")
    Optional<OneOnOneSeries> findReadable(@Param("id") long id, @Param("me") long me);

    boolean existsByLeadIdAndReportId(long leadId, long reportId);

    /** My series with the other participant, the open meeting and the last held one. */
    @Query("""
            select new app.tandem.performance.SeriesItem(s.id, p.id, p.displayName,
                   case when s.leadId = :me then true else false end, s.cadence,
                   (select max(o.id) from OneOnOneMeeting o where o.seriesId = s.id and o.heldAt is null),
                   (select min(o.scheduledDate) from OneOnOneMeeting o where o.seriesId = s.id and o.heldAt is null),
                   (select max(h.scheduledDate) from OneOnOneMeeting h where h.seriesId = s.id and h.heldAt is not null))
            from OneOnOneSeries s
              join AppUser p on p.id = (case when s.leadId = :me then s.reportId else s.leadId end)
            where s.leadId = :me or s.reportId = :me
            order by p.displayName, s.id
            """)
    List<SeriesItem> mine(@Param("me") long me);
}
