package app.tandem.performance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A follow-up note under a piece of feedback (e.g. a formal warning). Append-only: no setters. */
@Entity
@Table(name = "feedback_note")
public class FeedbackNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "feedback_id", nullable = false, updatable = false)
    private long feedbackId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(nullable = false, updatable = false, columnDefinition = "TEXT")
    private String text = "";

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt = Instant.EPOCH;

    protected FeedbackNote() {
    }

    public FeedbackNote(long feedbackId, long authorId, String text, Instant writtenAt) {
        this.feedbackId = feedbackId;
        this.authorId = authorId;
        this.text = text;
        this.writtenAt = writtenAt;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getFeedbackId() {
        return feedbackId;
    }
}
