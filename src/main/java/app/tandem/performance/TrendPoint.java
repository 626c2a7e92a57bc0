package app.tandem.performance;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A metric's target and actual in one period of a trend. */
public record TrendPoint(Period period, @Nullable BigDecimal target, @Nullable BigDecimal actual) {
}
