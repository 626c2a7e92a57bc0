package app.tandem.base;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One chart of the dashboard: its categories (stage or team names as they are, months as {@code 2026-06}) and
 * one or more series of values, one per category.
 *
 * @param key the chart's text key is {@code dash.chart.<key>}
 * @param monthly whether the categories are months (the view shows them as month names)
 * @param categoryKeys when not null, the categories are names of constants whose text key is this prefix plus the
 *         name (e.g. {@code improvement.status.} for item statuses)
 * @param empty nothing to show: the view says so instead of drawing the chart
 */
public record DashboardChart(String key, boolean monthly, List<String> categories, List<Series> series,
        @Nullable String categoryKeys, boolean empty) {

    /** A chart of amounts or counts: empty (nothing to show) when every value is missing or zero. */
    public DashboardChart(String key, boolean monthly, List<String> categories, List<Series> series,
            @Nullable String categoryKeys) {
        this(key, monthly, categories, series, categoryKeys, series.stream().flatMap(s -> s.values().stream())
                .allMatch(v -> v == null || v.signum() == 0));
    }

    public DashboardChart(String key, boolean monthly, List<String> categories, List<Series> series) {
        this(key, monthly, categories, series, null);
    }

    /** A chart of scores or rates, where zero is a figure: empty only when every value is missing. */
    public static DashboardChart ofRates(String key, boolean monthly, List<String> categories, List<Series> series) {
        return new DashboardChart(key, monthly, categories, series, null,
                series.stream().flatMap(s -> s.values().stream()).allMatch(v -> v == null));
    }

    /**
     * @param key the series' text key is {@code dash.series.<key>}
     * @param line a line rather than bars
     */
    public record Series(String key, boolean line, List<@Nullable BigDecimal> values) {
    }
}
