package app.tandem.performance.domain;

import app.tandem.performance.FeedbackRequestItem;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Requests are read by the two people involved only: the one who asked and the one asked. */
public interface FeedbackRequestRepository extends JpaRepository<FeedbackRequest, Long> {

    String ROW = """
            select new app.tandem.performance.FeedbackRequestItem(q.id, rq.id, rq.displayName, ak.id,
                   ak.displayName, q.subject, q.linkType, q.linkId, q.linkLabel, q.status, q.declineReason,
                   q.requestedAt, q.closedAt)
            from FeedbackRequest q
              join AppUser rq on rq.id = q.requesterId
              join AppUser ak on ak.id = q.askedId
            """;

    @Query(ROW + "where q.id = :id and (q.requesterId = :me or q.askedId = :me)")
    Optional<FeedbackRequestItem> findItem(@Param("id") long id, @Param("me") long me);

    @Query("select q from FeedbackRequest q where q.id = :id and (q.requesterId = :me or q.askedId = :me)")
    Optional<FeedbackRequest> findReadable(@Param("id") long id, @Param("me") long me);

    /** Open requests asking the reader for feedback. */
    @Query(ROW + "where q.askedId = :me and q.status = app.tandem.performance.FeedbackRequestStatus.OPEN")
    Slice<FeedbackRequestItem> openFor(@Param("me") long me, Pageable pageable);

    /** Everything the reader asked for, answered and declined ones too. */
    @Query(ROW + "where q.requesterId = :me")
    Slice<FeedbackRequestItem> askedBy(@Param("me") long me, Pageable pageable);
}
