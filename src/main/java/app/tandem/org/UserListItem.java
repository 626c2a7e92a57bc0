package app.tandem.org;

import app.tandem.security.Role;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A row of the users list. */
public record UserListItem(long id, String username, String displayName, @Nullable String email,
        @Nullable String teamName, Set<Role> roles, boolean active, boolean locked) {
}
