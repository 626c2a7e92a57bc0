package app.tandem.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The logged-in user of the current request (or of the test's security context). */
@Component
public class CurrentUser {

    public Optional<TandemUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof TandemUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public TandemUser require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No logged-in user"));
    }

    /** The name of whoever is authenticated, for logs; "system" without a user. */
    public String username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    public long id() {
        return require().id();
    }

    public boolean hasRole(Role role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> role.authority().equals(a.getAuthority()));
    }
}
