package app.tandem.performance.domain;

import app.tandem.base.AbstractEntity;
import app.tandem.base.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** One meeting of a series: open until it is held; holding it is final. */
@Entity
@Audited
@Table(name = "one_on_one_meeting")
public class OneOnOneMeeting extends AbstractEntity {

    @Column(name = "series_id", nullable = false, updatable = false)
    private long seriesId;

    @Column(name = "scheduled_date", nullable = false)
    private LocalDate scheduledDate = LocalDate.EPOCH;

    @Column(name = "held_at")
    private @Nullable Instant heldAt;

    protected OneOnOneMeeting() {
    }

    public OneOnOneMeeting(long seriesId, LocalDate scheduledDate) {
        this.seriesId = seriesId;
        this.scheduledDate = scheduledDate;
    }

    public void hold(Instant at) {
        requireOpen();
        heldAt = at;
    }

    public void requireOpen() {
        if (heldAt != null) {
            throw new DomainException("oneonone.meeting.held");
        }
    }

    public long getSeriesId() {
        return seriesId;
    }

    public LocalDate getScheduledDate() {
        return scheduledDate;
    }

    public @Nullable Instant getHeldAt() {
        return heldAt;
    }
}
