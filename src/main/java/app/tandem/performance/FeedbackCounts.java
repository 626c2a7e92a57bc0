package app.tandem.performance;

import java.util.EnumMap;
import java.util.Map;

/** How much feedback of each type a person received in a period (only what the caller may read). */
public record FeedbackCounts(Map<FeedbackType, Long> byType) {

    public FeedbackCounts {
        EnumMap<FeedbackType, Long> all = new EnumMap<>(FeedbackType.class);
        for (FeedbackType type : FeedbackType.values()) {
            all.put(type, byType.getOrDefault(type, 0L));
        }
        byType = Map.copyOf(all);
    }

    public long of(FeedbackType type) {
        return byType.get(type);
    }

    public long total() {
        return byType.values().stream().mapToLong(Long::longValue).sum();
    }
}
