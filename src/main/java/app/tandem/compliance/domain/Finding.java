package app.tandem.compliance.domain;

import app.tandem.base.AbstractEntity;
import app.tandem.compliance.FindingStatus;
import app.tandem.compliance.Severity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * A failed item of a submitted run, to be fixed: severity, owner, due date, status, and the corrective action in
 * the improvement log it opened. The item key (response type and prompt) finds the same item in later runs of
 * the schedule, whatever template version they pin.
 */
@Entity
@Audited
@Table(name = "compliance_finding")
public class Finding extends AbstractEntity {

    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Column(name = "schedule_id", updatable = false)
    private @Nullable Long scheduleId;

    @Column(name = "team_id", nullable = false, updatable = false)
    private long teamId;

    @Column(name = "item_key", nullable = false, length = 600, updatable = false)
    private String itemKey = "";

    @Column(nullable = false, length = 500)
    private String title = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Severity severity = Severity.LOW;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate = LocalDate.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FindingStatus status = FindingStatus.OPEN;

    @Column(nullable = false)
    private boolean recurring;

    @Column(name = "corrective_action_id")
    private @Nullable Long correctiveActionId;

    @Column(name = "closed_by_run_id")
    private @Nullable Long closedByRunId;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    protected Finding() {
    }

    public Finding(long runId, long itemId, @Nullable Long scheduleId, long teamId, String itemKey, String title,
            Severity severity, long ownerId, LocalDate dueDate) {
        this.runId = runId;
        this.itemId = itemId;
        this.scheduleId = scheduleId;
        this.teamId = teamId;
        this.itemKey = itemKey;
        this.title = title;
        this.severity = severity;
        this.ownerId = ownerId;
        this.dueDate = dueDate;
    }

    public void close(long runId, Instant at) {
        status = FindingStatus.CLOSED;
        closedByRunId = runId;
        closedAt = at;
    }

    public long getRunId() {
        return runId;
    }

    public long getItemId() {
        return itemId;
    }

    public @Nullable Long getScheduleId() {
        return scheduleId;
    }

    public long getTeamId() {
        return teamId;
    }

    public String getItemKey() {
        return itemKey;
    }

    public String getTitle() {
        return title;
    }

    public Severity getSeverity() {
        return severity;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(long ownerId) {
        this.ownerId = ownerId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public FindingStatus getStatus() {
        return status;
    }

    public void setStatus(FindingStatus status) {
        this.status = status;
    }

    public boolean isRecurring() {
        return recurring;
    }

    public void markRecurring() {
        this.recurring = true;
    }

    public @Nullable Long getCorrectiveActionId() {
        return correctiveActionId;
    }

    public void setCorrectiveActionId(@Nullable Long correctiveActionId) {
        this.correctiveActionId = correctiveActionId;
    }

    public @Nullable Long getClosedByRunId() {
        return closedByRunId;
    }

    public @Nullable Instant getClosedAt() {
        return closedAt;
    }
}
