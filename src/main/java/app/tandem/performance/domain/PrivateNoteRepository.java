package app.tandem.performance.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Private notes: every query names the author, so nobody (no role) ever reads another's note. */
public interface PrivateNoteRepository extends JpaRepository<PrivateNote, Long> {

    @Query("select n from PrivateNote n where n.meetingId = :meetingId and n.authorId = :authorId")
    Optional<PrivateNote> findOwn(@Param("meetingId") long meetingId, @Param("authorId") long authorId);
}
