package app.tandem.performance;

import org.jspecify.annotations.Nullable;

/** A manual KPI as the KPI administration edits it. */
public record KpiData(@Nullable Long id, long version, String name, String unit, Direction direction,
        Rollup rollup, boolean active) {

    public MetricRef ref() {
        return new MetricRef(Metric.KPI, id, name, unit, direction, rollup);
    }
}
