package app.tandem.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * This node's short-lived copy of the users' security stamps: a request reads the database at most once per
 * user every {@link #TTL}, so a change made on another node is seen within that bound (ADR 0008).
 */
@Component
public class SecurityStampCache {

    public static final Duration TTL = Duration.ofSeconds(5);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(String stamp, Instant readAt) {
    }

    private final SecurityStamps stamps;
    private final Clock clock;
    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

    public SecurityStampCache(SecurityStamps stamps, Clock clock) {
        this.stamps = stamps;
        this.clock = clock;
    }

    /** Whether the stamp the session holds is still the user's; false for a user who no longer exists. */
    public boolean isCurrent(TandemUser user) {
        Instant now = clock.instant();
        Entry entry = entries.get(user.id());
        if (entry == null || !entry.readAt().plus(TTL).isAfter(now) || entry.readAt().isAfter(now)) {
            String current = stamps.currentStamp(user.id()).orElse(null);
            if (current == null) {
                entries.remove(user.id());
                return false;
            }
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entry = new Entry(current, now);
            entries.put(user.id(), entry);
        }
        return entry.stamp().equals(user.securityStamp());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onChange(SecurityStampChanged event) {
        entries.remove(event.userId());
    }
}
