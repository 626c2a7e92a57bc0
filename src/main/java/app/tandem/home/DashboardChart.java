package app.tandem.home;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One chart of the dashboard: its categories (stage or team names as they are, months as {@code 2026-06}) and
 * one or more series of values, one per category.
 *
 * @param key the chart's text key is {@code dash.chart.<key>}
 * @param monthly whether the categories are months (the view shows them as month names)
 */
public record DashboardChart(String key, boolean monthly, List<String> categories, List<Series> series) {

    /**
     * @param key the series' text key is {@code dash.series.<key>}
     * @param line a line rather than bars
     */
    public record Series(String key, boolean line, List<@Nullable BigDecimal> values) {
    }
}
