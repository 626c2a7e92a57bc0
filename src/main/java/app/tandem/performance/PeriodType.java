package app.tandem.performance;

/** The length of a target's period: a calendar month, quarter or year. */
public enum PeriodType {
    MONTH(1), QUARTER(3), YEAR(12);

    private final int months;

    PeriodType(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
