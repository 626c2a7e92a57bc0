package app.tandem.org;

import app.tandem.security.Role;
import org.jspecify.annotations.Nullable;

/** What the users list is filtered by; null means "any". */
public record UserFilter(@Nullable String text, @Nullable Role role, @Nullable Long teamId, @Nullable Boolean active) {

    public static UserFilter any() {
        return new UserFilter(null, null, null, null);
    }
}
