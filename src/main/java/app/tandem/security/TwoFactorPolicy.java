package app.tandem.security;

import app.tandem.base.DemoMode;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether administrators must use two-factor sign-in: {@code tandem.security.require-2fa-for-admins}, on by
 * default; in demo mode off unless that property is set, so the demo logins open with their password.
 */
@Component
public class TwoFactorPolicy {

    public static final String PROPERTY = "tandem.security.require-2fa-for-admins";

    private final boolean requiredForAdmins;

    public TwoFactorPolicy(Environment environment) {
        Boolean explicit = environment.getProperty(PROPERTY, Boolean.class);
        this.requiredForAdmins = explicit != null ? explicit : !DemoMode.isOn(environment);
    }

    public boolean requiredForAdmins() {
        return requiredForAdmins;
    }

    public boolean requiredFor(java.util.Set<Role> roles) {
        return requiredForAdmins && roles.contains(Role.ADMIN);
    }
}
