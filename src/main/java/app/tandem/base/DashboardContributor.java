package app.tandem.base;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A feature's tiles and charts on the home dashboard: its implementation is a secured, read-only service of the
 * feature that decides from the reader's roles which of its tiles they get, and computes each figure with the
 * query of the feature's own screen behind it (same record scope, so the numbers cannot drift).
 */
public interface DashboardContributor {

    /** Where the feature's charts come among the others (lower first). */
    int order();

    /** Every tile this feature offers, with its place on the dashboard (lower first; all features share one scale). */
    Map<String, Integer> places();

    /** The tiles the reader's roles call for, hidden ones included. */
    List<String> availableTiles();

    /** The figures of these of the reader's available tiles; a tile without a figure for this reader is left out. */
    List<DashboardTile> tiles(Collection<String> keys);

    /** The charts of the reader's focus that are this feature's; none when it has none for that focus. */
    List<DashboardChart> charts(DashboardFocus focus);

    /** A figure computed at most once, however many tiles use it. */
    static <T> Supplier<T> once(Supplier<T> supplier) {
        return new Supplier<>() {
            private @Nullable T value;

            @Override
            public T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
