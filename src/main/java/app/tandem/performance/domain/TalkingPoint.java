package app.tandem.performance.domain;

import app.tandem.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;

/** A shared talking point of a meeting; either participant adds and ticks it. */
@Entity
@Audited
@Table(name = "one_on_one_point")
public class TalkingPoint extends AbstractEntity {

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private long meetingId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @NotBlank
    @Size(max = 500)
    @Column(nullable = false, length = 500)
    private String text = "";

    @Column(nullable = false)
    private boolean done;

    @Column(name = "carried_over", nullable = false, updatable = false)
    private boolean carriedOver;

    protected TalkingPoint() {
    }

    public TalkingPoint(long meetingId, long authorId, String text, boolean carriedOver) {
        this.meetingId = meetingId;
        this.authorId = authorId;
        this.text = text;
        this.carriedOver = carriedOver;
    }

    /** The same point, unticked, on the next meeting. */
    public TalkingPoint carryTo(long nextMeetingId) {
        return new TalkingPoint(nextMeetingId, authorId, text, true);
    }

    public long getMeetingId() {
        return meetingId;
    }

    public boolean isDone() {
        return done;
    }

    public void setDone(boolean done) {
        this.done = done;
    }
}
