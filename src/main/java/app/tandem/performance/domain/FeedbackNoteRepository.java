package app.tandem.performance.domain;

import app.tandem.performance.FeedbackNoteItem;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FeedbackNoteRepository extends JpaRepository<FeedbackNote, Long> {

    /** The notes of one feedback, oldest first (the service checks the feedback is readable). */
    @Query("""
            select new app.tandem.performance.FeedbackNoteItem(n.id, a.displayName, n.text, n.writtenAt)
            from FeedbackNote n join AppUser a on a.id = n.authorId
            where n.feedbackId = :feedbackId order by n.writtenAt, n.id
            """)
    List<FeedbackNoteItem> findItems(@Param("feedbackId") long feedbackId);
}
