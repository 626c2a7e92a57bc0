package app.tandem.home;

import app.tandem.base.WorkEntry;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An entry of "My work" with the day it is due by the one rule of {@link MyWorkService} and the group that follows
 * from it.
 *
 * @param due the record's deadline, or for a request without one the day the answer is expected; null when
 *        neither exists (then it is in {@link WorkGroup#LATER})
 */
public record WorkItem(WorkEntry entry, @Nullable LocalDate due, WorkGroup group) {

    /** The feature the entry comes from: the first part of its kind, e.g. {@code crm}. */
    public String feature() {
        int dot = entry.kind().indexOf('.');
        return dot < 0 ? entry.kind() : entry.kind().substring(0, dot);
    }
}
