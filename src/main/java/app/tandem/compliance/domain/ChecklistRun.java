package app.tandem.compliance.domain;

import app.tandem.base.AbstractEntity;
import app.tandem.compliance.RunStatus;
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
 * One run of a checklist: the template version it pins, who fills it for which team, when it opens and is due,
 * and where it stands ({@link RunStatus}). Opened by the scheduler job (one per schedule and occurrence date).
 */
@Entity
@Audited
@Table(name = "compliance_run")
public class ChecklistRun extends AbstractEntity {

    @Column(name = "schedule_id", updatable = false)
    private @Nullable Long scheduleId;

    @Column(name = "template_id", nullable = false, updatable = false)
    private long templateId;

    @Column(name = "template_version_id", nullable = false)
    private long templateVersionId;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "assignee_id", nullable = false)
    private long assigneeId;

    @Column(name = "occurrence_date", nullable = false, updatable = false)
    private LocalDate occurrenceDate = LocalDate.EPOCH;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn = LocalDate.EPOCH;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn = LocalDate.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RunStatus status = RunStatus.OPEN;

    @Column(name = "started_at")
    private @Nullable Instant startedAt;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "submitted_by_id")
    private @Nullable Long submittedById;

    private @Nullable Integer score;

    @Column(name = "critical_failed")
    private @Nullable Boolean criticalFailed;

    @Column(name = "miss_reason", length = 1000)
    private @Nullable String missReason;

    @Column(name = "miss_approved_by", length = 100)
    private @Nullable String missApprovedBy;

    @Column(name = "miss_approved_at")
    private @Nullable Instant missApprovedAt;

    protected ChecklistRun() {
    }

    /** Overdue: due before today and still being filled in. */
    public boolean isOverdue(LocalDate today) {
        return status.isFillable() && dueOn.isBefore(today);
    }

    /** Completed late: submitted after the end of its due date. */
    public boolean isCompletedLate(java.time.ZoneId zone) {
        return submittedAt != null && submittedAt.atZone(zone).toLocalDate().isAfter(dueOn);
    }

    public @Nullable Long getScheduleId() {
        return scheduleId;
    }

    public long getTemplateId() {
        return templateId;
    }

    public long getTemplateVersionId() {
        return templateVersionId;
    }

    public void setTemplateVersionId(long templateVersionId) {
        this.templateVersionId = templateVersionId;
    }

    public long getTeamId() {
        return teamId;
    }

    public long getAssigneeId() {
        return assigneeId;
    }

    public LocalDate getOccurrenceDate() {
        return occurrenceDate;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public RunStatus getStatus() {
        return status;
    }

    public void setStatus(RunStatus status) {
        this.status = status;
    }

    public @Nullable Instant getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(@Nullable Instant startedAt) {
        this.startedAt = startedAt;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    public @Nullable Long getSubmittedById() {
        return submittedById;
    }

    public void setSubmitted(@Nullable Instant at, @Nullable Long byId) {
        this.submittedAt = at;
        this.submittedById = byId;
    }

    public @Nullable Integer getScore() {
        return score;
    }

    public @Nullable Boolean getCriticalFailed() {
        return criticalFailed;
    }

    public void setScore(@Nullable Integer score, @Nullable Boolean criticalFailed) {
        this.score = score;
        this.criticalFailed = criticalFailed;
    }

    public @Nullable String getMissReason() {
        return missReason;
    }

    public @Nullable String getMissApprovedBy() {
        return missApprovedBy;
    }

    public @Nullable Instant getMissApprovedAt() {
        return missApprovedAt;
    }

    public void approveMiss(String reason, String by, Instant at) {
        this.missReason = reason;
        this.missApprovedBy = by;
        this.missApprovedAt = at;
    }
}
