package app.tandem.base;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A feature's records that fall due soon or are overdue, for the notification feature's due-date job (which asks as
 * the system administrator): its implementation is a service of the feature, for administrators only.
 */
public interface DueReminders {

    /** Open records due soon or overdue at {@code now}, overdue ones looked for up to {@code lookBackDays} back. */
    List<Reminder> dueReminders(LocalDateTime now, int lookBackDays);

    /**
     * @param overdue past its due date (else due soon)
     * @param record the record and its due day, unique per reminder (e.g. {@code RUN:7:2026-06-15}): a reminder is
     *        written once per record and due day
     */
    record Reminder(long ownerId, boolean overdue, String recordType, long recordId, String title, String record) {
    }
}
