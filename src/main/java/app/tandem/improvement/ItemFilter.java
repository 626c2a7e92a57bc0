package app.tandem.improvement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the item list and board are filtered by; null means "any". The period is the day range the item was
 * raised in (both ends included); {@code overdueOnly} keeps the overdue items.
 */
public record ItemFilter(@Nullable String text, @Nullable ItemStatus status, @Nullable ItemKind kind,
        @Nullable Long teamId, @Nullable Long areaId, @Nullable Long ownerId, boolean overdueOnly,
        @Nullable LocalDate from, @Nullable LocalDate to) {

    public static ItemFilter any() {
        return new ItemFilter(null, null, null, null, null, null, false, null, null);
    }
}
