package app.tandem.improvement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An item as a row of the list or a card of the board. {@code annualTarget} is the annualised target of its
 * money impacts (SQL); {@code overdue} is derived by the service from the clock, never stored.
 */
public record ItemListItem(long id, ItemKind kind, String title, ItemStatus status, @Nullable String areaName,
        @Nullable String teamName, String ownerName, Priority priority, @Nullable LocalDate dueDate,
        @Nullable Instant createdAt, BigDecimal annualTarget, long ownerId, @Nullable Long teamId, boolean overdue) {

    /** As the query reads it; overdue is added by the service. */
    public ItemListItem(long id, ItemKind kind, String title, ItemStatus status, @Nullable String areaName,
            @Nullable String teamName, String ownerName, Priority priority, @Nullable LocalDate dueDate,
            @Nullable Instant createdAt, BigDecimal annualTarget, long ownerId, @Nullable Long teamId) {
        this(id, kind, title, status, areaName, teamName, ownerName, priority, dueDate, createdAt, annualTarget,
                ownerId, teamId, false);
    }

    ItemListItem withOverdue(LocalDate today) {
        boolean late = dueDate != null && dueDate.isBefore(today) && !status.isClosed();
        return new ItemListItem(id, kind, title, status, areaName, teamName, ownerName, priority, dueDate, createdAt,
                annualTarget, ownerId, teamId, late);
    }
}
