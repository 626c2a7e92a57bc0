package app.tandem.performance;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One metric of one person or team in one period: the target (rolled up from members when the team has none
 * of its own), the actual and the attainment in percent (null when there is no ratio, see {@link Attainment}).
 */
public record Score(MetricRef metric, @Nullable BigDecimal target, boolean targetRolledUp,
        @Nullable BigDecimal actual, @Nullable BigDecimal attainment, boolean met) {

    public static Score of(MetricRef metric, @Nullable BigDecimal target, boolean rolledUp,
            @Nullable BigDecimal actual) {
        return new Score(metric, target, rolledUp, actual, Attainment.percent(target, actual, metric.direction()),
                Attainment.met(target, actual, metric.direction()));
    }
}
