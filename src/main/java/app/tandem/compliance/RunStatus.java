package app.tandem.compliance;

/**
 * Where a checklist run stands: OPEN (opened by its schedule, nothing answered yet) → IN_PROGRESS → SUBMITTED →
 * SIGNED_OFF; an OPEN run still untouched at the end of its window becomes MISSED. Overdue and completed late are
 * derived from the due date, never stored.
 */
public enum RunStatus {
    OPEN, IN_PROGRESS, SUBMITTED, SIGNED_OFF, MISSED;

    /** Runs the assignee may still fill in. */
    public boolean isFillable() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
