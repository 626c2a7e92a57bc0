package app.tandem.improvement;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An impact row; the annual values are the annualised target, forecast and actual, computed in SQL (ignored
 * when saving).
 */
public record ImpactData(@Nullable Long id, long version, ImpactType type, boolean hard, ImpactRecurrence recurrence,
        ImpactUnit unit, @Nullable String description, @Nullable BigDecimal target, @Nullable BigDecimal forecast,
        @Nullable BigDecimal actual, @Nullable BigDecimal annualTarget, @Nullable BigDecimal annualForecast,
        @Nullable BigDecimal annualActual) {

    /** A new or changed impact as entered (annual values are computed when read). */
    public static ImpactData of(@Nullable Long id, long version, ImpactType type, boolean hard,
            ImpactRecurrence recurrence, ImpactUnit unit, @Nullable String description, @Nullable BigDecimal target,
            @Nullable BigDecimal forecast, @Nullable BigDecimal actual) {
        return new ImpactData(id, version, type, hard, recurrence, unit, description, target, forecast, actual, null,
                null, null);
    }
}
