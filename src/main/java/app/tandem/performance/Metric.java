package app.tandem.performance;

/**
 * What a target measures: a built-in metric computed from the CRM, or a manual {@link #KPI} an administrator
 * defined (then the target names the KPI).
 */
public enum Metric {
    /** The sum of the amounts of deals won in the period (by the date they were won). */
    REVENUE_WON(Rollup.SUM),
    /** The number of deals won in the period. */
    DEALS_WON(Rollup.SUM),
    /** Deals won / deals closed (won or lost) in the period, in percent; teams weigh members by closed deals. */
    WIN_RATE(Rollup.MEAN),
    /** Activities marked done in the period. */
    ACTIVITIES_DONE(Rollup.SUM),
    /** Accounts created in the period. */
    NEW_ACCOUNTS(Rollup.SUM),
    /** A manual KPI: its roll-up and direction are the KPI's. */
    KPI(Rollup.SUM);

    private final Rollup rollup;

    Metric(Rollup rollup) {
        this.rollup = rollup;
    }

    public Rollup rollup() {
        return rollup;
    }

    public boolean builtIn() {
        return this != KPI;
    }
}
