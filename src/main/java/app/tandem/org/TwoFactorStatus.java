package app.tandem.org;

/** The logged-in user's two-factor sign-in: on or off, unused recovery codes, and whether their role requires it. */
public record TwoFactorStatus(boolean enabled, long recoveryCodesLeft, boolean required) {
}
