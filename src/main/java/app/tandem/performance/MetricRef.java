package app.tandem.performance;

import org.jspecify.annotations.Nullable;

/** A metric as pickers and targets see it: a built-in one, or a manual KPI with its id, name and unit. */
public record MetricRef(Metric metric, @Nullable Long kpiId, String kpiName, String unit, Direction direction,
        Rollup rollup) {

    public static MetricRef builtIn(Metric metric) {
        if (!metric.builtIn()) {
            throw new IllegalArgumentException("A KPI metric names its KPI");
        }
        return new MetricRef(metric, null, "", metric == Metric.REVENUE_WON ? "money"
                : metric == Metric.WIN_RATE ? "%" : "", Direction.HIGHER_IS_BETTER, metric.rollup());
    }

    /** "REVENUE_WON" or "KPI-7": one key per metric, as stored with targets. */
    public String key() {
        return metric == Metric.KPI ? "KPI-" + kpiId : metric.name();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetricRef other && other.key().equals(key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }
}
