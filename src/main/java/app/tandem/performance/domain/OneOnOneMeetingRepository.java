package app.tandem.performance.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Meetings, read only by the two participants of their series. */
public interface OneOnOneMeetingRepository extends JpaRepository<OneOnOneMeeting, Long> {

    @Query("""
            select m from OneOnOneMeeting m where m.id = :id
              and exists (select 1 from OneOnOneSeries s where s.id = m.seriesId
                          and (s.leadId = :me or s.reportId = :me))
            """)
    Optional<OneOnOneMeeting> findReadable(@Param("id") long id, @Param("me") long me);

    @Query("""
            select max(m.id) from OneOnOneMeeting m where m.seriesId = :seriesId
              and (m.scheduledDate < :date or (m.scheduledDate = :date and m.id < :id))
            """)
    Optional<Long> previousOf(@Param("seriesId") long seriesId, @Param("date") java.time.LocalDate date,
            @Param("id") long id);

    @Query("""
            select min(m.id) from OneOnOneMeeting m where m.seriesId = :seriesId
              and (m.scheduledDate > :date or (m.scheduledDate = :date and m.id > :id))
            """)
    Optional<Long> nextOf(@Param("seriesId") long seriesId, @Param("date") java.time.LocalDate date,
            @Param("id") long id);
}
