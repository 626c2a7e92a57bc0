package app.tandem.org.domain;

import app.tandem.base.AbstractEntity;
import app.tandem.base.DomainException;
import app.tandem.security.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/** A person who logs in to Tandem. Never deleted: deactivated, so that their records keep an owner. */
@Entity
@Table(name = "app_user")
@Audited
public class AppUser extends AbstractEntity {

    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    @NotBlank
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,49}")
    @Column(nullable = false, unique = true, length = 50)
    private String username = "";

    @NotBlank
    @Size(max = 100)
    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName = "";

    @Email
    @Size(max = 200)
    @Column(length = 200)
    private @Nullable String email;

    @NotAudited
    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash = "";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private @Nullable Team team;

    @Column(nullable = false)
    private boolean active = true;

    @NotAudited
    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @NotAudited
    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @NotAudited
    @Column(name = "dark_mode", nullable = false)
    private boolean darkMode;

    @NotAudited
    @Column(length = 10)
    private @Nullable String language;

    /** Changes whenever login, roles, active flag or password change; sessions holding another one end. */
    @NotAudited
    @Column(name = "security_stamp", nullable = false, length = 36)
    private String securityStamp = UUID.randomUUID().toString();

    /** Base32 TOTP secret; set but not yet enabled while the user confirms it with a first code (ADR 0015). */
    @NotAudited
    @Column(name = "totp_secret", length = 64)
    private @Nullable String totpSecret;

    @NotAudited
    @Column(name = "totp_enabled_at")
    private @Nullable Instant totpEnabledAt;

    /** The last TOTP time step accepted at login; a code of that step or an earlier one is a replay. */
    @NotAudited
    @Column(name = "totp_last_step")
    private @Nullable Long totpLastStep;

    protected AppUser() {
    }

    public AppUser(String username, String displayName, String passwordHash) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        renewSecurityStamp();
    }

    public void setRoles(Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new DomainException("user.roles.required");
        }
        if (!this.roles.equals(roles)) {
            renewSecurityStamp();
        }
        this.roles.clear();
        this.roles.addAll(roles);
    }

    /** Starts a two-factor setup with a new secret; the second factor is on only after {@link #enableTwoFactor}. */
    public void startTwoFactorSetup(String secret) {
        if (isTwoFactorEnabled()) {
            throw new DomainException("twofa.already-on");
        }
        totpSecret = secret;
    }

    public void enableTwoFactor(Instant now) {
        if (totpSecret == null) {
            throw new DomainException("twofa.no-setup");
        }
        totpEnabledAt = now;
        renewSecurityStamp();
    }

    /** Turns the second factor off (by its user or an administrator's reset) and ends the user's sessions. */
    public void disableTwoFactor() {
        totpSecret = null;
        totpEnabledAt = null;
        totpLastStep = null;
        renewSecurityStamp();
    }

    public boolean isTwoFactorEnabled() {
        return totpEnabledAt != null && totpSecret != null;
    }

    public @Nullable String getTotpSecret() {
        return totpSecret;
    }

    public String getSecurityStamp() {
        return securityStamp;
    }

    private void renewSecurityStamp() {
        securityStamp = UUID.randomUUID().toString();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        if (!username.equals(this.username)) {
            renewSecurityStamp();
        }
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

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public @Nullable Team getTeam() {
        return team;
    }

    public void setTeam(@Nullable Team team) {
        this.team = team;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        if (active != this.active) {
            renewSecurityStamp();
        }
        this.active = active;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public @Nullable Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isDarkMode() {
        return darkMode;
    }

    public void setDarkMode(boolean darkMode) {
        this.darkMode = darkMode;
    }

    public @Nullable String getLanguage() {
        return language;
    }

    public void setLanguage(@Nullable String language) {
        this.language = language;
    }
}
