package app.tandem.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/**
 * Throttles login attempts per client address: after {@link #MAX_FAILURES} failed logins within
 * {@link #WINDOW}, that address waits until the oldest of them is older than the window. A stranger can so
 * lock an account (time-limited, {@code AppUser.LOCKOUT}) only a few times, not keep it locked (ADR 0009).
 * Memory is bounded: the least recently seen addresses are forgotten beyond {@link #MAX_ADDRESSES}.
 */
@Component
public class LoginThrottle {

    public static final int MAX_FAILURES = 10;
    public static final Duration WINDOW = Duration.ofHours(1);
    static final int MAX_ADDRESSES = 10_000;
    private static final Logger log = LoggerFactory.getLogger("tandem.security");

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public synchronized boolean isBlocked(String address) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return false;
        }
        forgetOld(recent);
        return recent.size() >= MAX_FAILURES;
    }

    public synchronized void recordFailure(String address) {
        Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        forgetOld(recent);
        recent.addLast(clock.instant());
        while (recent.size() > MAX_FAILURES) {
            recent.removeFirst();
        }
        if (recent.size() == MAX_FAILURES) {
            log.warn("Login throttled for {} after {} failed logins: from={}", WINDOW, MAX_FAILURES, address);
        }
    }

    @EventListener
    void onFailedLogin(AbstractAuthenticationFailureEvent event) {
        String address = SecurityEventLog.remoteAddress(event.getAuthentication());
        if (!"unknown".equals(address)) {
            recordFailure(address);
        }
    }

    private void forgetOld(Deque<Instant> recent) {
        Instant cutoff = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
            recent.removeFirst();
        }
    }
}
