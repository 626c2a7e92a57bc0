package app.tandem.base;

import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * One record found by the global search: its record type (as {@code RecordLinks} knows it, e.g. "ACCOUNT"), its
 * id, and two lines to show. Each feature's search returns only records the user may read.
 */
public record SearchHit(String kind, long id, String title, String subtitle) {

    /** The parts that are set, joined by " · " (a subtitle such as "acme.example · Berlin"). */
    public static String line(@Nullable String... parts) {
        return joined(" · ", parts);
    }

    /** The parts that are set, joined by a space (a name such as "Anna Berg"). */
    public static String words(@Nullable String... parts) {
        return joined(" ", parts);
    }

    private static String joined(String separator, @Nullable String... parts) {
        StringJoiner joined = new StringJoiner(separator);
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                joined.add(part.strip());
            }
        }
        return joined.toString();
    }
}
