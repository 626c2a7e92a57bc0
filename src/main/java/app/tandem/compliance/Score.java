package app.tandem.compliance;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * The score of a run: the weighted pass percentage of its answered items (NA and unanswered items are left
 * out; rounded down, so a run with a failure never shows 100), and whether a critical item failed, which fails
 * the run whatever the percentage. The percentage is null when no item counts.
 */
public record Score(@Nullable Integer percent, boolean criticalFailed, int passedWeight, int countedWeight) {

    /** One item as the score sees it: its weight, whether it is critical, and its result (null: unanswered). */
    public record Entry(int weight, boolean critical, @Nullable ItemResult result) {
    }

    public static Score of(Collection<Entry> entries) {
        int passed = 0;
        int counted = 0;
        boolean criticalFailed = false;
        for (Entry e : entries) {
            if (e.result() == ItemResult.PASS) {
                passed += e.weight();
                counted += e.weight();
            } else if (e.result() == ItemResult.FAIL) {
                counted += e.weight();
                criticalFailed |= e.critical();
            }
        }
        Integer percent = counted == 0 ? null : (int) ((long) passed * 100 / counted);
        return new Score(percent, criticalFailed, passed, counted);
    }

    /** Passed: no critical item failed and the percentage reaches the pass mark (nothing counted passes). */
    public boolean passes(int passMark) {
        return !criticalFailed && (percent == null || percent >= passMark);
    }
}
