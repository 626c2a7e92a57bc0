package app.tandem.improvement;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An item (or a plan row of one) that waits for someone, as the "My work" queries read it; {@code id} is the item's
 * or the plan row's own id.
 */
public record ItemWorkRow(long id, long itemId, String title, ItemStatus status, @Nullable String detail,
        @Nullable LocalDate dueDate, @Nullable Instant since) {

    /** For the queries of work with a due date only. */
    public ItemWorkRow(long id, long itemId, String title, ItemStatus status, @Nullable String detail,
            @Nullable LocalDate dueDate) {
        this(id, itemId, title, status, detail, dueDate, null);
    }
}
