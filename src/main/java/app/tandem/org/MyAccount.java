package app.tandem.org;

import app.tandem.security.Role;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the logged-in user sees of their own account. */
public record MyAccount(String username, String displayName, @Nullable String email, Set<Role> roles,
        @Nullable String teamName, boolean darkMode, @Nullable String language) {
}
