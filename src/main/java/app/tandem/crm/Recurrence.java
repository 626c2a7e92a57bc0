package app.tandem.crm;

import java.time.LocalDateTime;

/** How a task repeats; completing one occurrence creates the next. */
public enum Recurrence {
    NONE, DAILY, WEEKLY, MONTHLY;

    public LocalDateTime next(LocalDateTime due) {
        return switch (this) {
            case NONE -> due;
            case DAILY -> due.plusDays(1);
            case WEEKLY -> due.plusWeeks(1);
            case MONTHLY -> due.plusMonths(1);
        };
    }
}
