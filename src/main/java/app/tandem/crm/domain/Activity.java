package app.tandem.crm.domain;

import app.tandem.base.DomainException;
import app.tandem.crm.ActivityStatus;
import app.tandem.crm.ActivityType;
import app.tandem.crm.Recurrence;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** A call, meeting, task, email or note at an account (and maybe a contact and a deal). */
@Entity
@Table(name = "activity")
@Audited
public class Activity extends OwnedEntity {

    /** The longest duration an activity may have: a week, in minutes. */
    public static final int MAX_DURATION_MINUTES = 7 * 24 * 60;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActivityType type = ActivityType.TASK;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String subject = "";

    @Size(max = 10000)
    @Column(columnDefinition = "TEXT")
    private @Nullable String details;

    /** When it is due (planned) or happened (done); local time of the team. */
    @Column(name = "due_at", nullable = false)
    private LocalDateTime dueAt = LocalDateTime.of(2000, 1, 1, 0, 0);

    @Column(name = "duration_minutes")
    private @Nullable Integer durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActivityStatus status = ActivityStatus.PLANNED;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "contact_id")
    private @Nullable Long contactId;

    @Column(name = "deal_id")
    private @Nullable Long dealId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Recurrence recurrence = Recurrence.NONE;

    @Column(name = "recur_until")
    private @Nullable LocalDate recurUntil;

    @Column(name = "completed_at")
    private @Nullable Instant completedAt;

    protected Activity() {
    }

    public Activity(ActivityType type, String subject, LocalDateTime dueAt, long accountId) {
        this.type = type;
        this.subject = subject;
        this.dueAt = dueAt;
        this.accountId = accountId;
    }

    /** Makes a planned task repeat; the optional end date must come after the due date. */
    public void repeat(Recurrence recurrence, @Nullable LocalDate until) {
        if (recurrence != Recurrence.NONE) {
            if (type != ActivityType.TASK) {
                throw new DomainException("activity.recurrence.tasks-only");
            }
            if (status != ActivityStatus.PLANNED) {
                throw new DomainException("activity.recurrence.planned-only");
            }
            if (until != null && !until.isAfter(dueAt.toLocalDate())) {
                throw new DomainException("activity.recur-until.before-due");
            }
        }
        this.recurrence = recurrence;
        this.recurUntil = recurrence == Recurrence.NONE ? null : until;
    }

    /** Records something that has already happened (a call made, a note taken): done from the start. */
    public void logAsDone(Instant now) {
        if (status != ActivityStatus.PLANNED) {
            throw new DomainException("activity.not-planned");
        }
        if (recurrence != Recurrence.NONE) {
            throw new DomainException("activity.recurrence.planned-only");
        }
        status = ActivityStatus.DONE;
        completedAt = now;
    }

    /** Marks it done; a recurring task returns its next occurrence (not yet saved), if before the end date. */
    public Optional<Activity> complete(Instant now) {
        if (status != ActivityStatus.PLANNED) {
            throw new DomainException("activity.not-planned");
        }
        status = ActivityStatus.DONE;
        completedAt = now;
        if (recurrence == Recurrence.NONE) {
            return Optional.empty();
        }
        LocalDateTime nextDue = recurrence.next(dueAt);
        if (recurUntil != null && nextDue.toLocalDate().isAfter(recurUntil)) {
            return Optional.empty();
        }
        Activity next = new Activity(type, subject, nextDue, accountId);
        next.details = details;
        next.durationMinutes = durationMinutes;
        next.contactId = contactId;
        next.dealId = dealId;
        next.recurrence = recurrence;
        next.recurUntil = recurUntil;
        next.assignTo(getOwnerId(), getTeamId());
        return Optional.of(next);
    }

    public void cancel() {
        if (status != ActivityStatus.PLANNED) {
            throw new DomainException("activity.not-planned");
        }
        status = ActivityStatus.CANCELLED;
    }

    public void reschedule(LocalDateTime newDue) {
        if (status != ActivityStatus.PLANNED) {
            throw new DomainException("activity.not-planned");
        }
        dueAt = newDue;
    }

    public ActivityType getType() {
        return type;
    }

    public void setType(ActivityType type) {
        this.type = type;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public @Nullable String getDetails() {
        return details;
    }

    public void setDetails(@Nullable String details) {
        this.details = details;
    }

    public LocalDateTime getDueAt() {
        return dueAt;
    }

    public @Nullable Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(@Nullable Integer durationMinutes) {
        if (durationMinutes != null && (durationMinutes < 0 || durationMinutes > MAX_DURATION_MINUTES)) {
            throw new DomainException("activity.duration.range", MAX_DURATION_MINUTES);
        }
        this.durationMinutes = durationMinutes;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public long getAccountId() {
        return accountId;
    }

    public void setAccountId(long accountId) {
        this.accountId = accountId;
    }

    public @Nullable Long getContactId() {
        return contactId;
    }

    public void setContactId(@Nullable Long contactId) {
        this.contactId = contactId;
    }

    public @Nullable Long getDealId() {
        return dealId;
    }

    public void setDealId(@Nullable Long dealId) {
        this.dealId = dealId;
    }

    public Recurrence getRecurrence() {
        return recurrence;
    }

    public @Nullable LocalDate getRecurUntil() {
        return recurUntil;
    }

    public @Nullable Instant getCompletedAt() {
        return completedAt;
    }
}
