package app.tandem.base;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Something waiting for the logged-in user in one of the features, for the cross-feature "My work" list.
 *
 * @param kind what is to be done, a stable key such as {@code crm.activity} (the view translates
 *        {@code mywork.kind.<kind>})
 * @param itemId the id of the entry itself in its feature (an activity, an action item), which may differ from the
 *        record that is opened for it (the activity's account, the action item's meeting)
 * @param recordType the record type under which the owning feature links the record (see the UI's record links)
 * @param recordId the record to open
 * @param title the record's own title, as entered by people
 * @param detail a short second line (account, team, meeting), or null
 * @param dueOn the record's own deadline, or null when it has none
 * @param waitingSince for requests without a deadline (approvals, sign-offs, feedback requests): the day the
 *        request reached the user, from which the one response rule derives a due day; null otherwise
 */
public record WorkEntry(String kind, long itemId, String recordType, long recordId, String title, @Nullable String detail,
        @Nullable LocalDate dueOn, @Nullable LocalDate waitingSince) {
}
