package app.tandem.performance.domain;

import app.tandem.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** An action item agreed in a meeting, owned by one of the two participants. */
@Entity
@Audited
@Table(name = "one_on_one_action")
public class MeetingAction extends AbstractEntity {

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private long meetingId;

    @NotBlank
    @Size(max = 500)
    @Column(nullable = false, length = 500)
    private String text = "";

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "due_date")
    private @Nullable LocalDate dueDate;

    @Column(nullable = false)
    private boolean done;

    protected MeetingAction() {
    }

    public MeetingAction(long meetingId, String text, long ownerId, @Nullable LocalDate dueDate) {
        this.meetingId = meetingId;
        this.text = text;
        this.ownerId = ownerId;
        this.dueDate = dueDate;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public void setDone(boolean done) {
        this.done = done;
    }
}
