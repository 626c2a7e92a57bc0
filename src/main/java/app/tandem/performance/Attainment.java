package app.tandem.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How far an actual reaches its target, honouring the metric's direction, and how members' values roll up to
 * their team's. Pure arithmetic, so that both directions and the roll-ups are unit-tested.
 *
 * <ul>
 * <li>Higher is better: actual / target × 100. No ratio without a positive target.</li>
 * <li>Lower is better: target / actual × 100. An actual of zero has no ratio; it meets any target that is not
 * negative ({@link #met}).</li>
 * </ul>
 */
public final class Attainment {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Attainment() {
    }

    /** Attainment in percent, one decimal; null when there is no ratio (see the class comment). */
    public static @Nullable BigDecimal percent(@Nullable BigDecimal target, @Nullable BigDecimal actual,
            Direction direction) {
        if (target == null || actual == null) {
            return null;
        }
        return switch (direction) {
            case HIGHER_IS_BETTER -> target.signum() <= 0 ? null
                    : actual.multiply(HUNDRED).divide(target, 1, RoundingMode.HALF_UP);
            case LOWER_IS_BETTER -> actual.signum() <= 0 || target.signum() < 0 ? null
                    : target.multiply(HUNDRED).divide(actual, 1, RoundingMode.HALF_UP);
        };
    }

    /** Whether the actual reaches the target in the metric's direction. */
    public static boolean met(@Nullable BigDecimal target, @Nullable BigDecimal actual, Direction direction) {
        if (target == null || actual == null) {
            return false;
        }
        return direction == Direction.HIGHER_IS_BETTER ? actual.compareTo(target) >= 0 : actual.compareTo(target) <= 0;
    }

    /** A member's value with its weight in a mean (e.g. their closed deals for the win rate). */
    public record Weighted(BigDecimal value, BigDecimal weight) {

        public static Weighted of(BigDecimal value) {
            return new Weighted(value, BigDecimal.ONE);
        }
    }

    /**
     * The team's value from its members': their sum, or their mean weighted by the weights (a plain mean when
     * all weights are zero). Null without members' values.
     */
    public static @Nullable BigDecimal rollUp(List<Weighted> values, Rollup rollup) {
        if (values.isEmpty()) {
            return null;
        }
        if (rollup == Rollup.SUM) {
            return values.stream().map(Weighted::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        BigDecimal weights = values.stream().map(Weighted::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weights.signum() == 0) {
            BigDecimal sum = values.stream().map(Weighted::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            return sum.divide(BigDecimal.valueOf(values.size()), 4, RoundingMode.HALF_UP);
        }
        BigDecimal weighted = values.stream().map(w -> w.value().multiply(w.weight()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return weighted.divide(weights, 4, RoundingMode.HALF_UP);
    }
}
