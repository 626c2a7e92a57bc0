package app.tandem.performance;

import org.jspecify.annotations.Nullable;

/** The targets list's filters; null means any. */
public record TargetFilter(@Nullable MetricRef metric, @Nullable Period period, @Nullable Long teamId,
        @Nullable Long userId, @Nullable TargetStatus status) {

    public static final TargetFilter ALL = new TargetFilter(null, null, null, null, null);
}
