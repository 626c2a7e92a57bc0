package app.tandem.org;

import app.tandem.security.Role;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A user as the admin form edits it. Carries the version it was loaded at, so that saving over
 * someone else's change fails instead of silently overwriting it. Kept as a bean (not a record): it is
 * {@code UserService}'s create/update API, which tests of every feature use to build users.
 */
public class UserDraft {

    private @Nullable Long id;
    private long version;
    private String username = "";
    private String displayName = "";
    private @Nullable String email;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private @Nullable TeamRef team;
    private boolean active = true;
    private boolean locked;
    private boolean twoFactorEnabled;

    public @Nullable Long getId() {
        return id;
    }

    public void setId(@Nullable Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public @Nullable TeamRef getTeam() {
        return team;
    }

    public void setTeam(@Nullable TeamRef team) {
        this.team = team;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean isLocked() {
        return locked;
    }

    public void setLocked(boolean locked) {
        this.locked = locked;
    }

    /** Read-only: whether the user has turned two-factor sign-in on. */
    public boolean isTwoFactorEnabled() {
        return twoFactorEnabled;
    }

    public void setTwoFactorEnabled(boolean twoFactorEnabled) {
        this.twoFactorEnabled = twoFactorEnabled;
    }

    public boolean isNew() {
        return id == null;
    }
}
