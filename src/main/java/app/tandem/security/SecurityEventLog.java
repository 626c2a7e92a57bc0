package app.tandem.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Writes logins, failed logins and access denials to the log "tandem.security": who, when, from where; counts
 * failed logins as the metric {@code tandem.logins.failed} (a rising rate is an attack or a broken directory).
 */
@Component
class SecurityEventLog {

    private static final Logger log = LoggerFactory.getLogger("tandem.security");

    private final Counter failedLogins;

    SecurityEventLog(MeterRegistry registry) {
        this.failedLogins = Counter.builder("tandem.logins.failed").description("Failed login attempts")
                .register(registry);
    }

    @EventListener
    void onLogin(AuthenticationSuccessEvent event) {
        log.info("Login succeeded: user={} from={}", event.getAuthentication().getName(),
                remoteAddress(event.getAuthentication()));
    }

    @EventListener
    void onFailedLogin(AbstractAuthenticationFailureEvent event) {
        failedLogins.increment();
        log.warn("Login failed: user={} from={} reason={}", event.getAuthentication().getName(),
                remoteAddress(event.getAuthentication()), event.getException().getClass().getSimpleName());
    }

    @EventListener
    void onDenied(AuthorizationDeniedEvent<?> event) {
        Authentication auth = event.getAuthentication().get();
        log.warn("Access denied: user={} from={} to={}", auth == null ? "anonymous" : auth.getName(),
                auth == null ? "unknown" : remoteAddress(auth), describe(event.getSource()));
    }

    static String remoteAddress(@Nullable Authentication auth) {
        if (auth != null && auth.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return "unknown";
    }

    private static String describe(Object secured) {
        String text = secured.toString();
        return text.length() > 200 ? text.substring(0, 200) : text;
    }
}
