package app.tandem.improvement.ui;

import app.tandem.improvement.ImpactData;
import app.tandem.improvement.ImpactRecurrence;
import app.tandem.improvement.ImpactType;
import app.tandem.improvement.ImpactUnit;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What the impact dialog edits, bound with {@code Binder.readRecord}/{@code writeRecord} (which needs a public
 * record); a new impact starts as a hard, yearly money saving.
 */
public record ImpactEntry(ImpactType type, boolean hard, ImpactRecurrence recurrence, ImpactUnit unit,
        String description, @Nullable BigDecimal target, @Nullable BigDecimal forecast, @Nullable BigDecimal actual) {

    static ImpactEntry of(@Nullable ImpactData m) {
        return m == null ? new ImpactEntry(ImpactType.COST, true, ImpactRecurrence.YEARLY, ImpactUnit.MONEY, "", null,
                null, null) : new ImpactEntry(m.type(), m.hard(), m.recurrence(), m.unit(),
                        m.description() == null ? "" : m.description(), m.target(), m.forecast(), m.actual());
    }
}
