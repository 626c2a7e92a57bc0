package app.tandem.compliance;

/** How often a schedule opens a run. */
public enum Recurrence {
    ONE_OFF, DAILY, WEEKLY, MONTHLY, QUARTERLY, YEARLY
}
