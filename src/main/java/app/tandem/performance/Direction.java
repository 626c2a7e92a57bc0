package app.tandem.performance;

/** Whether a metric's actual should be above its target (revenue) or below it (defects per 1000 units). */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}
