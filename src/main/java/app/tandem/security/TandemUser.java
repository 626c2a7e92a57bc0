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

    /** The only authority of a user between the password and the second factor. */
    public static final String PRE_SECOND_FACTOR = "PRE_2FA";

    private final long id;
    private final String username;
    private final String displayName;
    private @Nullable String passwordHash;
    private final Set<Role> roles;
    private final boolean active;
    private final boolean locked;
    private final String securityStamp;
    private final boolean secondFactorPending;
    private final boolean secondFactorSetupRequired;

    /** A user that never logs in through the web (jobs, demo seeding): no security stamp. */
    public TandemUser(long id, String username, String displayName, @Nullable String passwordHash, Set<Role> roles,
            boolean active, boolean locked) {
        this(id, username, displayName, passwordHash, roles, active, locked, "");
    }

    public TandemUser(long id, String username, String displayName, @Nullable String passwordHash, Set<Role> roles,
            boolean active, boolean locked, String securityStamp) {
        this(id, username, displayName, passwordHash, roles, active, locked, securityStamp, false, false);
    }

    /**
     * A user after the password step: with {@code secondFactorPending} they still owe their TOTP or recovery
     * code, with {@code secondFactorSetupRequired} they must turn two-factor sign-in on first (ADR 0015).
     */
    public TandemUser(long id, String username, String displayName, @Nullable String passwordHash, Set<Role> roles,
            boolean active, boolean locked, String securityStamp, boolean secondFactorPending,
            boolean secondFactorSetupRequired) {
        this.securityStamp = securityStamp;
        this.secondFactorPending = secondFactorPending;
        this.secondFactorSetupRequired = secondFactorSetupRequired;
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
        return new TandemUser(id, username, displayName, null, roles, active, locked, newStamp, secondFactorPending,
                secondFactorSetupRequired);
    }

    /** The same user once the second factor is passed or set up: full access, with the given stamp. */
    public TandemUser withSecondFactorDone(String stamp) {
        return new TandemUser(id, username, displayName, null, roles, active, locked, stamp, false, false);
    }

    /** Password given, TOTP or recovery code still owed: no role, no page but the code step. */
    public boolean secondFactorPending() {
        return secondFactorPending;
    }

    /** An administrator who must turn two-factor sign-in on before any other page opens. */
    public boolean secondFactorSetupRequired() {
        return secondFactorSetupRequired;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        if (secondFactorPending) {
            return List.of(new SimpleGrantedAuthority(PRE_SECOND_FACTOR));
        }
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
