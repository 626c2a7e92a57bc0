package app.tandem.base;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One figure of the dashboard: its value now, the same figure for the previous period (the trend; null where a
 * trend makes no sense), an optional target, optional parts (e.g. open findings by severity), whether a rise is
 * bad news, and the list behind it: a route with the query parameters that open it filtered to this figure.
 *
 * @param key one of the keys its {@link DashboardContributor} offers; the text keys are {@code dash.tile.<key>}
 */
public record DashboardTile(String key, Group group, Unit unit, @Nullable BigDecimal value,
        @Nullable BigDecimal previous, @Nullable BigDecimal target, Map<String, Long> parts, boolean lowerIsBetter,
        String route, Map<String, String> parameters) {

    /** The part of the business a tile belongs to; the dashboard shows them in this order. */
    public enum Group {
        SALES, OPERATIONS, COMPLIANCE, PEOPLE
    }

    public enum Unit {
        MONEY, COUNT, PERCENT
    }

    /** The value minus the previous period's; null without either. */
    public @Nullable BigDecimal change() {
        return value == null || previous == null ? null : value.subtract(previous);
    }

    /** The address of the filtered list, e.g. {@code crm/pipeline?closeFrom=2026-10-01&closeTo=2026-12-31}. */
    public String url() {
        if (parameters.isEmpty()) {
            return route;
        }
        return route + "?" + parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Query parameters in the order given (the address reads as the filter bar does). */
    public static Map<String, String> parameters(String k1, String v1, String k2, String v2) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }
}
