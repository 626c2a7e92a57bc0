package app.tandem.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * Forecast vs target of a person (or, with a null user id, a team) for a period: revenue already won, the
 * weighted open pipeline expected to close in the period by forecast category, and the REVENUE_WON target.
 */
public record ForecastRow(@Nullable Long userId, String name, BigDecimal won, ForecastCategoryTotals open,
        @Nullable BigDecimal target) {

    /** Won plus the weighted commit deals: what the person is expected to reach. */
    public BigDecimal forecast() {
        return won.add(open.commit());
    }

    /** Won plus the weighted commit and best-case deals. */
    public BigDecimal bestCase() {
        return forecast().add(open.bestCase());
    }

    /** The forecast as percent of the target; null without a positive target. */
    public @Nullable BigDecimal forecastPercent() {
        return target == null || target.signum() <= 0 ? null
                : forecast().multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP);
    }
}
