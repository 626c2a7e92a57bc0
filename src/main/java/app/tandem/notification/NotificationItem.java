package app.tandem.notification;

import app.tandem.base.NotificationKind;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One notification of the logged-in user: what happened ({@code kind}) to which record (its type, as the features'
 * record links know it, its id and title), who did it (empty for the due-date job) and whether it was read.
 */
public record NotificationItem(long id, NotificationKind kind, String recordType, long recordId, String title,
        @Nullable String actorName, Instant createdAt, boolean read) {
}
