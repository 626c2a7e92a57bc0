package app.tandem.crm.ui;

import app.tandem.crm.ActivityData;
import app.tandem.crm.ActivityStatus;
import app.tandem.crm.ActivityType;
import app.tandem.crm.ContactRef;
import app.tandem.crm.Recurrence;
import app.tandem.org.UserRef;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** The activity dialog's mutable bean: what the Binder edits before the activity is logged or planned. */
final class ActivityDraft {

    private @Nullable ActivityType type = ActivityType.CALL;
    private String subject = "";
    private String details = "";
    private @Nullable LocalDateTime when;
    private @Nullable Integer durationMinutes;
    private @Nullable ContactRef contact;
    private @Nullable DealChoice deal;
    private @Nullable UserRef owner;
    private @Nullable Recurrence recurrence = Recurrence.NONE;
    private @Nullable LocalDate until;

    /** The activity to create: done (logged) or planned, at the given account. */
    ActivityData toData(ActivityStatus status, long accountId) {
        if (type == null || when == null || owner == null) {
            throw new IllegalStateException("An activity needs a type, a time and an owner");
        }
        Recurrence repeat = recurrence == null ? Recurrence.NONE : recurrence;
        return new ActivityData(null, 0, type, subject.trim(), details.isBlank() ? null : details.trim(), when,
                durationMinutes, status, accountId, contact == null ? null : contact.id(),
                deal == null ? null : deal.id(), owner.id(), repeat, repeat == Recurrence.NONE ? null : until);
    }

    @Nullable ActivityType getType() {
        return type;
    }

    void setType(@Nullable ActivityType type) {
        this.type = type;
    }

    String getSubject() {
        return subject;
    }

    void setSubject(String subject) {
        this.subject = subject;
    }

    String getDetails() {
        return details;
    }

    void setDetails(String details) {
        this.details = details;
    }

    @Nullable LocalDateTime getWhen() {
        return when;
    }

    void setWhen(@Nullable LocalDateTime when) {
        this.when = when;
    }

    @Nullable Integer getDurationMinutes() {
        return durationMinutes;
    }

    void setDurationMinutes(@Nullable Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    @Nullable ContactRef getContact() {
        return contact;
    }

    void setContact(@Nullable ContactRef contact) {
        this.contact = contact;
    }

    @Nullable DealChoice getDeal() {
        return deal;
    }

    void setDeal(@Nullable DealChoice deal) {
        this.deal = deal;
    }

    @Nullable UserRef getOwner() {
        return owner;
    }

    void setOwner(@Nullable UserRef owner) {
        this.owner = owner;
    }

    @Nullable Recurrence getRecurrence() {
        return recurrence;
    }

    void setRecurrence(@Nullable Recurrence recurrence) {
        this.recurrence = recurrence;
    }

    @Nullable LocalDate getUntil() {
        return until;
    }

    void setUntil(@Nullable LocalDate until) {
        this.until = until;
    }
}
