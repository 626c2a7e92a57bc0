package app.tandem.improvement;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An item (or a plan row of one) that waits for someone, as the "My work" queries read it. */
public record ItemWorkRow(long itemId, String title, ItemStatus status, @Nullable String detail,
        @Nullable LocalDate dueDate, @Nullable Instant since) {

    /** For the queries of work with a due date only. */
    public ItemWorkRow(long itemId, String title, ItemStatus status, @Nullable String detail,
            @Nullable LocalDate dueDate) {
        this(itemId, title, status, detail, dueDate, null);
    }
}
