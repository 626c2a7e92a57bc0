package app.tandem.base;

import java.util.Collection;

/**
 * What a domain event tells people: its kind, to whom, about which record (its type as {@code RecordLinks} knows
 * it, where it opens), its title, and who did it (never told themselves). The notification feature turns every
 * committed {@link Event} into notifications, so a feature that tells people publishes an event and imports nothing
 * of the notification feature.
 */
public record Notice(NotificationKind kind, Collection<Long> recipientIds, String recordType, long recordId,
        String title, long actorId) {

    /** A domain event that tells people something (see docs/adr/0018 and 0019). */
    public interface Event {

        Notice notice();
    }
}
