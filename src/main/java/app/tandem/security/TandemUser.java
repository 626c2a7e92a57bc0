package app.tandem.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in user as Spring Security sees it: who, with which roles, and whether login is allowed. */
public final class TandemUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String displayName;
    private @Nullable String passwordHash;
    private final Set<Role> roles;
    private final boolean active;
    private final boolean locked;
    private final String securityStamp;

    /** A user that never logs in through the web (jobs, demo seeding): no security stamp. */
    public TandemUser(long id, String username, String displayName, @Nullable String passwordHash, Set<Role> roles,
            boolean active, boolean locked) {
        this(id, username, displayName, passwordHash, roles, active, locked, "");
    }

    public TandemUser(long id, String username, String displayName, @Nullable String passwordHash, Set<Role> roles,
            boolean active, boolean locked, String securityStamp) {
        this.securityStamp = securityStamp;
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = Set.copyOf(roles);
        this.active = active;
        this.locked = locked;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** The user's security stamp at login; a session whose stamp is no longer the user's ends (ADR 0008). */
    public String securityStamp() {
        return securityStamp;
    }

    /** The same user with a new stamp: their own session stays open after they change their password. */
    public TandemUser withSecurityStamp(String newStamp) {
        return new TandemUser(id, username, displayName, null, roles, active, locked, newStamp);
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = roles.stream()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
                .toList();
        return authorities;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TandemUser other && other.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return username;
    }
}
