package app.tandem.performance;

import java.time.LocalDate;

/** How often a 1:1 series meets: the next meeting is scheduled this far after the one held. */
public enum Cadence {
    WEEKLY, BIWEEKLY, MONTHLY;

    public LocalDate after(LocalDate scheduled) {
        return switch (this) {
            case WEEKLY -> scheduled.plusWeeks(1);
            case BIWEEKLY -> scheduled.plusWeeks(2);
            case MONTHLY -> scheduled.plusMonths(1);
        };
    }
}
