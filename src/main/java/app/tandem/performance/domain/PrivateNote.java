package app.tandem.performance.domain;

import app.tandem.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;

/** A participant's private note on a meeting: one per author and meeting, read by its author only. */
@Entity
@Audited
@Table(name = "one_on_one_private_note")
public class PrivateNote extends AbstractEntity {

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private long meetingId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Size(max = 10000)
    @Column(nullable = false, columnDefinition = "TEXT")
    private String text = "";

    protected PrivateNote() {
    }

    public PrivateNote(long meetingId, long authorId) {
        this.meetingId = meetingId;
        this.authorId = authorId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
