package app.tandem.compliance;

/** Where a finding stands. CLOSED is never set by hand: a later run of the schedule with the item passing closes it. */
public enum FindingStatus {
    OPEN, ACTION_PLANNED, VERIFYING, CLOSED
}
