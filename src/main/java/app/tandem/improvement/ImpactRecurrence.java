package app.tandem.improvement;

import java.math.BigDecimal;

/**
 * Whether an impact happens once or every month or year. Annualised, a one-off or yearly value counts once,
 * a monthly value twelve times; the SQL of the savings figures uses the same factors.
 */
public enum ImpactRecurrence {
    ONE_OFF(1), MONTHLY(12), YEARLY(1);

    private final int perYear;

    ImpactRecurrence(int perYear) {
        this.perYear = perYear;
    }

    public int perYear() {
        return perYear;
    }

    public BigDecimal annualise(BigDecimal value) {
        return value.multiply(BigDecimal.valueOf(perYear));
    }
}
